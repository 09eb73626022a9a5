/**
 * Continuity as readers see it (the links come from content/continuity.json, computed from the texts
 * by scripts/ingest/continuity.ts): on an item page, what it continues (上一期) and what continues it
 * (下一期); on a plan's compare page, every item beside what it continues, the new items and the
 * earlier items not listed again; on place and department pages, which commitments carried on.
 *
 * An item an earlier plan listed and a later plan does not is "未再列出", never "dropped": absence
 * from a plan says nothing about whether the work stopped. Links are site paths; pages add the base.
 * Pure.
 */
import type { Change, ContinuityLink } from '../../schemas/continuity.ts';
import { comparedWith } from '../../schemas/continuity.ts';
import type { Model } from '../../schemas/model.ts';
import { planShortName, type Library } from '../library.ts';
import { paths } from '../paths.ts';

export type Kind = ContinuityLink['kind'];

/** The words for a kind, and what they mean (every page that shows kinds shows the legend). */
export const KIND_LABEL: Record<Kind, string> = { same: '同一举措', related: '相关举措' };
export const KIND_LEGEND: Record<Kind, string> = {
  same: '同一项具体举措的延续、扩展或调整',
  related: '同一领域的不同举措',
};

/** Pagefind filter `continuity` on item pages that continue an earlier plan's item. */
export const CONTINUITY_FILTER = { name: 'continuity', value: '延续此前计划' } as const;

/** "2020年计划" / "2023-credit计划": a plan named in a sentence. */
export function planPhrase(plan: Model['plan']): string {
  return plan.year !== null && String(plan.year) === plan.id
    ? `${plan.year}年计划`
    : `${plan.id}计划`;
}

/** "2023年计划未再列出": an earlier item no item of this plan continues. */
export function notListedPhrase(later: Model['plan']): string {
  return `${planPhrase(later)}未再列出`;
}

/** One change in words: "目标：30个 → 50个", "新的牵头单位：市委编办（此前：市政务办）", "完成时限：…". */
export function changeText(c: Change): string {
  if (c.kind === 'target') return `数字目标：${c.from.text} → ${c.to.text}`;
  if (c.kind === 'lead')
    return `新的牵头单位：${c.added.join('、')}${c.from.length > 0 ? `（此前：${c.from.join('、')}）` : ''}`;
  return `完成时限：${c.from} → ${c.to}`;
}

export interface PlanRef {
  place: string;
  id: string;
  /** "郑州市 2020年". */
  name: string;
  /** "2020年计划". */
  phrase: string;
  title: string;
  href: string;
}

export interface LinkedItem {
  number: number;
  title: string;
  href: string;
  kind: Kind;
  kindLabel: string;
  score: number;
  /** What changed from the earlier item to the later one, in words. */
  changes: string[];
}

export interface PlanGroup {
  plan: PlanRef;
  items: LinkedItem[];
}

function planRef(m: Model): PlanRef {
  return {
    place: m.plan.place.slug,
    id: m.plan.id,
    name: planShortName(m.plan),
    phrase: planPhrase(m.plan),
    title: m.plan.title,
    href: paths.plan(m.plan.place.slug, m.plan.id),
  };
}

const key = (place: string, plan: string) => `${place}/${plan}`;

/** The library's plans by "<place>/<plan>". */
function plansByKey(library: Pick<Library, 'plans'>): Map<string, Model> {
  return new Map(library.plans.map((m) => [key(m.plan.place.slug, m.plan.id), m]));
}

function linked(m: Model, number: number, l: ContinuityLink): LinkedItem {
  const item = m.items.find((i) => i.number === number);
  return {
    number,
    title: item?.title ?? `第${number}项`,
    href: paths.item(m.plan.place.slug, m.plan.id, number),
    kind: l.kind,
    kindLabel: KIND_LABEL[l.kind],
    score: l.score,
    changes: l.changes.map(changeText),
  };
}

/** Groups by plan in the library's order (oldest first), items by kind (same first), then score. */
function grouped(
  entries: { m: Model; item: LinkedItem }[],
  order: Map<string, number>,
): PlanGroup[] {
  const by = new Map<string, { m: Model; items: LinkedItem[] }>();
  for (const e of entries) {
    const k = key(e.m.plan.place.slug, e.m.plan.id);
    const g = by.get(k);
    if (g) g.items.push(e.item);
    else by.set(k, { m: e.m, items: [e.item] });
  }
  return [...by.entries()]
    .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map(([, g]) => ({
      plan: planRef(g.m),
      items: g.items.sort(
        (a, b) =>
          (a.kind === b.kind ? 0 : a.kind === 'same' ? -1 : 1) ||
          b.score - a.score ||
          a.number - b.number,
      ),
    }));
}

interface ItemLinks {
  asLater: ContinuityLink[];
  asEarlier: ContinuityLink[];
}
const indexes = new WeakMap<readonly ContinuityLink[], Map<string, ItemLinks>>();

/** Links by "<place>/<plan>#<item>", built once per list (every item page asks). */
function byItem(links: readonly ContinuityLink[]): Map<string, ItemLinks> {
  let index = indexes.get(links);
  if (index) return index;
  index = new Map();
  const at = (r: ContinuityLink['later']) => {
    const k = `${key(r.place, r.plan)}#${r.item}`;
    let e = index!.get(k);
    if (!e) index!.set(k, (e = { asLater: [], asEarlier: [] }));
    return e;
  };
  for (const l of links) {
    at(l.later).asLater.push(l);
    at(l.earlier).asEarlier.push(l);
  }
  indexes.set(links, index);
  return index;
}

export interface ItemContinuity {
  /** 上一期: earlier plans' items this item continues, by plan (oldest first). */
  previous: PlanGroup[];
  /** 下一期: later plans' items that continue this item, by plan (oldest first). */
  next: PlanGroup[];
  /** Later plans of the place that list nothing continuing this item ("2023年计划未再列出"). */
  notListedIn: PlanRef[];
  /** The item continues an earlier plan's item (Pagefind filter `continuity`). */
  continues: boolean;
  /** This plan's compare page, when the place has an earlier plan. */
  compareHref: string | null;
}

/** What one item continues and what continues it. Empty lists where there is nothing to show. */
export function itemContinuity(
  links: readonly ContinuityLink[],
  library: Pick<Library, 'plans'>,
  plan: Model['plan'],
  number: number,
): ItemContinuity {
  const plans = plansByKey(library);
  const order = new Map([...plans.keys()].map((k, i) => [k, i]));
  const place = plan.place.slug;
  const prev: { m: Model; item: LinkedItem }[] = [];
  const next: { m: Model; item: LinkedItem }[] = [];
  const mine = byItem(links).get(`${key(place, plan.id)}#${number}`);
  for (const l of mine?.asLater ?? []) {
    const m = plans.get(key(l.earlier.place, l.earlier.plan));
    if (m) prev.push({ m, item: linked(m, l.earlier.item, l) });
  }
  for (const l of mine?.asEarlier ?? []) {
    const m = plans.get(key(l.later.place, l.later.plan));
    if (m) next.push({ m, item: linked(m, l.later.item, l) });
  }
  const later = laterPlans(library, plan);
  const nextGroups = grouped(next, order);
  const listedIn = new Set(nextGroups.map((g) => key(g.plan.place, g.plan.id)));
  return {
    previous: grouped(prev, order),
    next: nextGroups,
    notListedIn: later.filter((m) => !listedIn.has(key(m.plan.place.slug, m.plan.id))).map(planRef),
    continues: prev.length > 0,
    compareHref: earlierPlans(library, plan).length > 0 ? paths.compare(place, plan.id) : null,
  };
}

interface Neighbours {
  earlier: Model[];
  later: Model[];
}
const neighbours = new WeakMap<Pick<Library, 'plans'>, Map<string, Neighbours>>();

/** Per plan, the plans it is compared with and the plans compared with it, once per library. */
function neighboursOf(library: Pick<Library, 'plans'>): Map<string, Neighbours> {
  let out = neighbours.get(library);
  if (out) return out;
  out = new Map(
    library.plans.map((m) => [key(m.plan.place.slug, m.plan.id), { earlier: [], later: [] }]),
  );
  const byPlace = new Map<string, Model[]>();
  for (const m of library.plans) {
    const list = byPlace.get(m.plan.place.slug);
    if (list) list.push(m);
    else byPlace.set(m.plan.place.slug, [m]);
  }
  for (const plans of byPlace.values()) {
    const byId = new Map(plans.map((m) => [m.plan.id, m]));
    const refs = plans.map((m) => m.plan);
    for (const m of plans) {
      const mine = out.get(key(m.plan.place.slug, m.plan.id))!;
      for (const e of comparedWith(refs, m.plan)) {
        const earlier = byId.get(e.id)!;
        mine.earlier.push(earlier);
        out.get(key(earlier.plan.place.slug, earlier.plan.id))!.later.push(m);
      }
    }
  }
  // Both lists come out oldest first: comparedWith gives its plans by year, then id (the
  // library's order within a place), and `later` is filled walking the library in its order.
  neighbours.set(library, out);
  return out;
}

/**
 * The earlier plans of its place that `plan` is compared with (the newest `COMPARED_PLANS`, as
 * the ingest links them), oldest first.
 */
export function earlierPlans(library: Pick<Library, 'plans'>, plan: Model['plan']): Model[] {
  return neighboursOf(library).get(key(plan.place.slug, plan.id))?.earlier ?? [];
}

/** The later plans of its place that are compared with `plan`, oldest first. */
export function laterPlans(library: Pick<Library, 'plans'>, plan: Model['plan']): Model[] {
  return neighboursOf(library).get(key(plan.place.slug, plan.id))?.later ?? [];
}

// ---- the compare page ---------------------------------------------------------------------

export interface CompareRow {
  number: number;
  title: string;
  href: string;
  /** What it continues, by earlier plan; empty for a new item. */
  continues: PlanGroup[];
}

export interface NotListed {
  plan: PlanRef;
  /** "2023年计划未再列出". */
  phrase: string;
  items: { number: number; title: string; href: string }[];
}

export interface CompareView {
  plan: PlanRef;
  /** The place's earlier plans this plan is compared with (oldest first); empty: nothing to compare. */
  earlier: PlanRef[];
  /** The place's later plans, each with its own compare page. */
  later: (PlanRef & { compareHref: string })[];
  counts: {
    items: number;
    /** Items that continue at least one earlier item. */
    continuing: number;
    /** …of which at least one link is "same". */
    same: number;
    /** Items with no earlier item. */
    new: number;
    /** Earlier items no item of this plan continues, over all earlier plans. */
    notListed: number;
  };
  /** Every item of this plan, in order. */
  rows: CompareRow[];
  /** Earlier plans' items not listed again in this plan, by earlier plan. */
  notListed: NotListed[];
}

const compareViews = new WeakMap<
  readonly ContinuityLink[],
  WeakMap<Pick<Library, 'plans'>, WeakMap<Model, CompareView>>
>();

/**
 * The compare page of a plan against its place's earlier plans. Built once per plan and shared
 * (the place page and every department page of the place ask for the same plans): the view is
 * read-only.
 */
export function compareView(
  links: readonly ContinuityLink[],
  library: Pick<Library, 'plans'>,
  model: Model,
): CompareView {
  let byLibrary = compareViews.get(links);
  if (!byLibrary) compareViews.set(links, (byLibrary = new WeakMap()));
  let byModel = byLibrary.get(library);
  if (!byModel) byLibrary.set(library, (byModel = new WeakMap()));
  let view = byModel.get(model);
  if (!view) byModel.set(model, (view = buildCompareView(links, library, model)));
  return view;
}

function buildCompareView(
  links: readonly ContinuityLink[],
  library: Pick<Library, 'plans'>,
  model: Model,
): CompareView {
  const plans = plansByKey(library);
  const order = new Map([...plans.keys()].map((k, i) => [k, i]));
  const place = model.plan.place.slug;
  const mine = links.filter((l) => l.later.place === place && l.later.plan === model.plan.id);
  const byItem = new Map<number, { m: Model; item: LinkedItem }[]>();
  const continued = new Set<string>();
  for (const l of mine) {
    const m = plans.get(key(l.earlier.place, l.earlier.plan));
    if (!m) continue;
    continued.add(`${key(l.earlier.place, l.earlier.plan)}#${l.earlier.item}`);
    const list = byItem.get(l.later.item) ?? [];
    list.push({ m, item: linked(m, l.earlier.item, l) });
    byItem.set(l.later.item, list);
  }
  const earlier = earlierPlans(library, model.plan);
  const rows: CompareRow[] = model.items.map((i) => ({
    number: i.number,
    title: i.title,
    href: paths.item(place, model.plan.id, i.number),
    continues: grouped(byItem.get(i.number) ?? [], order),
  }));
  const notListed: NotListed[] = earlier.map((m) => ({
    plan: planRef(m),
    phrase: notListedPhrase(model.plan),
    items: m.items
      .filter((i) => !continued.has(`${key(m.plan.place.slug, m.plan.id)}#${i.number}`))
      .map((i) => ({
        number: i.number,
        title: i.title,
        href: paths.item(m.plan.place.slug, m.plan.id, i.number),
      })),
  }));
  const continuing = rows.filter((r) => r.continues.length > 0);
  return {
    plan: planRef(model),
    earlier: earlier.map(planRef),
    later: laterPlans(library, model.plan).map((m) => ({
      ...planRef(m),
      compareHref: paths.compare(m.plan.place.slug, m.plan.id),
    })),
    counts: {
      items: rows.length,
      continuing: continuing.length,
      same: continuing.filter((r) =>
        r.continues.some((g) => g.items.some((i) => i.kind === 'same')),
      ).length,
      new: rows.length - continuing.length,
      notListed: notListed.reduce((n, g) => n + g.items.length, 0),
    },
    rows,
    notListed,
  };
}

// ---- place and department pages ------------------------------------------------------------

export interface PlanPairSummary {
  later: PlanRef;
  earlier: PlanRef[];
  compareHref: string;
  items: number;
  continuing: number;
  same: number;
  new: number;
  notListed: number;
}

/**
 * For a place page: for each of its plans that has an earlier plan, how many of its items carry on
 * earlier commitments, how many are new, and how many earlier ones it does not list again. Empty
 * when the place has fewer than two years of plans (the page then shows nothing).
 */
export function placeContinuity(
  links: readonly ContinuityLink[],
  library: Pick<Library, 'plans'>,
  place: string,
): PlanPairSummary[] {
  return library.plans
    .filter((m) => m.plan.place.slug === place && earlierPlans(library, m.plan).length > 0)
    .map((m) => {
      const v = compareView(links, library, m);
      return {
        later: v.plan,
        earlier: v.earlier,
        compareHref: paths.compare(place, m.plan.id),
        ...v.counts,
      };
    });
}

export interface DepartmentCarry {
  later: PlanRef;
  /** Items of the later plan naming the department that continue earlier items. */
  rows: {
    number: number;
    title: string;
    href: string;
    role: '牵头' | '责任';
    continues: PlanGroup[];
  }[];
  /** Of the department's items in this plan. */
  total: number;
}

/** Later plans a department page lists its carried-on commitments for (the newest). */
export const DEPARTMENT_PLANS = 3;

/**
 * For a department across its place's plans: in each later plan (the newest `DEPARTMENT_PLANS`,
 * newest first), its commitments (as lead or responsible unit) that carry on an earlier plan's
 * commitment, with what they continue. Older plans have their compare pages.
 */
export function departmentContinuity(
  links: readonly ContinuityLink[],
  library: Pick<Library, 'plans'>,
  place: string,
  department: string,
): DepartmentCarry[] {
  const out: DepartmentCarry[] = [];
  for (const m of library.plans) {
    if (m.plan.place.slug !== place || earlierPlans(library, m.plan).length === 0) continue;
    const v = compareView(links, library, m);
    // The compare view has a row per item, in the plan's item order.
    const mine = m.items
      .map((i, k) => ({ i, row: v.rows[k]! }))
      .filter(
        ({ i }) => i.leadUnits.includes(department) || i.responsibleUnits.includes(department),
      );
    if (mine.length === 0) continue;
    const rows = mine
      .filter(({ row }) => row.continues.length > 0)
      .map(({ i, row }) => ({
        number: i.number,
        title: i.title,
        href: row.href,
        role: (i.leadUnits.includes(department) ? '牵头' : '责任') as '牵头' | '责任',
        continues: row.continues,
      }));
    out.push({ later: v.plan, rows, total: mine.length });
  }
  return out.reverse().slice(0, DEPARTMENT_PLANS);
}
