/**
 * Measurable targets as readers see them: the item page's "可核查的目标" list with each target's
 * words marked in the text, the plan's targets page (grouped by indicator, counts at the top) and
 * targets.csv. Pure; links are site paths (pages add the base).
 */
import type { Indicator, Item, Model, Target } from '../../schemas/model.ts';
import { planPaths, type PlanPaths } from '../paths.ts';
import { pinyinCollator } from './common.ts';

export const COMPARATOR_LABELS: Record<Target['comparator'], string> = {
  max: '不超过',
  min: '不低于',
  exact: '定为',
};

/** 16 → "16", 35.5 → "35.5", 0.02 → "0.02" (no float noise). */
export function formatValue(v: number): string {
  return String(Number(v.toPrecision(12)));
}

/** "不超过 16 工作日", "不低于 85%", "3000 张": the level in words a reader scans. */
export function targetLevel(t: Pick<Target, 'comparator' | 'value' | 'unit'>): string {
  const amount = t.unit === '%' ? `${formatValue(t.value)}%` : `${formatValue(t.value)} ${t.unit}`;
  return t.comparator === 'exact' ? amount : `${COMPARATOR_LABELS[t.comparator]} ${amount}`;
}

/** "原为 4 月", or null. */
export function baselineText(t: Pick<Target, 'baseline'>): string | null {
  if (!t.baseline) return null;
  const b = t.baseline;
  return `原为 ${b.unit === '%' ? `${formatValue(b.value)}%` : `${formatValue(b.value)} ${b.unit}`}`;
}

/** The anchor of the k-th target (0-based) of an item page: its words marked in the text. */
export function targetAnchor(k: number): string {
  return `target-${k + 1}`;
}

export interface ItemTarget {
  /** Anchor of its marked words on the item page, or null when the words could not be placed. */
  anchor: string | null;
  words: string;
  measure: string;
  scope: string | null;
  subitem: string | null;
  level: string;
  baseline: string | null;
}

/** One paragraph of the item's text, cut where targets' words begin and end. */
export interface MarkedParagraph {
  segments: { text: string; mark: string | null }[];
}

/**
 * The paragraphs the item page shows (the item's text, then each sub-item as label + text, as the
 * generated body has them), with each target's words marked, and the list of targets pointing at
 * their marks. Words that are not where the model says (or that overlap an earlier target's) are
 * looked up in the paragraph; if still not found they are listed but not marked.
 */
export function itemTargetsView(item: Item): {
  targets: ItemTarget[];
  paragraphs: MarkedParagraph[];
} {
  const texts = [item.text, ...item.subitems.map((s) => `${s.label}${s.text}`)].map((text) => ({
    text,
    marks: [] as { start: number; end: number; id: string }[],
  }));
  const targets = item.targets.map((t, k): ItemTarget => {
    const sub = t.subitem === null ? -1 : item.subitems.findIndex((s) => s.label === t.subitem);
    const para = texts[sub + 1];
    const shift = sub >= 0 ? item.subitems[sub]!.label.length : 0;
    let anchor: string | null = null;
    if (para && t.text) {
      const free = (start: number) =>
        para.text.startsWith(t.text, start) &&
        !para.marks.some((m) => start < m.end && start + t.text.length > m.start);
      let start = t.start + shift;
      if (!free(start)) {
        start = -1;
        for (let i = para.text.indexOf(t.text); i >= 0; i = para.text.indexOf(t.text, i + 1))
          if (free(i)) {
            start = i;
            break;
          }
      }
      if (start >= 0) {
        anchor = targetAnchor(k);
        para.marks.push({ start, end: start + t.text.length, id: anchor });
      }
    }
    return {
      anchor,
      words: t.text,
      measure: t.measure,
      scope: t.scope,
      subitem: t.subitem,
      level: targetLevel(t),
      baseline: baselineText(t),
    };
  });
  const paragraphs = texts
    .filter((p) => p.text)
    .map((p) => {
      const marks = [...p.marks].sort((a, b) => a.start - b.start);
      const segments: MarkedParagraph['segments'] = [];
      let at = 0;
      for (const m of marks) {
        if (m.start > at) segments.push({ text: p.text.slice(at, m.start), mark: null });
        segments.push({ text: p.text.slice(m.start, m.end), mark: m.id });
        at = m.end;
      }
      if (at < p.text.length) segments.push({ text: p.text.slice(at), mark: null });
      return { segments };
    });
  return { targets, paragraphs };
}

export interface TargetRow {
  item: { number: number; title: string; href: string };
  indicator: { number: number; title: string };
  /** Link to the marked words on the item page. */
  href: string;
  words: string;
  measure: string;
  scope: string | null;
  subitem: string | null;
  comparator: Target['comparator'];
  comparatorLabel: string;
  value: number;
  unit: string;
  level: string;
  baseline: string | null;
}

export interface TargetsPageView {
  counts: {
    targets: number;
    itemsWithTargets: number;
    items: number;
    byComparator: { comparator: Target['comparator']; label: string; count: number }[];
    /** Units by how often they are used, then pinyin. */
    units: { unit: string; count: number }[];
  };
  groups: { indicator: Pick<Indicator, 'number' | 'title' | 'slug'>; rows: TargetRow[] }[];
}

function rows(item: Item, indicator: Indicator | undefined, p: PlanPaths): TargetRow[] {
  const view = itemTargetsView(item);
  return item.targets.map((t, k) => ({
    item: { number: item.number, title: item.title, href: p.item(item.number) },
    indicator: { number: item.indicator, title: indicator?.title ?? '' },
    href: `${p.item(item.number)}#${view.targets[k]!.anchor ?? 'targets-h'}`,
    words: t.text,
    measure: t.measure,
    scope: t.scope,
    subitem: t.subitem,
    comparator: t.comparator,
    comparatorLabel: COMPARATOR_LABELS[t.comparator],
    value: t.value,
    unit: t.unit,
    level: targetLevel(t),
    baseline: baselineText(t),
  }));
}

/** Every target of the plan, grouped by indicator in plan order, items in order within each. */
export function targetsPageView(model: Model): TargetsPageView {
  const indicators = new Map(model.indicators.map((i) => [i.number, i]));
  const p = planPaths(model.plan);
  const groups: TargetsPageView['groups'] = [];
  for (const ind of model.indicators) {
    const list = model.items
      .filter((i) => i.indicator === ind.number)
      .flatMap((i) => rows(i, indicators.get(i.indicator), p));
    if (list.length)
      groups.push({
        indicator: { number: ind.number, title: ind.title, slug: ind.slug },
        rows: list,
      });
  }
  const all = groups.flatMap((g) => g.rows);
  const unitCounts = new Map<string, number>();
  for (const r of all) unitCounts.set(r.unit, (unitCounts.get(r.unit) ?? 0) + 1);
  return {
    counts: {
      targets: all.length,
      itemsWithTargets: model.items.filter((i) => i.targets.length > 0).length,
      items: model.items.length,
      byComparator: (['max', 'min', 'exact'] as const).map((c) => ({
        comparator: c,
        label: COMPARATOR_LABELS[c],
        count: all.filter((r) => r.comparator === c).length,
      })),
      units: [...unitCounts]
        .map(([unit, count]) => ({ unit, count }))
        .sort((a, b) => b.count - a.count || pinyinCollator.compare(a.unit, b.unit)),
    },
    groups,
  };
}

/** The Pagefind filter value of an item page that states a target (contract of issue 14). */
export const TARGET_FILTER_VALUE = '有可核查目标';
