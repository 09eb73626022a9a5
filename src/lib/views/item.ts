/**
 * The item page's view model (/items/N/): everything the page shows about one commitment, in the
 * order it shows it. Links are site paths; the page adds the base.
 */
import type { Correction, Model } from '../../schemas/model.ts';
import { planPaths } from '../paths.ts';
import {
  ONE_PLACE,
  departmentFilterValue,
  placeFilterValue,
  planFilterValue,
  planShortName,
  type LibraryScope,
} from '../library.ts';
import {
  type DepartmentRef,
  correctionReason,
  deadlineLabel,
  NO_DEADLINE_LABEL,
  departmentRef,
  formatIsoDate,
  issuedTitle,
  itemsByNumber,
  monthLabel,
  timelineItemHref,
  timelineMonthHref,
} from './common.ts';
import { SIMILAR_TEXT, relatedItems } from './related.ts';

export interface ItemLink {
  number: number;
  title: string;
  href: string;
}

export interface UnitGroup {
  /** The role as the source names it: 牵头单位, 责任单位 … */
  role: string;
  /** Each with its Pagefind `department` filter value. */
  units: (DepartmentRef & { filter: string })[];
}

export interface ItemView {
  number: number;
  title: string;
  indicator: { number: number; title: string; englishTitle: string | null; href: string };
  deadline: {
    /** As written in the source ("2020 年 6 月"). */
    text: string;
    /** The label the source gives it (完成时限). */
    role: string;
    /** Tidy spelling, used as the search filter value ("2020年6月"). */
    label: string;
    /** The month it falls in ("2020年6月" / "持续推进") and its anchor on the timeline. */
    month: string;
    monthHref: string;
    /** This item's mark on the timeline. */
    timelineHref: string;
  };
  /** Lead units first, then responsible units; empty groups left out. */
  units: UnitGroup[];
  /** Every department named, lead and responsible, once each. */
  departments: string[];
  /** Pagefind filter values (contract): place, plan, and each department named. */
  filters: { place: string; plan: string; departments: string[] };
  /** The plan: its short name ("郑州市 2020年") and title, its home, its place. */
  plan: { name: string; title: string; href: string; place: string; placeHref: string };
  subitems: {
    label: string;
    text: string;
    units: UnitGroup[];
    deadline: { text: string; role: string };
  }[];
  prev: ItemLink | null;
  next: ItemLink | null;
  related: (ItemLink & { reason: string })[];
  /** Where the item stands in the notice; `href` opens those lines of the source page. */
  source: { file: string; line: number; endLine: number; label: string; href: string };
  /** Corrections applied inside the item; `beforeShown` marks the source's line breaks with ⏎. */
  corrections: (Correction & { beforeShown: string } & ReturnType<typeof correctionReason>)[];
  /** A citation to copy: plan, item, notice, document number, date, source lines, URL. */
  citation: string;
}

function unitGroups(
  model: Model,
  scope: LibraryScope,
  u: {
    leadUnits: string[];
    responsibleUnits: string[];
    unitLabels: { lead: string | null; responsible: string | null };
  },
): UnitGroup[] {
  const groups: UnitGroup[] = [];
  const ref = (n: string) => {
    const d = departmentRef(model, n);
    return { ...d, filter: departmentFilterValue(model.plan, d.name, scope) };
  };
  if (u.leadUnits.length)
    groups.push({
      role: u.unitLabels.lead ?? '牵头单位',
      units: u.leadUnits.map(ref),
    });
  if (u.responsibleUnits.length)
    groups.push({
      role: u.unitLabels.responsible ?? '责任单位',
      units: u.responsibleUnits.map(ref),
    });
  return groups;
}

function link(model: Model, number: number): ItemLink | null {
  const item = itemsByNumber(model).get(number);
  return item ? { number, title: item.title, href: planPaths(model.plan).item(number) } : null;
}

/** Line breaks inside a quoted source passage, made visible: "企业开\n办" → "企业开⏎办". */
export function showBreaks(text: string): string {
  return text.replace(/\n/g, '⏎');
}

/** "第 12–14 行" or "第 12 行". */
export function lineLabel(line: number, endLine: number): string {
  return endLine > line ? `第 ${line}–${endLine} 行` : `第 ${line} 行`;
}

/**
 * @param url the page's absolute URL when the site has one (SITE_URL), else null; ends the citation
 *   (without it the citation ends at the source lines, and the page asks for the URL).
 */
export function itemView(
  model: Model,
  number: number,
  url: string | null,
  scope: LibraryScope = ONE_PLACE,
): ItemView {
  const item = itemsByNumber(model).get(number);
  if (!item) throw new Error(`No item ${number} in the model.`);
  const indicator = model.indicators.find((i) => i.number === item.indicator);
  if (!indicator)
    throw new Error(`Item ${number} names indicator ${item.indicator}, which does not exist.`);
  const p = planPaths(model.plan);
  const position = model.items.indexOf(item);
  const prevItem = model.items[position - 1];
  const nextItem = model.items[position + 1];

  const related = relatedItems(model, number).map((r) => {
    const base = link(model, r.number)!;
    const parts: string[] = [];
    if (r.textSimilarity >= SIMILAR_TEXT) parts.push('内容相近');
    if (r.sharedDepartments.length)
      parts.push(
        `同涉及${r.sharedDepartments.slice(0, 2).join('、')}${r.sharedDepartments.length > 2 ? '等' : ''}`,
      );
    return { ...base, reason: parts.join('；') || '内容相关' };
  });

  const departments = [...new Set([...item.leadUnits, ...item.responsibleUnits])];
  const applied = new Set(item.corrections);
  const doc = model.document;
  const plan = doc.attachment?.title ?? doc.title;
  const issued = [doc.docNumber, formatIsoDate(doc.date)].filter(Boolean).join('，');
  const citation =
    `《${plan}》第${number}项“${item.title}”，` +
    `${issuedTitle(doc)}${doc.attachment ? '附件' : ''}` +
    `${issued ? `（${issued}）` : ''}，` +
    `源文件${lineLabel(item.source.line, item.source.endLine).replace(/ /g, '')}。${url ?? ''}`;

  return {
    number,
    title: item.title,
    indicator: {
      number: indicator.number,
      title: indicator.title,
      englishTitle: indicator.englishTitle,
      href: p.indicator(indicator.slug),
    },
    deadline: {
      text: item.deadlineText ?? NO_DEADLINE_LABEL,
      role: item.deadlineLabel ?? '完成时限',
      label: deadlineLabel(item.deadline),
      month: monthLabel(item.deadline),
      monthHref: timelineMonthHref(p, item.deadline),
      timelineHref: timelineItemHref(p, number),
    },
    units: unitGroups(model, scope, item),
    departments,
    filters: {
      place: placeFilterValue(model.plan),
      plan: planFilterValue(model.plan),
      departments: departments.map((d) => departmentFilterValue(model.plan, d, scope)),
    },
    plan: {
      name: planShortName(model.plan),
      title: model.plan.title,
      href: p.home(),
      place: model.plan.place.name,
      placeHref: p.place(),
    },
    subitems: item.subitems.map((s) => ({
      label: s.label,
      text: s.text,
      units: unitGroups(model, scope, s),
      deadline: { text: s.deadlineText ?? NO_DEADLINE_LABEL, role: s.deadlineLabel ?? '完成时限' },
    })),
    prev: prevItem ? link(model, prevItem.number) : null,
    next: nextItem ? link(model, nextItem.number) : null,
    related,
    source: {
      file: model.sourceFile,
      line: item.source.line,
      endLine: item.source.endLine,
      label: lineLabel(item.source.line, item.source.endLine),
      href: p.source(item.source.line),
    },
    corrections: model.corrections
      .filter((c) => applied.has(c.id))
      .map((c) => ({ ...c, beforeShown: showBreaks(c.before), ...correctionReason(c) })),
    citation,
  };
}
