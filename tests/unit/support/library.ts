/**
 * Small hand-made libraries for the library-level view tests: plans built with ./model.ts, each
 * given its `plan` (place, id, title, year) and, where a test needs them, `warnings`.
 */
import type { Correction, Item } from '../../../src/schemas/model.ts';
import type {
  LibraryData,
  LibraryPlace,
  LibraryPlan,
  PlanWarning,
} from '../../../src/lib/views/library-common.ts';
import { makeItem, makeModel, month, ongoing } from './model.ts';

export interface PlanSpec {
  place: [slug: string, name: string];
  id: string;
  year: number | null;
  items: Item[];
  corrections?: Correction[];
  warnings?: PlanWarning[];
  date?: string | null;
}

export function libraryPlan(spec: PlanSpec): LibraryPlan {
  const model = makeModel({
    items: spec.items,
    indicators: ['开办企业', '纳税'],
    document: {
      title: `${spec.place[1]}${spec.year ?? ''}年工作要点`,
      docNumber: `测〔${spec.year ?? 2000}〕${spec.id.length}号`,
      date: spec.date === undefined ? `${spec.year ?? 2000}-04-30` : spec.date,
    },
    corrections: spec.corrections ?? [],
  });
  return {
    ...model,
    plan: {
      place: { slug: spec.place[0], name: spec.place[1] },
      id: spec.id,
      title: `${spec.place[1]}${spec.year ?? ''}年工作要点`,
      year: spec.year,
    },
    ...(spec.warnings ? { warnings: spec.warnings } : {}),
  };
}

/** Places in slug order, each with its plans oldest first, as getLibrary() serves them. */
export function libraryOf(plans: LibraryPlan[]): LibraryData {
  const places = new Map<string, LibraryPlace>();
  for (const plan of plans) {
    const { slug, name } = plan.plan.place;
    const place = places.get(slug) ?? { slug, name, plans: [] };
    place.plans.push(plan);
    places.set(slug, place);
  }
  const sorted = [...places.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  for (const p of sorted)
    p.plans.sort(
      (a, b) => (a.plan.year ?? 1e9) - (b.plan.year ?? 1e9) || (a.plan.id < b.plan.id ? -1 : 1),
    );
  return { places: sorted, plans: sorted.flatMap((p) => p.plans) };
}

const ZZ: [string, string] = ['zhengzhou', '郑州市'];
const KM: [string, string] = ['karamay', '克拉玛依市'];

/**
 * Zhengzhou with two plans (2020: 市税务局 leads one item and takes part in another; 2023: it
 * leads one, one ongoing), Karamay with one plan in which 市税务局 — another body of the same
 * name — leads two.
 */
export function smallLibrary(): LibraryData {
  const zz2020 = libraryPlan({
    place: ZZ,
    id: '2020',
    year: 2020,
    items: [
      makeItem({
        number: 1,
        indicator: 1,
        leadUnits: ['市税务局'],
        responsibleUnits: ['市财政局'],
        deadline: month(2020, 6),
      }),
      makeItem({
        number: 2,
        indicator: 2,
        leadUnits: ['市财政局'],
        responsibleUnits: ['市税务局'],
        deadline: month(2020, 3),
      }),
      makeItem({ number: 3, indicator: 2, responsibleUnits: ['市财政局'], deadline: ongoing }),
    ],
    corrections: [
      { id: 'c1', line: 21, before: '企业开\n办', after: '企业开办', reason: '分页断开' },
    ],
    warnings: [{ line: 31, message: '时限读作“持续推进”' }],
  });
  const zz2023 = libraryPlan({
    place: ZZ,
    id: '2023',
    year: 2023,
    items: [
      makeItem({ number: 1, indicator: 1, leadUnits: ['市税务局'], deadline: ongoing }),
      makeItem({ number: 2, indicator: 1, leadUnits: ['市市场监管局'], deadline: month(2023, 9) }),
    ],
  });
  const km2023 = libraryPlan({
    place: KM,
    id: '2023',
    year: 2023,
    items: [
      makeItem({ number: 1, indicator: 1, leadUnits: ['市税务局'], deadline: month(2023, 6) }),
      makeItem({ number: 2, indicator: 2, leadUnits: ['市税务局'], deadline: month(2023, 12) }),
    ],
  });
  return libraryOf([zz2023, km2023, zz2020]);
}
