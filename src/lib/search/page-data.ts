/**
 * What the search page and its entity index read from the library at build time: the one place
 * (besides src/lib/data.ts) that knows where the search's data comes from. The shaping itself is
 * pure (src/lib/views/search.ts, src/lib/search/entities.ts).
 */
import { getAnnotations, getModel } from '../data.ts';
import { paths } from '../paths.ts';
import { searchView, departmentValue, type SearchPlan, type SearchView } from '../views/search.ts';
import { buildEntities, type EntityChunk, type EntityPlan } from './entities.ts';

async function searchPlans(): Promise<SearchPlan[]> {
  const [model, notes] = await Promise.all([getModel(), getAnnotations()]);
  const year = model.document.date ? Number(model.document.date.slice(0, 4)) : 2020;
  return [
    {
      place: { slug: 'zhengzhou', name: '郑州市' },
      planValue: `${year}年 ${model.document.docNumber ?? model.document.title}`,
      model,
      notedItems: [...notes.keys()],
      continuingItems: [],
    },
  ];
}

let entitiesPromise: Promise<Map<string, EntityChunk>> | undefined;

export function searchEntities(): Promise<Map<string, EntityChunk>> {
  entitiesPromise ??= (async () => {
    const plans = await searchPlans();
    const placeCount = new Set(plans.map((p) => p.place.slug)).size;
    const entityPlans: EntityPlan[] = plans.map((p) => ({
      place: p.place,
      id: String(p.model.document.date?.slice(0, 4) ?? ''),
      year: Number(p.model.document.date?.slice(0, 4) ?? 0),
      title: p.model.document.title,
      docNumber: p.model.document.docNumber,
      items: p.model.items,
      indicators: p.model.indicators,
      departments: p.model.departments,
    }));
    const byPlan = new Map(entityPlans.map((e, i) => [e, plans[i]!]));
    return buildEntities(
      entityPlans,
      {
        place: () => paths.home(),
        plan: () => paths.home(),
        indicator: (_place, _id, slug) => paths.indicator(slug),
        placeDepartment: (_place, slug) => paths.department(slug),
      },
      {
        department: (placeName, name) => departmentValue(placeName, name, placeCount),
        indicator: (_plan, title) => title,
        plan: (plan) => byPlan.get(plan)!.planValue,
        place: (name) => name,
      },
    );
  })();
  return entitiesPromise;
}

export async function searchPageData(): Promise<SearchView & { entityChunks: string[] }> {
  const [plans, entities] = await Promise.all([searchPlans(), searchEntities()]);
  return { ...searchView(plans), entityChunks: [...entities.keys()].sort() };
}
