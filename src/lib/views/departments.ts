/**
 * View models of /departments/ (grouped by kind, pinyin order) and /departments/<slug>/.
 */
import type { DepartmentKind, Item, Model } from '../../schemas/model.ts';
import { planPaths } from '../paths.ts';
import { planDataPaths } from '../exports/links.ts';
import {
  ONE_PLACE,
  departmentFilterValue,
  planFilterValue,
  type LibraryScope,
} from '../library.ts';
import { type MonthCount, countByMonth } from './indicators.ts';
import {
  type Bounded,
  type ItemRow,
  bounded,
  byDeadline,
  itemRow,
  kindLabels,
  kindOrder,
  pinyinCollator,
  searchHref,
} from './common.ts';

interface Roles {
  lead: Item[];
  responsible: Item[];
}

const rolesCache = new WeakMap<Model, Map<string, Roles>>();

/** For every department name, the items it leads and those it is responsible for (memoised). */
export function itemsByDepartment(model: Model): Map<string, Roles> {
  let map = rolesCache.get(model);
  if (!map) {
    const m = new Map<string, Roles>();
    const get = (name: string) => {
      let r = m.get(name);
      if (!r) m.set(name, (r = { lead: [], responsible: [] }));
      return r;
    };
    for (const item of model.items) {
      for (const n of new Set(item.leadUnits)) get(n).lead.push(item);
      for (const n of new Set(item.responsibleUnits)) get(n).responsible.push(item);
    }
    rolesCache.set(model, m);
    map = m;
  }
  return map;
}

export interface DepartmentEntry {
  name: string;
  slug: string;
  href: string;
  aliases: string[];
  leadCount: number;
  responsibleCount: number;
  /** What the type-to-filter box matches: name, aliases and the pinyin slug. */
  filterText: string;
}

export interface DepartmentGroup {
  kind: DepartmentKind;
  label: string;
  departments: DepartmentEntry[];
}

export function departmentsIndexView(model: Model): { groups: DepartmentGroup[]; total: number } {
  const roles = itemsByDepartment(model);
  const p = planPaths(model.plan);
  const groups = kindOrder
    .map((kind) => ({
      kind,
      label: kindLabels[kind],
      departments: model.departments
        .filter((d) => d.kind === kind)
        .sort((a, b) => pinyinCollator.compare(a.name, b.name))
        .map((d) => {
          const r = roles.get(d.name);
          return {
            name: d.name,
            slug: d.slug,
            href: p.department(d.slug),
            aliases: d.aliases,
            leadCount: r?.lead.length ?? 0,
            responsibleCount: r?.responsible.length ?? 0,
            filterText: [d.name, ...d.aliases, d.slug, d.slug.replace(/-/g, '')]
              .join(' ')
              .toLowerCase(),
          };
        }),
    }))
    .filter((g) => g.departments.length > 0);
  return { groups, total: model.departments.length };
}

/** Items listed per indicator on a department page before "all N". */
export const INDICATOR_ITEMS = 12;

const byNumber = (items: Item[]) => [...items].sort((a, b) => a.number - b.number);

export interface DepartmentView {
  name: string;
  slug: string;
  kind: string;
  aliases: string[];
  /** Items it leads, by deadline, bounded. */
  lead: Bounded<ItemRow>;
  /** Items it is responsible for, by deadline, bounded. */
  responsible: Bounded<ItemRow>;
  /** Its items (either role) counted per deadline month. */
  months: MonthCount[];
  /**
   * Its indicators in indicator order, each with its items there (bounded) and an anchor
   * `indicator-<slug>` that the responsibility matrix links to.
   */
  indicators: {
    title: string;
    href: string;
    anchor: string;
    count: number;
    items: Bounded<{ number: number; title: string; href: string }>;
    /** This department's items of this indicator on the search page. */
    allItemsHref: string;
  }[];
  /** All its items on the search page (department filter). */
  allItemsHref: string;
  /** Its calendar download: /<place>/<plan>/data/departments/<slug>.ics */
  calendarHref: string;
}

export function departmentView(
  model: Model,
  slug: string,
  scope: LibraryScope = ONE_PLACE,
): DepartmentView {
  const dept = model.departments.find((d) => d.slug === slug);
  if (!dept) throw new Error(`No department with slug ${slug}.`);
  const roles = itemsByDepartment(model).get(dept.name) ?? { lead: [], responsible: [] };
  const all = byNumber([...new Set([...roles.lead, ...roles.responsible])]);
  const p = planPaths(model.plan);
  const row = (item: Item) => itemRow(p, item);
  const filters = {
    plan: planFilterValue(model.plan),
    department: departmentFilterValue(model.plan, dept.name, scope),
  };
  const byIndicator = new Map<number, Item[]>();
  for (const item of all)
    byIndicator.set(item.indicator, [...(byIndicator.get(item.indicator) ?? []), item]);
  return {
    name: dept.name,
    slug: dept.slug,
    kind: kindLabels[dept.kind],
    aliases: dept.aliases,
    lead: bounded(byDeadline(roles.lead).map(row)),
    responsible: bounded(byDeadline(roles.responsible).map(row)),
    months: countByMonth(p, all),
    indicators: model.indicators
      .filter((i) => byIndicator.has(i.number))
      .map((i) => {
        const items = byIndicator.get(i.number)!;
        return {
          title: i.title,
          href: p.indicator(i.slug),
          anchor: `indicator-${i.slug}`,
          count: items.length,
          items: bounded(
            items.map((it) => ({
              number: it.number,
              title: it.title,
              href: p.item(it.number),
            })),
            INDICATOR_ITEMS,
          ),
          allItemsHref: searchHref({ ...filters, indicator: i.title }),
        };
      }),
    allItemsHref: searchHref(filters),
    calendarHref: planDataPaths(model.plan).departmentCalendar(dept.slug),
  };
}
