/**
 * The search page's state as it lives in the URL (?q=…&department=…&indicator=…&deadline=…), so a
 * search can be shared. Pure; used by the browser script on /search/ and by the tests.
 */

/**
 * Pagefind filter names: place, plan, department, indicator, deadline (contract), target (items
 * stating a checkable target), continuity (items continuing an earlier plan) and status (editors'
 * notes). The page shows a filter only when some item has it.
 */
export const FILTERS = [
  'place',
  'plan',
  'department',
  'indicator',
  'deadline',
  'target',
  'continuity',
  'status',
] as const;
export type FilterName = (typeof FILTERS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
}

export function parseSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** "?q=…&department=…" (empty string when nothing is set); stable parameter order. */
export function serializeSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

/** Pagefind's `filters` option: only the filters that are set. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of FILTERS) {
    const value = state.filters[name];
    if (value) out[name] = value;
  }
  return out;
}

/** Deadline filter values in time order: "2020年3月" < "2020年3月31日" < "2020年12月" < "持续推进". */
export function compareDeadlineValues(a: string, b: string): number {
  const key = (v: string) => {
    const m = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/.exec(v);
    if (!m) return Number.POSITIVE_INFINITY;
    return Number(m[1]) * 10_000 + Number(m[2]) * 100 + (m[3] ? Number(m[3]) : 0);
  };
  const d = key(a) - key(b);
  return Number.isNaN(d) ? a.localeCompare(b, 'zh-CN') : d || a.localeCompare(b, 'zh-CN');
}
