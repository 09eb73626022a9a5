/**
 * View models of /indicators/ (the index) and /indicators/<slug>/ (one indicator).
 */
import type { Indicator, Item, Model } from '../../schemas/model.ts';
import { countRoles } from '../counts.ts';
import { planPaths, type PlanPaths } from '../paths.ts';
import { planFilterValue } from '../library.ts';
import {
  type Bounded,
  type ItemRow,
  bounded,
  deadlineSortKey,
  itemRow,
  itemsByNumber,
  monthKey,
  monthLabel,
  searchHref,
  timelineMonthHref,
} from './common.ts';

export interface MonthCount {
  /** "2020-06" or "ongoing". */
  key: string;
  /** "2020年6月" or "持续推进". */
  label: string;
  count: number;
  /** Its place on /timeline/. */
  href: string;
}

/** Items counted per deadline month, in time order, ongoing work last. */
export function countByMonth(p: PlanPaths, items: readonly Item[]): MonthCount[] {
  const months = new Map<string, MonthCount & { order: number }>();
  for (const item of items) {
    const key = monthKey(item.deadline);
    const entry = months.get(key);
    if (entry) entry.count++;
    else
      months.set(key, {
        key,
        label: monthLabel(item.deadline),
        count: 1,
        href: timelineMonthHref(p, item.deadline),
        order:
          item.deadline.kind === 'ongoing'
            ? Infinity
            : Math.floor(deadlineSortKey(item.deadline) / 100),
      });
  }
  return [...months.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...rest }) => rest);
}

function itemsOf(model: Model, indicator: Indicator): Item[] {
  const byNumber = itemsByNumber(model);
  return indicator.items.map((n) => byNumber.get(n)).filter((i): i is Item => i !== undefined);
}

export interface IndicatorSummary {
  number: number;
  title: string;
  englishTitle: string | null;
  slug: string;
  href: string;
  itemCount: number;
  months: MonthCount[];
}

export function indicatorsIndexView(model: Model): {
  indicators: IndicatorSummary[];
  itemCount: number;
} {
  const p = planPaths(model.plan);
  return {
    itemCount: model.items.length,
    indicators: model.indicators.map((ind) => {
      const items = itemsOf(model, ind);
      return {
        number: ind.number,
        title: ind.title,
        englishTitle: ind.englishTitle,
        slug: ind.slug,
        href: p.indicator(ind.slug),
        itemCount: items.length,
        months: countByMonth(p, items),
      };
    }),
  };
}

export interface IndicatorView {
  number: number;
  title: string;
  englishTitle: string | null;
  slug: string;
  /** Items in plan order, bounded (see LIST_LIMIT); the rest through `allItemsHref`. */
  items: Bounded<ItemRow>;
  allItemsHref: string;
  months: MonthCount[];
  /** How many departments its items name (the page draws them with the DepartmentBars chart). */
  departmentCount: number;
  prev: { title: string; href: string } | null;
  next: { title: string; href: string } | null;
}

export function indicatorView(model: Model, slug: string): IndicatorView {
  const index = model.indicators.findIndex((i) => i.slug === slug);
  const ind = model.indicators[index];
  if (!ind) throw new Error(`No indicator with slug ${slug}.`);
  const items = itemsOf(model, ind);
  const p = planPaths(model.plan);

  const neighbour = (i: Indicator | undefined) =>
    i ? { title: i.title, href: p.indicator(i.slug) } : null;

  return {
    number: ind.number,
    title: ind.title,
    englishTitle: ind.englishTitle,
    slug: ind.slug,
    items: bounded(items.map((i) => itemRow(p, i))),
    allItemsHref: searchHref({ plan: planFilterValue(model.plan), indicator: ind.title }),
    months: countByMonth(p, items),
    departmentCount: countRoles(items).size,
    prev: neighbour(model.indicators[index - 1]),
    next: neighbour(model.indicators[index + 1]),
  };
}
