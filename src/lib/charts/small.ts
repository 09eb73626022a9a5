/**
 * The small charts other pages carry: items due per month (home), one department's deadlines on a
 * strip (department page), one indicator's departments as a bar list (indicator page). Pure.
 */
import { NO_DEADLINE_LABEL } from '../views/common.ts';
import type { Department, Indicator, Item, Model } from '../../schemas/model.ts';
import { planPaths, withBase } from '../paths.ts';
import { countRoles, type Count } from '../counts.ts';
import { shortName } from './matrix.ts';
import { byName, roleIn } from './roles.ts';
import { el, text, translate } from './svg.ts';
import {
  dateLabel,
  dayFraction,
  deadlineDomain,
  deadlineMonth,
  monthLabel,
  type Month,
} from './time.ts';
import { wrap } from './timeline.ts';

export interface MonthSlot {
  /** "m-2020-06" or "ongoing": the anchor of the same month on /timeline/. */
  id: string;
  label: string;
  month: Month | null;
}

/** The plan's months (all of them, gaps included) and 持续推进 when any item is ongoing. */
export function monthSlots(items: Item[]): MonthSlot[] {
  const slots: MonthSlot[] = deadlineDomain(items.map((i) => i.deadline)).map((m) => ({
    id: `m-${m.key}`,
    label: monthLabel(m),
    month: m,
  }));
  if (items.some((i) => i.deadline.kind === 'ongoing')) {
    slots.push({ id: 'ongoing', label: '持续推进', month: null });
  }
  if (items.some((i) => i.deadline.kind === 'none')) {
    slots.push({ id: 'none', label: NO_DEADLINE_LABEL, month: null });
  }
  return slots;
}

function slotOf(item: Item): string {
  const k = deadlineMonth(item.deadline);
  if (item.deadline.kind === 'none') return 'none';
  return k === null ? 'ongoing' : `m-${k}`;
}

/** x-axis labels: "3月", with the year under the first month and under each January. */
function axisLabels(slots: MonthSlot[], x: (i: number) => number, y: number): string[] {
  return slots.flatMap((s, i) => {
    const out = [
      el(
        'text',
        { x: x(i), y, 'text-anchor': 'middle', 'font-size': 11 },
        text(s.month ? `${s.month.month}月` : '持续'),
      ),
    ];
    if (s.month && (i === 0 || s.month.month === 1)) {
      out.push(
        el(
          'text',
          { x: x(i), y: y + 14, 'text-anchor': 'middle', class: 'mu', 'font-size': 11 },
          text(`${s.month.year}年`),
        ),
      );
    }
    if (!s.month) {
      out.push(
        el(
          'text',
          { x: x(i), y: y + 14, 'text-anchor': 'middle', class: 'mu', 'font-size': 11 },
          '推进',
        ),
      );
    }
    return out;
  });
}

/** Index boundary where the notice line falls between slots (after its month if on the last day). */
export function noticeSlot(slots: MonthSlot[], date: string | null): number | null {
  if (date === null) return null;
  const key = date.slice(0, 7);
  const months = slots.filter((s) => s.month);
  if (months.length === 0) return null;
  const idx = months.findIndex((s) => s.month!.key === key);
  if (idx >= 0) return dayFraction(date) === 1 ? idx + 1 : idx;
  return key < months[0]!.month!.key ? 0 : months.length;
}

function noticeMark(
  boundary: number | null,
  x0: (i: number) => number,
  top: number,
  bottom: number,
  date: string,
) {
  if (boundary === null) return '';
  const x = x0(boundary);
  return el(
    'g',
    {},
    el('title', {}, text(`发文日期：${dateLabel(date)}`)),
    el('path', { class: 'ac', d: `M${x},${top}V${bottom}`, 'stroke-dasharray': '3 2' }),
    el('text', { class: 'ac', x: x + 3, y: top + 10, 'font-size': 11 }, '发文'),
  );
}

export interface DueByMonthView {
  svg: string;
  /** href null for a month with no item due: nothing to go to, so neither bar nor row links. */
  rows: { id: string; label: string; count: number; href: string | null }[];
}

/** Home page: how many items fall due in each month of the plan, each bar linking to /timeline/. */
export function dueByMonth(
  model: Pick<Model, 'plan' | 'items' | 'document'>,
  base: string,
  width = 360,
): DueByMonthView {
  const slots = monthSlots(model.items);
  const counts = new Map<string, number>();
  for (const i of model.items) counts.set(slotOf(i), (counts.get(slotOf(i)) ?? 0) + 1);
  const rows = slots.map((s) => ({
    id: s.id,
    label: s.label,
    count: counts.get(s.id) ?? 0,
    href: counts.get(s.id) ? `${withBase(base, planPaths(model.plan).timeline())}#${s.id}` : null,
  }));
  const left = 8;
  const gap = 10;
  const top = 20;
  const plotH = 110;
  const step = (width - left * 2) / Math.max(1, slots.length);
  const bw = Math.max(4, step - 6);
  const cx = (i: number) => left + step * i + step / 2 + (slots[i]?.month ? 0 : gap / 2);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const bars = rows.map((r, i) => {
    const h = (r.count / max) * plotH;
    // A month with nothing due is drawn, not linked: a link there would be a tab stop to nowhere.
    return el(
      r.href ? 'a' : 'g',
      r.href ? { href: r.href } : { class: 'empty' },
      el('title', {}, text(`${r.label}：${r.count} 项`)),
      // The hit area is for the pointer on a link; an unlinked month has none (unstyled, it is black).
      r.href === null
        ? ''
        : el('rect', {
            class: 'hit',
            x: cx(i) - step / 2 + 1,
            y: 0,
            width: step - 2,
            height: top + plotH + 36,
            rx: 3,
          }),
      el('rect', { class: 'bar', x: cx(i) - bw / 2, y: top + plotH - h, width: bw, height: h }),
      el('text', { x: cx(i), y: top + plotH - h - 4, 'text-anchor': 'middle' }, text(r.count)),
    );
  });
  const baseY = top + plotH;
  const boundary = noticeSlot(slots, model.document.date);
  const svg = wrap(
    'due',
    width,
    baseY + 36,
    [
      el('path', { class: 'ax', d: `M${left},${baseY}H${width - left}` }),
      ...bars,
      ...axisLabels(slots, cx, baseY + 16),
      model.document.date
        ? noticeMark(boundary, (b) => left + step * b, top - 14, baseY, model.document.date)
        : '',
    ],
    {
      title: '各月到期事项数',
      desc: `按完成时限统计每月到期的事项数，共 ${model.items.length} 项；“持续推进”单列。`,
    },
  );
  return { svg, rows };
}

export interface StripView {
  svg: string;
  mode: 'marks' | 'counts';
  groups: {
    id: string;
    label: string;
    items: { number: number; title: string; href: string; lead: boolean }[];
    count: number;
  }[];
}

/**
 * Department page: the department's items placed on the plan's months (the whole plan's range, so
 * strips of different departments compare), lead items filled and responsible ones outlined.
 * Above `markThreshold` items it prints counts per month instead of one chip per item.
 */
export function deadlineStrip(
  model: Pick<Model, 'plan' | 'items' | 'document'>,
  department: Pick<Department, 'name'>,
  base: string,
  options: { width?: number; markThreshold?: number } = {},
): StripView {
  const { width = 360, markThreshold = 80 } = options;
  const slots = monthSlots(model.items);
  const mine = model.items.filter((i) => roleIn(i, department.name) !== null);
  const mode = mine.length <= markThreshold ? 'marks' : 'counts';
  const bySlot = new Map<string, Item[]>(slots.map((s) => [s.id, []]));
  for (const i of mine) bySlot.get(slotOf(i))!.push(i);
  const groups = slots.map((s) => {
    const items = bySlot.get(s.id)!;
    return {
      id: s.id,
      label: s.label,
      count: items.length,
      items:
        mode === 'marks'
          ? items.map((i) => ({
              number: i.number,
              title: i.title,
              href: withBase(base, planPaths(model.plan).item(i.number)),
              lead: roleIn(i, department.name) === 'lead',
            }))
          : [],
    };
  });
  const left = 4;
  const step = (width - left * 2) / Math.max(1, slots.length);
  const cx = (i: number) => left + step * i + step / 2;
  const chipH = 18;
  const tallest = Math.max(1, ...groups.map((g) => (mode === 'marks' ? g.items.length : 1)));
  const plotH = mode === 'marks' ? tallest * (chipH + 2) : 40;
  const top = 18;
  const baseY = top + plotH + 4;
  const parts: string[] = [];
  groups.forEach((g, i) => {
    if (mode === 'marks') {
      g.items.forEach((it, k) => {
        const y = baseY - 2 - (g.items.length - k) * (chipH + 2);
        const w = step - 6;
        parts.push(
          el(
            'a',
            { href: it.href },
            el(
              'title',
              {},
              text(`第${it.number}项 ${it.title}（${it.lead ? '牵头' : '责任'}，${g.label}）`),
            ),
            it.lead
              ? el('rect', { class: 'ld', x: cx(i) - w / 2, y, width: w, height: chipH, rx: 3 })
              : el('rect', {
                  class: 'rs',
                  x: cx(i) - w / 2 + 0.75,
                  y: y + 0.75,
                  width: w - 1.5,
                  height: chipH - 1.5,
                  rx: 3,
                }),
            el(
              'text',
              {
                class: it.lead ? 'lt' : null,
                x: cx(i),
                y: y + 13,
                'text-anchor': 'middle',
                'font-size': 11,
              },
              text(it.number),
            ),
          ),
        );
      });
    } else if (g.count > 0) {
      const max = Math.max(...groups.map((x) => x.count));
      const h = (g.count / max) * (plotH - 14);
      parts.push(
        el('rect', {
          class: 'bar',
          x: cx(i) - (step - 8) / 2,
          y: baseY - h,
          width: step - 8,
          height: h,
        }),
      );
      parts.push(
        el(
          'text',
          { x: cx(i), y: baseY - h - 3, 'text-anchor': 'middle', 'font-size': 11 },
          text(g.count),
        ),
      );
    }
  });
  const boundary = noticeSlot(slots, model.document.date);
  const svg = wrap(
    'strip',
    width,
    baseY + 34,
    [
      el('path', { class: 'ax', d: `M${left},${baseY}H${width - left}` }),
      ...parts,
      ...axisLabels(slots, cx, baseY + 14),
      model.document.date
        ? noticeMark(boundary, (b) => left + step * b, 4, baseY, model.document.date)
        : '',
    ],
    {
      title: `${department.name}的完成时限`,
      desc:
        `${department.name}参与的 ${mine.length} 项事项按完成时限的月份排列` +
        (mode === 'marks' ? '；实心为牵头，空心为责任，框内是事项编号。' : '，条高为事项数。'),
    },
  );
  return { svg, mode, groups };
}

export interface BarsView {
  svg: string;
  rows: { name: string; href: string; count: Count; total: number }[];
  hidden: number;
}

/**
 * Indicator page: the departments with items in this indicator, busiest first (then pinyin),
 * each bar split into lead (filled) and responsible (outlined). At most `maxBars` bars; the rest
 * are counted in a closing line. Row labels link to the department page's section for this indicator.
 */
export function departmentBars(
  model: Pick<Model, 'plan' | 'items' | 'departments'>,
  indicator: Pick<Indicator, 'number' | 'slug' | 'title'>,
  base: string,
  options: { width?: number; maxBars?: number } = {},
): BarsView {
  const { width = 360, maxBars = 15 } = options;
  const counts = countRoles(model.items.filter((i) => i.indicator === indicator.number));
  const slugOf = new Map(model.departments.map((d) => [d.name, d.slug]));
  const all = [...counts]
    .map(([name, byInd]) => {
      const count = byInd.get(indicator.number) ?? { lead: 0, responsible: 0 };
      const slug = slugOf.get(name);
      return {
        name,
        href: slug
          ? `${withBase(base, planPaths(model.plan).department(slug))}#indicator-${indicator.slug}`
          : withBase(base, planPaths(model.plan).departments()),
        count,
        total: count.lead + count.responsible,
      };
    })
    .sort((a, b) => b.total - a.total || b.count.lead - a.count.lead || byName(a.name, b.name));
  const rows = all.slice(0, maxBars);
  const hidden = all.length - rows.length;
  const labelW = Math.max(4, ...rows.map((r) => [...shortName(r.name, 10)].length)) * 13 + 14;
  const rowH = 24;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const barMax = width - labelW - 40;
  const unit = barMax / max;
  const parts = rows.map((r, i) => {
    const lw = r.count.lead * unit;
    const rw = r.count.responsible * unit;
    return el(
      'a',
      { href: r.href, transform: translate(0, i * rowH) },
      el('title', {}, text(`${r.name}：牵头 ${r.count.lead} 项，责任 ${r.count.responsible} 项`)),
      el('rect', { class: 'hit', x: 0, y: 1, width, height: rowH - 2, rx: 3 }),
      el('text', { x: labelW - 8, y: 16, 'text-anchor': 'end' }, text(shortName(r.name, 10))),
      lw > 0 ? el('rect', { class: 'ld', x: labelW, y: 5, width: lw, height: 14 }) : '',
      rw > 0
        ? el('rect', {
            class: 'rs',
            x: labelW + lw + 0.75,
            y: 5.75,
            width: Math.max(rw - 1.5, 1),
            height: 12.5,
          })
        : '',
      el('text', { x: labelW + lw + rw + 6, y: 16 }, text(r.total)),
    );
  });
  const height = rows.length * rowH + (hidden > 0 ? 22 : 4);
  if (hidden > 0) {
    parts.push(
      el(
        'text',
        { class: 'mu', x: labelW, y: rows.length * rowH + 16, 'font-size': 12 },
        text(`另有 ${hidden} 个部门`),
      ),
    );
  }
  const svg = wrap('bars', width, height, parts, {
    title: `${indicator.title}：各部门的事项数`,
    desc: `参与“${indicator.title}”事项的部门，按事项数从多到少；实心段为牵头，空心段为责任。`,
  });
  return { svg, rows, hidden };
}
