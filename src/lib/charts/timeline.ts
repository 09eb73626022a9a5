/**
 * The deadline timeline (/timeline/): months down a vertical axis spanning the plan's deadlines,
 * a lane for 持续推进, and the notice's own date as a line with the items due by then above it.
 *
 * Two modes, chosen by `markThreshold`: up to that many items each item is a mark (shape + colour
 * of its indicator + its number, linking to its page); above it each month is a bar of counts with
 * its leading indicators, so a plan 100× larger still prints a bounded page.
 *
 * Pure: model in, finished SVG string and table rows out.
 */
import type { Indicator, Item, Model } from '../../schemas/model.ts';
import { planPaths, withBase, type PlanPaths } from '../paths.ts';
import { NO_DEADLINE_LABEL } from '../views/common.ts';
import { sortedDepartments, unitsOf } from './roles.ts';
import { encode, shapeDefs, shapePath } from './palette.ts';
import { el, text, translate } from './svg.ts';
import {
  dateLabel,
  dayFraction,
  deadlineDomain,
  deadlineMonth,
  dueByDate,
  monthLabel,
  type Month,
} from './time.ts';

export interface TimelineOptions {
  /** import.meta.env.BASE_URL. */
  base: string;
  /** Draw one mark per item only when the plan has at most this many items. */
  markThreshold?: number;
  /** Width of the SVG's coordinate system. */
  width?: number;
  /** How many leading indicators a month lists in count mode. */
  topIndicators?: number;
}

export const DEFAULT_MARK_THRESHOLD = 600;

export interface TimelineRow {
  /** Anchor: "m-2020-06", or "ongoing" for the 持续推进 lane. */
  id: string;
  label: string;
  month: Month | null;
  items: Item[];
}

export interface IndicatorRef {
  number: number;
  title: string;
  href: string;
}

export interface TimelineTableItem {
  number: number;
  href: string;
  title: string;
  indicator: IndicatorRef;
  deadlineText: string;
  lead: string[];
  responsible: string[];
  /** Due on or before the notice's date. */
  early: boolean;
  /** Indices into `filters.departments`. */
  departments: number[];
}

export interface TimelineTableGroup {
  id: string;
  label: string;
  count: number;
  /** Marks mode: the items, by indicator then number. */
  items: TimelineTableItem[];
  /** Count mode: the month's leading indicators with their counts. */
  top: { indicator: IndicatorRef; count: number }[];
}

export interface LegendEntry {
  indicator: IndicatorRef;
  slug: string;
  colour: string;
  shape: number;
  /** A small standalone SVG of the indicator's mark. */
  swatch: string;
  count: number;
}

export interface TimelineView {
  mode: 'marks' | 'counts';
  total: number;
  svg: string;
  groups: TimelineTableGroup[];
  legend: LegendEntry[];
  notice: { date: string; label: string; early: number } | null;
  /** Filter choices (marks mode only): departments in pinyin order, indicators in plan order. */
  filters: {
    departments: { slug: string; name: string }[];
    indicators: { slug: string; number: number; title: string }[];
  } | null;
}

/** The rows of the axis: every month from the first deadline to the last, then 持续推进. */
export function timelineRows(items: Item[]): TimelineRow[] {
  const months = deadlineDomain(items.map((i) => i.deadline));
  const byMonth = new Map<string, Item[]>(months.map((m) => [m.key, []]));
  const ongoing: Item[] = [];
  const none: Item[] = [];
  for (const item of items) {
    const key = deadlineMonth(item.deadline);
    if (item.deadline.kind === 'none') none.push(item);
    else if (key === null) ongoing.push(item);
    else byMonth.get(key)!.push(item);
  }
  const order = (a: Item, b: Item) => a.indicator - b.indicator || a.number - b.number;
  const rows: TimelineRow[] = months.map((m) => ({
    id: `m-${m.key}`,
    label: monthLabel(m, true),
    month: m,
    items: byMonth.get(m.key)!.sort(order),
  }));
  if (ongoing.length > 0) {
    rows.push({ id: 'ongoing', label: '持续推进', month: null, items: ongoing.sort(order) });
  }
  if (none.length > 0) {
    rows.push({ id: 'none', label: NO_DEADLINE_LABEL, month: null, items: none.sort(order) });
  }
  return rows;
}

/** Positions (in the pinyin-ordered department list) of the departments an item names. */
export function departmentIndices(item: Item, index: Map<string, number>): number[] {
  return unitsOf(item)
    .map((n) => index.get(n))
    .filter((i): i is number => i !== undefined)
    .sort((a, b) => a - b);
}

/** Lays items out in lines of `perLine` cells: [column, line] of each. */
export function gridPositions(count: number, perLine: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < count; i++) out.push([i % perLine, Math.floor(i / perLine)]);
  return out;
}

/** Chooses the mode: marks at or below the threshold, counts above it. */
export function timelineMode(itemCount: number, threshold: number): 'marks' | 'counts' {
  return itemCount <= threshold ? 'marks' : 'counts';
}

const GUTTER = 96;
const CELL_W = 44;
const CELL_H = 26;
const ROW_GAP = 10;
const EMPTY_ROW = 22;
const STRIP = 24;

export function buildTimeline(model: Model, options: TimelineOptions): TimelineView {
  const { base, markThreshold = DEFAULT_MARK_THRESHOLD, width = 420, topIndicators = 3 } = options;
  const mode = timelineMode(model.items.length, markThreshold);
  const rows = timelineRows(model.items);
  const indicatorIndex = new Map(model.indicators.map((ind, i) => [ind.number, i]));
  const indicatorOf = new Map(model.indicators.map((ind) => [ind.number, ind]));
  const ref = (n: number): IndicatorRef => {
    const ind = indicatorOf.get(n);
    return {
      number: n,
      title: ind?.title ?? `指标${n}`,
      href: ind
        ? withBase(base, planPaths(model.plan).indicator(ind.slug))
        : withBase(base, planPaths(model.plan).indicators()),
    };
  };
  const noticeDate = model.document.date;
  const early = (item: Item) => noticeDate !== null && dueByDate(item.deadline, noticeDate);
  const earlyCount = model.items.filter(early).length;

  const departments = sortedDepartments(model.departments);
  const deptIndex = new Map(departments.map((d, i) => [d.name, i]));

  const tableItem = (item: Item): TimelineTableItem => ({
    number: item.number,
    href: withBase(base, planPaths(model.plan).item(item.number)),
    title: item.title,
    indicator: ref(item.indicator),
    deadlineText: item.deadlineText ?? NO_DEADLINE_LABEL,
    lead: item.leadUnits,
    responsible: item.responsibleUnits.filter((u) => !item.leadUnits.includes(u)),
    early: early(item),
    departments: departmentIndices(item, deptIndex),
  });

  const topOf = (items: Item[]) => {
    const counts = new Map<number, number>();
    for (const i of items) counts.set(i.indicator, (counts.get(i.indicator) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, topIndicators)
      .map(([n, count]) => ({ indicator: ref(n), count }));
  };

  const groups: TimelineTableGroup[] = rows.map((r) => ({
    id: r.id,
    label: r.label,
    count: r.items.length,
    items: mode === 'marks' ? r.items.map(tableItem) : [],
    top: mode === 'counts' ? topOf(r.items) : [],
  }));

  const counts = new Map<number, number>();
  for (const i of model.items) counts.set(i.indicator, (counts.get(i.indicator) ?? 0) + 1);
  const legend: LegendEntry[] =
    mode === 'marks'
      ? model.indicators.map((ind, i) => {
          const e = encode(i);
          return {
            indicator: ref(ind.number),
            slug: ind.slug,
            colour: e.colour,
            shape: e.shape,
            swatch: swatch(e.colour, e.shape),
            count: counts.get(ind.number) ?? 0,
          };
        })
      : [];

  const svg =
    mode === 'marks'
      ? marksSvg(rows, {
          width,
          base,
          paths: planPaths(model.plan),
          noticeDate,
          earlyCount,
          early,
          indicatorIndex,
          indicatorOf,
          deptIndex,
          total: model.items.length,
        })
      : countsSvg(rows, { width, noticeDate, earlyCount, total: model.items.length, topOf });

  return {
    mode,
    total: model.items.length,
    svg,
    groups,
    legend,
    notice: noticeDate
      ? { date: noticeDate, label: dateLabel(noticeDate), early: earlyCount }
      : null,
    filters:
      mode === 'marks'
        ? {
            departments: departments.map((d) => ({ slug: d.slug, name: d.name })),
            indicators: model.indicators.map((ind) => ({
              slug: ind.slug,
              number: ind.number,
              title: ind.title,
            })),
          }
        : null,
  };
}

/** A 20×20 SVG of one indicator's mark, for legends. */
export function swatch(colour: string, shape: number): string {
  return el(
    'svg',
    { class: 'swatch', viewBox: '-10 -10 20 20', width: 16, height: 16, 'aria-hidden': 'true' },
    el('path', { class: colour, d: shapePath(shape, 110) }),
  );
}

interface Layout {
  /** y of each row's top, and its height. */
  rows: { top: number; height: number }[];
  /** y of the notice line, or null. */
  noticeY: number | null;
  height: number;
}

/**
 * Vertical positions: each row as tall as its lines of marks; the notice strip after the notice's
 * month when the notice falls on its last day, before it otherwise (the marks of a month are not
 * placed by day); before the first row when the notice precedes every deadline, after the last
 * month when it follows them all.
 */
export function layoutRows(
  rows: TimelineRow[],
  rowHeight: (r: TimelineRow) => number,
  noticeDate: string | null,
  top = 8,
): Layout {
  const out: Layout['rows'] = [];
  let y = top;
  let noticeY: number | null = null;
  const noticeKey = noticeDate?.slice(0, 7) ?? null;
  const lastDay = noticeDate !== null && dayFraction(noticeDate) === 1;
  const months = rows.filter((r) => r.month !== null);
  const firstKey = months[0]?.month!.key;
  const lastKey = months[months.length - 1]?.month!.key;
  const strip = () => {
    noticeY = y + 4;
    y += STRIP;
  };
  rows.forEach((r, i) => {
    const key = r.month?.key ?? null;
    if (noticeKey !== null && noticeY === null) {
      const before =
        (key !== null && key === noticeKey && !lastDay) ||
        (i === 0 && firstKey !== undefined && noticeKey < firstKey);
      const pastEnd = key === null && lastKey !== undefined && noticeKey >= lastKey;
      if (before || pastEnd) strip();
    }
    if (r.id === 'ongoing') y += 12;
    const h = rowHeight(r);
    out.push({ top: y, height: h });
    y += h + ROW_GAP;
    if (noticeKey !== null && noticeY === null && key === noticeKey && lastDay) strip();
  });
  // A notice after every deadline, with no 持续推进 lane to stop before: the line closes the axis.
  if (noticeKey !== null && noticeY === null && lastKey !== undefined) strip();
  return { rows: out, noticeY, height: y };
}

interface MarksContext {
  width: number;
  base: string;
  paths: PlanPaths;
  noticeDate: string | null;
  earlyCount: number;
  early: (i: Item) => boolean;
  indicatorIndex: Map<number, number>;
  indicatorOf: Map<number, Indicator>;
  deptIndex: Map<string, number>;
  total: number;
}

function marksSvg(rows: TimelineRow[], c: MarksContext): string {
  const perLine = Math.max(1, Math.floor((c.width - GUTTER - 8) / CELL_W));
  const lines = (r: TimelineRow) => Math.ceil(r.items.length / perLine);
  const layout = layoutRows(
    rows,
    (r) => (r.items.length === 0 ? EMPTY_ROW : Math.max(lines(r) * CELL_H, 2 * 17)),
    c.noticeDate,
  );
  const parts: string[] = [];
  parts.push(shapeDefs('tl-s'));
  parts.push(noticeBand(layout, c.width, c.earlyCount));
  // The axis.
  const axisTop = layout.rows[0]?.top ?? 0;
  const monthRows = rows.filter((r) => r.month !== null).length;
  const lastMonth = layout.rows[monthRows - 1];
  if (lastMonth) {
    parts.push(
      el('path', { class: 'ax', d: `M${GUTTER},${axisTop}V${lastMonth.top + lastMonth.height}` }),
    );
  }
  rows.forEach((r, ri) => {
    const { top } = layout.rows[ri]!;
    const g: string[] = [];
    g.push(el('text', { x: 4, y: 13, 'font-weight': 'bold' }, text(r.label)));
    if (r.items.length > 0) {
      g.push(
        el('text', { x: 4, y: 29, class: 'mu', 'font-size': 12 }, text(`${r.items.length} 项`)),
      );
    }
    if (r.month) g.push(el('path', { class: 'ax', d: `M${GUTTER - 5},7H${GUTTER}` }));
    else g.push(el('path', { class: 'ax', d: `M0,-6H${c.width}`, 'stroke-dasharray': '4 3' }));
    gridPositions(r.items.length, perLine).forEach(([col, line], k) => {
      const item = r.items[k]!;
      const x = GUTTER + 8 + col * CELL_W;
      const y = line * CELL_H;
      const idx = c.indicatorIndex.get(item.indicator) ?? item.indicator - 1;
      const e = encode(idx);
      const ind = c.indicatorOf.get(item.indicator);
      const depts = departmentIndices(item, c.deptIndex);
      const label =
        `第${item.number}项 ${item.title}（${ind ? `${ind.number}. ${ind.title}` : ''}，` +
        `截止：${item.deadlineText}${c.early(item) ? '，不晚于发文日' : ''}）`;
      g.push(
        el(
          'a',
          {
            id: `item-${item.number}`,
            href: withBase(c.base, c.paths.item(item.number)),
            class: c.early(item) ? 'mk early' : 'mk',
            'data-n': item.number,
            'data-i': item.indicator,
            'data-d': depts.join(' '),
          },
          el('title', {}, text(label)),
          el('rect', {
            class: 'hit',
            x: x - 2,
            y: y + 1,
            width: CELL_W - 4,
            height: CELL_H - 2,
            rx: 4,
          }),
          el('use', { href: `#tl-s${e.shape}`, class: e.colour, x: x + 10, y: y + 13 }),
          el('text', { x: x + 20, y: y + 18 }, text(item.number)),
        ),
      );
    });
    if (r.items.length === 0) {
      g.push(el('text', { x: GUTTER + 8, y: 13, class: 'mu', 'font-size': 12 }, '—'));
    }
    parts.push(el('g', { id: r.id, class: 'row', transform: translate(0, top) }, ...g));
  });
  parts.push(noticeLine(layout, c.width, c.noticeDate, c.earlyCount));
  return wrap('tl', c.width, layout.height, parts, {
    title: '事项完成时限时间线',
    desc:
      `${c.total} 项事项按完成时限的月份排列` +
      (rows.some((r) => r.id === 'ongoing') ? '，最后一行为持续推进；' : '；') +
      `每个标记为一项事项，形状和颜色表示所属指标，旁边是事项编号。` +
      (c.noticeDate ? `红线为发文日期，线上方的事项截止不晚于发文日。` : ''),
  });
}

interface CountsContext {
  width: number;
  noticeDate: string | null;
  earlyCount: number;
  total: number;
  topOf: (items: Item[]) => { indicator: IndicatorRef; count: number }[];
}

function countsSvg(rows: TimelineRow[], c: CountsContext): string {
  const layout = layoutRows(rows, () => 2 * 17, c.noticeDate);
  const max = Math.max(1, ...rows.map((r) => r.items.length));
  const barW = c.width - GUTTER - 8 - 8;
  const parts: string[] = [noticeBand(layout, c.width, c.earlyCount)];
  rows.forEach((r, ri) => {
    const { top } = layout.rows[ri]!;
    const w = (r.items.length / max) * barW;
    const top3 = c
      .topOf(r.items)
      .map((t) => `${t.indicator.title} ${t.count}`)
      .join('、');
    parts.push(
      el(
        'g',
        { id: r.id, class: 'row', transform: translate(0, top) },
        el('text', { x: 4, y: 13, 'font-weight': 'bold' }, text(r.label)),
        el('rect', { class: 'bar', x: GUTTER + 8, y: 2, width: Math.max(w, 0), height: 12 }),
        el(
          'text',
          { x: GUTTER + 8, y: 30, 'font-size': 12, class: 'mu' },
          text(`${r.items.length} 项${top3 ? `：${top3}` : ''}`),
        ),
      ),
    );
  });
  parts.push(noticeLine(layout, c.width, c.noticeDate, c.earlyCount));
  return wrap('tl', c.width, layout.height, parts, {
    title: '事项完成时限时间线（按月计数）',
    desc: `${c.total} 项事项按完成时限的月份计数，条长表示当月到期的事项数，并列出事项最多的指标。`,
  });
}

function noticeBand(layout: Layout, width: number, early: number): string {
  if (layout.noticeY === null || early === 0) return '';
  return el('rect', { class: 'band', x: 0, y: 0, width, height: layout.noticeY });
}

function noticeLine(layout: Layout, width: number, date: string | null, early: number): string {
  if (layout.noticeY === null || date === null) return '';
  const y = layout.noticeY;
  return el(
    'g',
    { class: 'notice' },
    el('path', { class: 'ac', d: `M0,${y}H${width}` }),
    el(
      'text',
      { class: 'ac', x: width - 4, y: y + 15, 'text-anchor': 'end', 'font-size': 12 },
      text(
        early > 0
          ? `▲ 发文日 ${dateLabel(date)}：以上 ${early} 项截止不晚于此日`
          : `发文日 ${dateLabel(date)}：事项均在此日之后到期`,
      ),
    ),
  );
}

/** The root element: labelled by its own <title> and <desc>. */
export function wrap(
  id: string,
  width: number,
  height: number,
  parts: string[],
  label: { title: string; desc: string },
): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${Math.ceil(height)}`,
      width,
      height: Math.ceil(height),
      role: 'group',
      'aria-labelledby': `${id}-title`,
      'aria-describedby': `${id}-desc`,
      'font-size': 13,
    },
    el('title', { id: `${id}-title` }, text(label.title)),
    el('desc', { id: `${id}-desc` }, text(label.desc)),
    ...parts,
  );
}
