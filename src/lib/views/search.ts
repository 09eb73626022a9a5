/**
 * The search page's filter choices, known at build time so the form works before the search code
 * loads: places and plans in library order, departments in pinyin order (grouped by place when the
 * library holds several), indicators in plan order, deadlines in time order. Values are exactly
 * what item pages give Pagefind (contract). A filter no item has is left out (status without any
 * editor's note; target and continuity when the build has none). Pure.
 */
import type { Model } from '../../schemas/model.ts';
import type { FilterName } from '../search-state.ts';
import { compareDeadlineValues } from '../search-state.ts';
import { STATUS_LABELS } from '../status.ts';
import { deadlineLabel, pinyinCollator } from './common.ts';

export interface SearchPlan {
  place: { slug: string; name: string };
  /** The plan filter's value (contains the year). */
  planValue: string;
  model: Model;
  /** Item numbers that have an editor's status note. */
  notedItems: number[];
  /** Item numbers continuing an earlier plan (F's continuity). */
  continuingItems: number[];
}

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterView {
  name: FilterName;
  label: string;
  all: string;
  options: FilterOption[];
  /** Options grouped under headings (departments by place), when there are several groups. */
  groups?: { label: string; options: FilterOption[] }[];
}

export interface SearchView {
  filters: FilterView[];
}

/** Contract: a department filter value is the canonical name in a one-place library, else "郑州市 · 市税务局". */
export function departmentValue(placeName: string, name: string, places: number): string {
  return places > 1 ? `${placeName} · ${name}` : name;
}

const opt = (value: string, label = value): FilterOption => ({ value, label });
const uniq = (values: string[]) => [...new Set(values)];

export function searchView(plans: SearchPlan[]): SearchView {
  const places = uniq(plans.map((p) => p.place.slug));
  const placeNames = uniq(plans.map((p) => p.place.name));

  const departmentGroups = places.map((slug) => {
    const ofPlace = plans.filter((p) => p.place.slug === slug);
    const placeName = ofPlace[0]!.place.name;
    const names = uniq(
      ofPlace.flatMap((p) => p.model.items.flatMap((i) => [...i.leadUnits, ...i.responsibleUnits])),
    ).sort(pinyinCollator.compare);
    return {
      label: placeName,
      options: names.map((n) => opt(departmentValue(placeName, n, places.length), n)),
    };
  });

  const items = plans.flatMap((p) => p.model.items);
  const hasTargets = items.some((i) => ((i as { targets?: unknown[] }).targets ?? []).length > 0);
  const noted = plans.some((p) => p.notedItems.length > 0);
  const continuing = plans.some((p) => p.continuingItems.length > 0);

  const filters: FilterView[] = [
    { name: 'place', label: '地区', all: '全部地区', options: placeNames.map((n) => opt(n)) },
    {
      name: 'plan',
      label: '计划',
      all: '全部计划',
      options: uniq(plans.map((p) => p.planValue)).map((v) => opt(v)),
    },
    {
      name: 'department',
      label: '部门',
      all: '全部部门',
      options: departmentGroups.flatMap((g) => g.options),
      ...(departmentGroups.length > 1 ? { groups: departmentGroups } : {}),
    },
    {
      name: 'indicator',
      label: '评价指标或任务类别',
      all: '全部指标',
      options: uniq(plans.flatMap((p) => p.model.indicators.map((i) => i.title))).map((v) =>
        opt(v),
      ),
    },
    {
      name: 'deadline',
      label: '完成时限',
      all: '全部时限',
      options: uniq(items.map((i) => deadlineLabel(i.deadline)))
        .sort(compareDeadlineValues)
        .map((v) => opt(v)),
    },
    {
      name: 'target',
      label: '目标',
      all: '全部',
      options: hasTargets ? [opt('有可核查目标')] : [],
    },
    {
      name: 'continuity',
      label: '延续',
      all: '全部',
      options: continuing ? [opt('延续此前计划')] : [],
    },
    {
      name: 'status',
      label: '进展',
      all: '全部',
      options: noted ? Object.values(STATUS_LABELS).map((s) => opt(s.label)) : [],
    },
  ];
  // One place or one plan: nothing to choose between.
  return {
    filters: filters.filter(
      (f) => !((f.name === 'place' || f.name === 'plan') && f.options.length < 2),
    ),
  };
}
