/**
 * What the library-level view models share (home, place, place department, /data/, /about/): the
 * shapes they read (a library of places → plans, as src/lib/data.ts `getLibrary()` serves it),
 * plan order and names, each department's role on an item, and the grouped index that keeps a
 * list of places scannable at 1,000 plans. Pure; site paths are root-relative.
 */
import type { Item, Model } from '../../schemas/model.ts';
import { paths } from '../paths.ts';
import { pinyinCollator } from './common.ts';

/** Which plan of the library a model is (contract: `plan`). */
export interface PlanInfo {
  place: { slug: string; name: string };
  id: string;
  title: string;
  year: number | null;
}

/** What the ingest guessed or repaired (contract: `warnings`). */
export interface PlanWarning {
  line: number;
  message: string;
}

/** A plan model of the library: the contract's model with its `plan` (and `warnings`, if any). */
export type LibraryPlan = Model & { plan: PlanInfo; warnings?: PlanWarning[] };

export interface LibraryPlace<P extends LibraryPlan = LibraryPlan> {
  slug: string;
  name: string;
  /** Oldest first. */
  plans: P[];
}

export interface LibraryData<P extends LibraryPlan = LibraryPlan> {
  places: LibraryPlace<P>[];
  plans: P[];
}

/** Oldest first: by year (plans without one last), then date, then id. */
export function comparePlanAge(a: LibraryPlan, b: LibraryPlan): number {
  const ya = a.plan.year ?? Number.POSITIVE_INFINITY;
  const yb = b.plan.year ?? Number.POSITIVE_INFINITY;
  if (ya !== yb) return ya - yb;
  const da = a.document.date ?? '';
  const db = b.document.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  return a.plan.id < b.plan.id ? -1 : a.plan.id > b.plan.id ? 1 : 0;
}

export function oldestFirst<P extends LibraryPlan>(plans: readonly P[]): P[] {
  return [...plans].sort(comparePlanAge);
}

export function newestFirst<P extends LibraryPlan>(plans: readonly P[]): P[] {
  return oldestFirst(plans).reverse();
}

/** "2020年" when the id is the year, else the id ("2023-credit"): a plan within its place. */
export function planLabel(plan: PlanInfo): string {
  return plan.year !== null && String(plan.year) === plan.id ? `${plan.year}年` : plan.id;
}

/** "郑州市 2020年": a plan within the library. */
export function planFullLabel(plan: PlanInfo): string {
  return `${plan.place.name} ${planLabel(plan)}`;
}

/** "2020–2023", "2023", or null when no plan has a year. */
export function yearSpan(plans: readonly LibraryPlan[]): string | null {
  const years = plans.map((p) => p.plan.year).filter((y): y is number => y !== null);
  if (years.length === 0) return null;
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

export type Role = 'lead' | 'partner';

/**
 * A department's role on an item: lead when it is among the lead units (of the item or a sub-item),
 * partner when it is only among the responsible units; null when the item does not name it.
 */
export function roleOn(item: Item, name: string): Role | null {
  const all = [item, ...item.subitems];
  if (all.some((c) => c.leadUnits.includes(name))) return 'lead';
  if (all.some((c) => c.responsibleUnits.includes(name))) return 'partner';
  return null;
}

export const ROLE_LABELS: Record<Role, string> = { lead: '牵头', partner: '参与' };

export interface Load {
  lead: number;
  partner: number;
}

const loadCache = new WeakMap<Model, Map<string, Load>>();

/** For every department name of a plan, how many items it leads and how many it only takes part in. */
export function loadsOf(plan: Model): Map<string, Load> {
  let map = loadCache.get(plan);
  if (!map) {
    map = new Map();
    for (const item of plan.items) {
      const names = new Set<string>();
      for (const c of [item, ...item.subitems])
        for (const n of [...c.leadUnits, ...c.responsibleUnits]) names.add(n);
      for (const name of names) {
        const role = roleOn(item, name)!;
        const load = map.get(name) ?? { lead: 0, partner: 0 };
        load[role]++;
        map.set(name, load);
      }
    }
    loadCache.set(plan, map);
  }
  return map;
}

/** How many departments the place has: canonical names are one department across its plans. */
export function placeDepartmentCount(place: LibraryPlace): number {
  return new Set(place.plans.flatMap((p) => p.departments.map((d) => d.slug))).size;
}

/** A plan as a line of an index: its label, title, size and pages. */
export interface PlanEntry {
  id: string;
  /** "2020年" */
  label: string;
  title: string;
  docNumber: string | null;
  /** "YYYY-MM-DD" or null. */
  date: string | null;
  year: number | null;
  items: number;
  href: string;
  dataHref: string;
  sourceHref: string;
}

export function planEntry(plan: LibraryPlan): PlanEntry {
  const { place, id } = plan.plan;
  return {
    id,
    label: planLabel(plan.plan),
    title: plan.plan.title,
    docNumber: plan.document.docNumber,
    date: plan.document.date,
    year: plan.plan.year,
    items: plan.items.length,
    href: paths.plan(place.slug, id),
    dataHref: paths.planData(place.slug, id),
    sourceHref: paths.source(place.slug, id),
  };
}

/** Plans listed under a place in a grouped index before "全部 N 份". */
export const PLANS_PER_PLACE = 3;
/** A library of more places than this is indexed under pinyin initials (A, B, … Z). */
export const PLACES_BEFORE_INITIALS = 20;

export interface IndexPlace<E> {
  slug: string;
  name: string;
  href: string;
  planCount: number;
  /** Newest first, at most PLANS_PER_PLACE. */
  plans: E[];
  /** Plans not listed here (on the place page). */
  morePlans: number;
}

export interface IndexGroup<E> {
  /** "Z", or null when the library is small enough for one list. */
  initial: string | null;
  /** Anchor of the group ("initial-z"), or null. */
  id: string | null;
  places: IndexPlace<E>[];
}

/**
 * Places in pinyin order (their slugs are pinyin), each with its newest plans; grouped under
 * initials once the library holds more than PLACES_BEFORE_INITIALS places. `entry` makes each
 * plan's line; `keep` picks the plans worth listing (all by default).
 */
export function groupedIndex<E>(
  library: Pick<LibraryData, 'places'>,
  entry: (plan: LibraryPlan) => E,
  keep: (plan: LibraryPlan) => boolean = () => true,
  perPlace = PLANS_PER_PLACE,
): IndexGroup<E>[] {
  const places = [...library.places].sort(
    (a, b) =>
      (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0) || pinyinCollator.compare(a.name, b.name),
  );
  const indexed = places.map((place): IndexPlace<E> => {
    const kept = newestFirst(place.plans).filter(keep);
    return {
      slug: place.slug,
      name: place.name,
      href: paths.place(place.slug),
      planCount: place.plans.length,
      plans: kept.slice(0, perPlace).map(entry),
      morePlans: Math.max(0, kept.length - perPlace),
    };
  });
  if (places.length <= PLACES_BEFORE_INITIALS)
    return [{ initial: null, id: null, places: indexed }];
  const groups = new Map<string, IndexPlace<E>[]>();
  for (const p of indexed) {
    const initial = /^[a-z]/.test(p.slug) ? p.slug[0]!.toUpperCase() : '#';
    groups.set(initial, [...(groups.get(initial) ?? []), p]);
  }
  return [...groups].map(([initial, list]) => ({
    initial,
    id: `initial-${initial === '#' ? 'other' : initial.toLowerCase()}`,
    places: list,
  }));
}
