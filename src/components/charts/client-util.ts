/**
 * Shared by the chart scripts: filter state in the URL's query (so a filtered view can be
 * bookmarked and shared) without reloading the page.
 */

export function getParam(name: string): string | null {
  return new URLSearchParams(location.search).get(name);
}

/** Sets (or, for null/empty values, removes) query parameters, keeping the path and the hash. */
export function setParams(values: Record<string, string | null>): void {
  const params = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(values)) {
    if (v) params.set(k, v);
    else params.delete(k);
  }
  const q = params.toString();
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${q ? `?${q}` : ''}${location.hash}`,
  );
}

/** Selects the option whose value is `value` (or the first option when none matches). */
export function selectValue(select: HTMLSelectElement, value: string | null): void {
  const i = [...select.options].findIndex((o) => o.value === value);
  select.selectedIndex = i >= 0 ? i : 0;
}
