/**
 * View model of `/<place>/departments/<slug>/`: one department across every plan of its place, by
 * plan (newest first): how many items it leads and takes part in, those items with their deadlines
 * (bounded; the plan's own department page lists them all), and one calendar of all its dated items.
 */
import type { Department } from '../../schemas/model.ts';
import { paths } from '../paths.ts';
import { type Bounded, bounded, byDeadline, deadlineLabel } from './common.ts';
import {
  type LibraryPlace,
  type LibraryPlan,
  type Load,
  ROLE_LABELS,
  type Role,
  newestFirst,
  planLabel,
  roleOn,
  yearSpan,
} from './library-common.ts';

/** Plans shown with their items; older plans are one line each. */
export const DETAILED_PLANS = 5;
/** Items listed per detailed plan. */
export const ITEMS_PER_PLAN = 12;

export interface PlaceDepartmentItem {
  number: number;
  title: string;
  href: string;
  role: Role;
  roleLabel: string;
  deadline: string;
  dated: boolean;
}

export interface PlaceDepartmentPlan {
  id: string;
  label: string;
  title: string;
  href: string;
  /** The plan's own page for the department (every item, charts, the plan's calendar). */
  departmentHref: string;
  /** The name the plan uses, when it differs from the place's current one. */
  nameInPlan: string | null;
  load: Load;
  dated: number;
  /** Lead items first, then by deadline; empty for the older plans shown as one line. */
  items: Bounded<PlaceDepartmentItem>;
}

export interface PlaceDepartmentView {
  name: string;
  slug: string;
  aliases: string[];
  place: { slug: string; name: string; href: string };
  /** Over every plan of the place that names it. */
  totals: { plans: number; lead: number; partner: number; dated: number };
  span: string | null;
  /** Plans of the place that do not name it. */
  absentFrom: { label: string; href: string }[];
  /** Newest first; the first DETAILED_PLANS with their items. */
  plans: PlaceDepartmentPlan[];
  calendarHref: string;
}

/** The calendar of one department across its place's plans. */
export function placeDepartmentCalendarPath(place: string, slug: string): string {
  return `${paths.placeDepartment(place, slug).replace(/\/$/, '')}.ics`;
}

/** The department of each plan of the place with this slug (contract: one slug, one department). */
export function departmentInPlans(
  place: LibraryPlace,
  slug: string,
): { plan: LibraryPlan; department: Department }[] {
  return newestFirst(place.plans).flatMap((plan) => {
    const department = plan.departments.find((d) => d.slug === slug);
    return department ? [{ plan, department }] : [];
  });
}

/** Every department slug of the place, for getStaticPaths. */
export function placeDepartmentSlugs(place: LibraryPlace): string[] {
  return [...new Set(place.plans.flatMap((p) => p.departments.map((d) => d.slug)))].sort();
}

export function placeDepartmentView(place: LibraryPlace, slug: string): PlaceDepartmentView {
  const found = departmentInPlans(place, slug);
  const current = found[0];
  if (!current) throw new Error(`No department ${slug} in any plan of ${place.slug}.`);
  const name = current.department.name;
  const aliases = new Set<string>();
  for (const { department } of found) {
    for (const a of department.aliases) aliases.add(a);
    if (department.name !== name) aliases.add(department.name);
  }
  const plans = found.map(({ plan, department }, index): PlaceDepartmentPlan => {
    const { place: p, id } = plan.plan;
    const rows: PlaceDepartmentItem[] = [];
    for (const item of plan.items) {
      const role = roleOn(item, department.name);
      if (!role) continue;
      rows.push({
        number: item.number,
        title: item.title,
        href: paths.item(p.slug, id, item.number),
        role,
        roleLabel: ROLE_LABELS[role],
        deadline: deadlineLabel(item.deadline),
        dated: item.deadline.kind === 'month' || item.deadline.kind === 'date',
      });
    }
    const load = {
      lead: rows.filter((r) => r.role === 'lead').length,
      partner: rows.filter((r) => r.role === 'partner').length,
    };
    const ordered = [
      ...byDeadline(rows.filter((r) => r.role === 'lead').map((r) => withDeadline(r, plan))),
      ...byDeadline(rows.filter((r) => r.role === 'partner').map((r) => withDeadline(r, plan))),
    ].map((r) => r.row);
    return {
      id,
      label: planLabel(plan.plan),
      title: plan.plan.title,
      href: paths.plan(p.slug, id),
      departmentHref: paths.department(p.slug, id, department.slug),
      nameInPlan: department.name !== name ? department.name : null,
      load,
      dated: rows.filter((r) => r.dated).length,
      items: index < DETAILED_PLANS ? bounded(ordered, ITEMS_PER_PLAN) : bounded(ordered, 0),
    };
  });
  const named = new Set(found.map((f) => f.plan));
  return {
    name,
    slug,
    aliases: [...aliases].sort(),
    place: { slug: place.slug, name: place.name, href: paths.place(place.slug) },
    totals: {
      plans: plans.length,
      lead: plans.reduce((n, p) => n + p.load.lead, 0),
      partner: plans.reduce((n, p) => n + p.load.partner, 0),
      dated: plans.reduce((n, p) => n + p.dated, 0),
    },
    span: yearSpan(found.map((f) => f.plan)),
    absentFrom: newestFirst(place.plans)
      .filter((p) => !named.has(p))
      .map((p) => ({ label: planLabel(p.plan), href: paths.plan(p.plan.place.slug, p.plan.id) })),
    plans,
    calendarHref: placeDepartmentCalendarPath(place.slug, slug),
  };
}

/** byDeadline needs the item's deadline and number; carry the row alongside. */
function withDeadline(row: PlaceDepartmentItem, plan: LibraryPlan) {
  const item = plan.items.find((i) => i.number === row.number)!;
  return { number: row.number, deadline: item.deadline, row };
}
