/**
 * The search page's filter choices, known at build time so the form works before the search code
 * loads: places and plans in library order, departments in pinyin order (grouped by place when the
 * library holds several), indicators in plan order, deadlines in time order. Values are exactly
 * what item pages give Pagefind (contract). A filter no item has is left out (status without any
 * editor's note; target and continuity when the build has none). Pure.
 */
import {
  departmentFilterValue,
  placeFilterValue,
  planFilterValue,
  planShortName,
  scopeOf,
  type Library,
} from '../library.ts';
import type { FilterName } from '../search-state.ts';
import { compareDeadlineValues } from '../search-state.ts';
import { STATUS_LABELS } from '../status.ts';
import { deadlineLabel, pinyinCollator } from './common.ts';

export interface SearchExtras {
  /** "<place>/<plan>" → item numbers that have an editor's status note. */
  noted: (place: string, id: string) => number;
  /** Items continuing an earlier plan (F's continuity), in the whole library. */
  continuing: number;
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
  /** Options grouped under headings, when there are several groups. */
  groups?: { label: string; options: FilterOption[] }[];
  /** Shown even with no options (the URL may set a value the page does not list). */
  always?: boolean;
  /** A line under the select saying how to choose. */
  hint?: string;
}

export interface SearchView {
  filters: FilterView[];
}

const opt = (value: string, label = value): FilterOption => ({ value, label });

/**
 * The most options a select lists. A longer list (places, plans or groups of a large library)
 * would make the page grow with the library and is no list a person scans: the select then lists
 * none, shows the value a shared URL chose, and its hint says to pick from the search box's
 * suggestions (which name places, plans, departments and groups), as departments already do.
 */
export const LISTED_OPTIONS = 40;

/** `f` as it is, or, when it has too many options, empty with `hint`. */
function bounded(f: FilterView, hint: string): FilterView {
  if (f.options.length <= LISTED_OPTIONS) return f;
  return { ...f, options: [], groups: undefined, always: true, hint };
}
const uniq = (values: string[]) => [...new Set(values)];

export function searchView(
  library: Pick<Library, 'places' | 'plans'>,
  extras: SearchExtras,
): SearchView {
  const scope = scopeOf(library);
  const plans = library.plans;
  const departmentGroups = library.places.map((place) => {
    const names = uniq(
      place.plans.flatMap((p) => p.items.flatMap((i) => [...i.leadUnits, ...i.responsibleUnits])),
    ).sort(pinyinCollator.compare);
    const plan = place.plans[0]!.plan;
    return {
      label: place.name,
      options: names.map((n) => opt(departmentFilterValue(plan, n, scope), n)),
    };
  });

  const items = plans.flatMap((p) => p.items);
  const hasTargets = items.some((i) => ((i as { targets?: unknown[] }).targets ?? []).length > 0);
  const noted = plans.some((p) => extras.noted(p.plan.place.slug, p.plan.id) > 0);
  const continuing = extras.continuing > 0;

  const filters: FilterView[] = [
    bounded(
      {
        name: 'place',
        label: '地区',
        all: '全部地区',
        options: library.places.map((p) => opt(placeFilterValue(p.plans[0]!.plan), p.name)),
      },
      '输入地名（如 郑州），从搜索框下方的建议中选择',
    ),
    bounded(
      {
        name: 'plan',
        label: '计划',
        all: '全部计划',
        options: plans.map((p) => opt(planFilterValue(p.plan), planShortName(p.plan))),
      },
      '输入地名或计划名称（如 郑州），从搜索框下方的建议中选择',
    ),
    // One place: its departments to choose from. Several: the list would grow with the library,
    // so the page names none; a department is chosen from the search's suggestions (type 税务局)
    // or its page, and the select shows the one chosen.
    departmentGroups.length > 1
      ? {
          name: 'department',
          label: '部门',
          all: '全部部门',
          options: [],
          always: true,
          hint: '输入部门名称（如 税务局、人社局），从搜索框下方的建议中选择',
        }
      : {
          name: 'department',
          label: '部门',
          all: '全部部门',
          options: departmentGroups.flatMap((g) => g.options),
          always: true,
        },
    bounded(
      {
        name: 'indicator',
        label: '评价指标或任务类别',
        all: '全部指标',
        options: uniq(plans.flatMap((p) => p.indicators.map((i) => i.title))).map((v) => opt(v)),
      },
      '输入指标或类别名称（如 获得电力），从搜索框下方的建议中选择',
    ),
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
      (f) => !((f.name === 'place' || f.name === 'plan') && f.options.length < 2 && !f.always),
    ),
  };
}
