/**
 * The search page's filter choices, known at build time so the form works before the search code
 * loads: departments in pinyin order, indicators in plan order, deadlines in time order, statuses.
 * Values are exactly what item pages give Pagefind (contract: department values are canonical names).
 */
import type { Model } from '../../schemas/model.ts';
import { compareDeadlineValues } from '../search-state.ts';
import { STATUS_LABELS } from '../status.ts';
import { deadlineLabel, pinyinCollator } from './common.ts';

export interface SearchView {
  departments: string[];
  indicators: string[];
  deadlines: string[];
  /** Status labels as item pages give them to Pagefind, "暂无进展记录" last. */
  statuses: string[];
}

export function searchView(model: Model): SearchView {
  const named = new Set(model.items.flatMap((i) => [...i.leadUnits, ...i.responsibleUnits]));
  return {
    departments: model.departments
      .map((d) => d.name)
      .filter((n) => named.has(n))
      .sort(pinyinCollator.compare),
    indicators: model.indicators.map((i) => i.title),
    deadlines: [...new Set(model.items.map((i) => deadlineLabel(i.deadline)))].sort(
      compareDeadlineValues,
    ),
    statuses: Object.values(STATUS_LABELS).map((s) => s.label),
  };
}
