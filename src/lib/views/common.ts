/**
 * Small pure conversions every view model shares: deadline labels and order, timeline anchors,
 * department lookup, pinyin order. No I/O; site paths are root-relative (pages add the base).
 */
import type {
  Correction,
  Deadline,
  Department,
  DepartmentKind,
  Document,
  Item,
  Model,
} from '../../schemas/model.ts';
import { planPaths, paths, type PlanPaths } from '../paths.ts';

/** Pinyin order for Chinese names (brief: `Intl.Collator('zh-CN')`). */
export const pinyinCollator = new Intl.Collator('zh-CN');

/** What the site says for an item whose plan gives no deadline. */
export const NO_DEADLINE_LABEL = '未列完成时限';

/** "2020年6月", "2020年3月31日", "持续推进" or 未列完成时限: a deadline in one tidy spelling. */
export function deadlineLabel(d: Deadline): string {
  if (d.kind === 'ongoing') return '持续推进';
  if (d.kind === 'none') return NO_DEADLINE_LABEL;
  if (d.kind === 'month') return `${d.year}年${d.month}月`;
  return `${d.year}年${d.month}月${d.day}日`;
}

/** Sort key: dated deadlines by day (a month counts as its last day), ongoing work last. */
export function deadlineSortKey(d: Deadline): number {
  if (d.kind === 'ongoing' || d.kind === 'none') return Number.POSITIVE_INFINITY;
  const day = d.kind === 'date' ? d.day : 32;
  return d.year * 10_000 + d.month * 100 + day;
}

/** "2020-06" for dated deadlines, "ongoing" otherwise: the key of its month on the timeline. */
export function monthKey(d: Deadline): string {
  if (d.kind === 'ongoing') return 'ongoing';
  if (d.kind === 'none') return 'none';
  return `${d.year}-${String(d.month).padStart(2, '0')}`;
}

/** "2020年6月" or "持续推进": the month a deadline falls in. */
export function monthLabel(d: Deadline): string {
  if (d.kind === 'none') return NO_DEADLINE_LABEL;
  return d.kind === 'ongoing' ? '持续推进' : `${d.year}年${d.month}月`;
}

/** Anchor of a month on /timeline/ (agreed with the charts issue: `m-YYYY-MM`, `ongoing`). */
export function monthAnchor(key: string): string {
  return key === 'ongoing' || key === 'none' ? key : `m-${key}`;
}

/** Link to a month on the plan's timeline. */
export function timelineMonthHref(p: PlanPaths, d: Deadline): string {
  return `${p.timeline()}#${monthAnchor(monthKey(d))}`;
}

/** Link to one item's mark on the plan's timeline (`item-N`). */
export function timelineItemHref(p: PlanPaths, number: number): string {
  return `${p.timeline()}#item-${number}`;
}

/**
 * The notice named with its issuers, once: "甲、乙《关于…的通知》", or just "《甲 乙关于…的通知》" when
 * the title already names every issuer (as this notice's title does).
 */
export function issuedTitle(doc: Pick<Document, 'title' | 'issuers'>): string {
  const named = doc.issuers.length > 0 && doc.issuers.every((i) => doc.title.includes(i));
  return named || doc.issuers.length === 0
    ? `《${doc.title}》`
    : `${doc.issuers.join('、')}《${doc.title}》`;
}

/** "2020-04-30" → "2020年4月30日"; null → null. */
export function formatIsoDate(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Orders items by deadline, then by number. Returns a new array. */
export function byDeadline<T extends Pick<Item, 'deadline' | 'number'>>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => deadlineSortKey(a.deadline) - deadlineSortKey(b.deadline) || a.number - b.number,
  );
}

/** Department kinds in the order the departments index shows them, with their headings. */
export const kindLabels: Record<DepartmentKind, string> = {
  'party-government': '党委、政府部门',
  'court-procuratorate': '法院、检察院',
  'central-provincial': '中央、省属驻地单位',
  enterprise: '企业与金融机构',
  'district-zone': '所辖地区与开发区',
  collective: '统称的单位',
};
export const kindOrder = Object.keys(kindLabels) as DepartmentKind[];

export interface DepartmentRef {
  name: string;
  /** null when the model has no department of that name (should not happen; shown unlinked). */
  slug: string | null;
  /** Site path of its page, or null. */
  href: string | null;
}

const deptCache = new WeakMap<Model, Map<string, Department>>();

/** Department by canonical name (or alias), memoised per model. */
export function departmentsByName(model: Model): Map<string, Department> {
  let map = deptCache.get(model);
  if (!map) {
    map = new Map();
    for (const d of model.departments) for (const a of d.aliases) map.set(a, d);
    for (const d of model.departments) map.set(d.name, d);
    deptCache.set(model, map);
  }
  return map;
}

export function departmentRef(model: Model, name: string): DepartmentRef {
  const d = departmentsByName(model).get(name);
  return d
    ? { name: d.name, slug: d.slug, href: planPaths(model.plan).department(d.slug) }
    : { name, slug: null, href: null };
}

/** A row of an item list: what indicator and department pages show per item. */
export interface ItemRow {
  number: number;
  title: string;
  href: string;
  /** Tidy deadline label ("2020年6月"). */
  deadline: string;
  /** Lead units, joined for display ("市税务局、市财政局"), or "" when none. */
  lead: string;
  /** Responsible units, joined for display. */
  responsible: string;
}

export function itemRow(p: PlanPaths, item: Item): ItemRow {
  return {
    number: item.number,
    title: item.title,
    href: p.item(item.number),
    deadline: deadlineLabel(item.deadline),
    lead: item.leadUnits.join('、'),
    responsible: item.responsibleUnits.join('、'),
  };
}

/** At most this many items on one indicator or department page; the rest are one search away. */
export const LIST_LIMIT = 60;

/** A bounded list: the first `limit` entries, and how many there are in all. */
export interface Bounded<T> {
  shown: T[];
  total: number;
  /** Entries left out (total − shown.length). */
  hidden: number;
}

export function bounded<T>(list: readonly T[], limit = LIST_LIMIT): Bounded<T> {
  const shown = list.slice(0, limit);
  return { shown, total: list.length, hidden: list.length - shown.length };
}

/**
 * Link to the search page with filters set (contract filter names; values exactly as item pages
 * give them to Pagefind: see src/lib/library.ts).
 */
export function searchHref(filters: {
  place?: string;
  plan?: string;
  department?: string;
  indicator?: string;
  q?: string;
}): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.place) params.set('place', filters.place);
  if (filters.plan) params.set('plan', filters.plan);
  if (filters.department) params.set('department', filters.department);
  if (filters.indicator) params.set('indicator', filters.indicator);
  const qs = params.toString();
  return qs ? `${paths.search()}?${qs}` : paths.search();
}

/** Item by number, memoised per model. */
const itemCache = new WeakMap<Model, Map<number, Item>>();
export function itemsByNumber(model: Model): Map<number, Item> {
  let map = itemCache.get(model);
  if (!map) {
    map = new Map(model.items.map((i) => [i.number, i]));
    itemCache.set(model, map);
  }
  return map;
}

/**
 * A correction's reason as the site shows it: the Chinese one (`reasonZh`), or, in a corrections
 * file that has none yet, the English record, marked as English for screen readers.
 */
export function correctionReason(c: Correction): {
  reasonShown: string;
  reasonLang: 'zh-CN' | 'en';
} {
  return c.reasonZh
    ? { reasonShown: c.reasonZh, reasonLang: 'zh-CN' }
    : { reasonShown: c.reason, reasonLang: 'en' };
}
