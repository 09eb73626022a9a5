/**
 * View model of `/<place>/`: the place's plans in time order, and its departments with their load
 * (items led, items taken part in) in each of its latest plans, grouped by kind and bounded.
 */
import type { DepartmentKind } from '../../schemas/model.ts';
import { paths } from '../paths.ts';
import {
  type Bounded,
  LIST_LIMIT,
  bounded,
  kindLabels,
  kindOrder,
  pinyinCollator,
} from './common.ts';
import {
  type LibraryPlace,
  type LibraryPlan,
  type Load,
  type PlanEntry,
  loadsOf,
  oldestFirst,
  placeDepartmentCount,
  planEntry,
  yearSpan,
} from './library-common.ts';

/** Plans that get a column in the department table: the place's latest ones. */
export const PLAN_COLUMNS = 6;

export interface PlacePlanRow extends PlanEntry {
  departments: number;
  /** Corrections applied and warnings of the ingest, each linked to the source page's list. */
  corrections: number;
  warnings: number;
  correctionsHref: string;
  warningsHref: string;
}

export interface PlaceDepartmentRow {
  name: string;
  slug: string;
  href: string;
  /** One per column plan, oldest first; null where the plan does not name the department. */
  cells: (Load | null)[];
  /** Over every plan of the place. */
  total: Load;
  plans: number;
}

export interface PlaceView {
  slug: string;
  name: string;
  span: string | null;
  figures: { plans: number; items: number; departments: number };
  /** Oldest first. */
  plans: PlacePlanRow[];
  /** The plans with a column, oldest first. */
  columns: { id: string; label: string; href: string; departmentsHref: string }[];
  /** Plans older than the columns (their loads count in the totals). */
  olderPlans: number;
  groups: { kind: DepartmentKind; label: string; id: string; rows: Bounded<PlaceDepartmentRow> }[];
}

export function placeView(place: LibraryPlace): PlaceView {
  const plans = oldestFirst(place.plans);
  const columns = plans.slice(-PLAN_COLUMNS);
  const newest = [...plans].reverse();
  // One department per slug within a place (contract); its name and kind from its newest plan.
  const departments = new Map<string, { name: string; kind: DepartmentKind }>();
  for (const plan of newest)
    for (const d of plan.departments)
      if (!departments.has(d.slug)) departments.set(d.slug, { name: d.name, kind: d.kind });

  const loadIn = (plan: LibraryPlan, slug: string): Load | null => {
    const d = plan.departments.find((x) => x.slug === slug);
    if (!d) return null;
    return loadsOf(plan).get(d.name) ?? { lead: 0, partner: 0 };
  };
  const rows: (PlaceDepartmentRow & { kind: DepartmentKind })[] = [...departments].map(
    ([slug, d]) => {
      const all = plans.map((p) => loadIn(p, slug));
      const total = all.reduce<Load>(
        (t, l) => ({ lead: t.lead + (l?.lead ?? 0), partner: t.partner + (l?.partner ?? 0) }),
        { lead: 0, partner: 0 },
      );
      return {
        name: d.name,
        slug,
        kind: d.kind,
        href: paths.placeDepartment(place.slug, slug),
        cells: columns.map((p) => loadIn(p, slug)),
        total,
        plans: all.filter((l) => l !== null).length,
      };
    },
  );
  const weight = (r: PlaceDepartmentRow) => r.total.lead * 2 + r.total.partner;
  return {
    slug: place.slug,
    name: place.name,
    span: yearSpan(plans),
    figures: {
      plans: plans.length,
      items: plans.reduce((n, p) => n + p.items.length, 0),
      departments: placeDepartmentCount(place),
    },
    plans: plans.map((p) => ({
      ...planEntry(p),
      departments: p.departments.length,
      corrections: p.corrections.length,
      warnings: p.warnings?.length ?? 0,
      correctionsHref: `${paths.source(p.plan.place.slug, p.plan.id)}#corrections`,
      warningsHref: `${paths.source(p.plan.place.slug, p.plan.id)}#warnings`,
    })),
    columns: columns.map((p) => ({
      id: p.plan.id,
      label: planEntry(p).label,
      href: paths.plan(place.slug, p.plan.id),
      departmentsHref: `${paths.plan(place.slug, p.plan.id)}departments/`,
    })),
    olderPlans: plans.length - columns.length,
    groups: kindOrder
      .map((kind) => ({
        kind,
        label: kindLabels[kind],
        id: `kind-${kind}`,
        rows: bounded(
          rows
            .filter((r) => r.kind === kind)
            .sort((a, b) => weight(b) - weight(a) || pinyinCollator.compare(a.name, b.name))
            .map(({ kind: _kind, ...row }) => row),
          LIST_LIMIT,
        ),
      }))
      .filter((g) => g.rows.total > 0),
  };
}
