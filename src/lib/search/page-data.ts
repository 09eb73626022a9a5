/**
 * What the search page and its entity index read from the library at build time. The shaping
 * itself is pure (src/lib/views/search.ts, src/lib/search/entities.ts); this module only fetches.
 */
import { getAnnotations, getLibrary } from '../data.ts';
import {
  departmentFilterValue,
  placeFilterValue,
  planFilterValue,
  scopeOf,
  type Library,
} from '../library.ts';
import { paths } from '../paths.ts';
import { searchView, type SearchView } from '../views/search.ts';
import { buildEntities, type EntityChunk, type EntityPlan } from './entities.ts';
import type { Model } from '../../schemas/model.ts';

/** The library's plans in the entity index's shape, with the model each came from. */
function entityPlans(library: Library): Map<EntityPlan, Model> {
  return new Map(
    library.plans.map((m) => [
      {
        place: m.plan.place,
        id: m.plan.id,
        year: m.plan.year ?? Number.NaN,
        title: m.plan.title,
        docNumber: m.document.docNumber,
        items: m.items,
        indicators: m.indicators,
        departments: m.departments,
      },
      m,
    ]),
  );
}

let entitiesPromise: Promise<Map<string, EntityChunk>> | undefined;

export function searchEntities(): Promise<Map<string, EntityChunk>> {
  entitiesPromise ??= (async () => {
    const library = await getLibrary();
    const scope = scopeOf(library);
    const plans = entityPlans(library);
    const model = (p: EntityPlan) => plans.get(p)!;
    const firstPlanOf = (placeName: string) =>
      library.places.find((p) => p.name === placeName)!.plans[0]!.plan;
    return buildEntities([...plans.keys()], paths, {
      department: (placeName, name) => departmentFilterValue(firstPlanOf(placeName), name, scope),
      indicator: (_plan, title) => title,
      plan: (p) => planFilterValue(model(p).plan),
      place: (placeName) => placeFilterValue(firstPlanOf(placeName)),
    });
  })();
  return entitiesPromise;
}

export async function searchPageData(): Promise<SearchView & { entityChunks: string[] }> {
  const library = await getLibrary();
  const noted = new Map<string, number>();
  for (const m of library.plans)
    noted.set(
      `${m.plan.place.slug}/${m.plan.id}`,
      (await getAnnotations(m.plan.place.slug, m.plan.id)).size,
    );
  const entities = await searchEntities();
  return {
    ...searchView(library, {
      noted: (place, id) => noted.get(`${place}/${id}`) ?? 0,
      continuing: 0,
    }),
    entityChunks: [...entities.keys()].sort(),
  };
}
