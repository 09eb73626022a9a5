/**
 * The search page's filter choices, known at build time so the form works before the search code
 * loads: departments in pinyin order, indicators in plan order, deadlines in time order, statuses.
 * Values are exactly what item pages give Pagefind (contract: department values are canonical names).
 */
import { departmentFilterValue, planFilterValue, scopeOf, type Library } from '../library.ts';
import { compareDeadlineValues } from '../search-state.ts';
import { STATUS_LABELS } from '../status.ts';
import { deadlineLabel, pinyinCollator } from './common.ts';

export interface SearchView {
  places: string[];
  plans: string[];
  departments: string[];
  indicators: string[];
  deadlines: string[];
  /** Status labels as item pages give them to Pagefind, "暂无进展记录" last. */
  statuses: string[];
}

/** The filter values of every plan of the library (contract filter names). */
export function searchView(library: Pick<Library, 'places' | 'plans'>): SearchView {
  const scope = scopeOf(library);
  const departments = new Set<string>();
  const indicators = new Set<string>();
  const deadlines = new Set<string>();
  for (const model of library.plans) {
    const named = new Set(model.items.flatMap((i) => [...i.leadUnits, ...i.responsibleUnits]));
    for (const d of model.departments)
      if (named.has(d.name)) departments.add(departmentFilterValue(model.plan, d.name, scope));
    for (const i of model.indicators) indicators.add(i.title);
    for (const i of model.items) deadlines.add(deadlineLabel(i.deadline));
  }
  return {
    places: library.places.map((p) => p.name),
    plans: library.plans.map((m) => planFilterValue(m.plan)),
    departments: [...departments].sort(pinyinCollator.compare),
    indicators: [...indicators],
    deadlines: [...deadlines].sort(compareDeadlineValues),
    statuses: Object.values(STATUS_LABELS).map((s) => s.label),
  };
}
