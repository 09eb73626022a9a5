/**
 * The search page's script. Pagefind (its JS, WASM and index chunks) loads from <base>pagefind/ on
 * the first search only; results link under the base (Pagefind's baseUrl option).
 */
import {
  FILTERS,
  type SearchState,
  pagefindFilters,
  parseSearch,
  serializeSearch,
} from '../lib/search-state.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    q: string | null,
    o: { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

/** Results per page: each result fetches its own fragment, so fewer results mean a lighter first query. */
const PAGE = 10;
const base = import.meta.env.BASE_URL;
let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // No web worker: it would load a second copy of the search runtime (~12 KB compressed).
    await pf.options({ baseUrl: base, noWorker: true });
    await pf.init();
    return pf;
  })();
  return pagefindPromise;
}

export function setupSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !status || !list || !more) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = Object.fromEntries(
    FILTERS.map((name) => [name, form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!]),
  );

  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;

  const readForm = (): SearchState => ({
    q: input.value.trim(),
    filters: Object.fromEntries(FILTERS.map((n) => [n, selects[n]!.value])),
  });

  const writeForm = (state: SearchState) => {
    input.value = state.q;
    for (const name of FILTERS) {
      const select = selects[name]!;
      const value = state.filters[name] ?? '';
      if (value && ![...select.options].some((o) => o.value === value))
        select.add(new Option(value, value));
      select.value = value;
    }
  };

  const render = async (from: number) => {
    const page = await Promise.all(results.slice(from, from + PAGE).map((r) => r.data()));
    for (const data of page) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = data.url;
      const number = data.meta.number ? `第${data.meta.number}项 ` : '';
      a.textContent = `${number}${data.meta.title ?? data.url}`;
      const meta = document.createElement('span');
      meta.className = 'meta muted';
      meta.textContent = [data.meta.indicator, data.meta.deadline && `时限 ${data.meta.deadline}`]
        .filter(Boolean)
        .map((s) => ` · ${s}`)
        .join('');
      const excerpt = document.createElement('p');
      excerpt.className = 'excerpt';
      // Pagefind's excerpt is the page's own text, HTML-escaped, with <mark> around matches.
      excerpt.innerHTML = data.excerpt;
      li.append(a, meta, excerpt);
      list.append(li);
    }
    shown = from + page.length;
    more.hidden = shown >= results.length;
  };

  const search = async (state: SearchState) => {
    const filters = pagefindFilters(state);
    const current = ++run;
    list.replaceChildren();
    more.hidden = true;
    if (!state.q && Object.keys(filters).length === 0) {
      status.textContent = '输入关键词，或选择部门、指标、时限。';
      return;
    }
    status.textContent = '正在搜索……';
    try {
      const pf = await loadPagefind();
      // With no words, list the filtered items in plan order (data-pagefind-sort on item pages).
      const response = await pf.search(
        state.q || null,
        state.q ? { filters } : { filters, sort: { number: 'asc' } },
      );
      if (current !== run) return;
      results = response?.results ?? [];
      await render(0);
      if (current !== run) return;
      const what = [state.q && `“${state.q}”`, ...Object.values(filters)]
        .filter(Boolean)
        .join('，');
      status.textContent = results.length
        ? `${what}：找到 ${results.length} 项`
        : `${what}：没有找到事项。试试更短的关键词，或去掉筛选。`;
    } catch {
      status.textContent = '搜索索引加载失败，请稍后重试。';
    }
  };

  const submit = (push: boolean) => {
    const state = readForm();
    const url = `${location.pathname}${serializeSearch(state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void search(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    submit(true);
  });
  for (const name of FILTERS) selects[name]!.addEventListener('change', () => submit(false));
  // Results follow typing, once the reader pauses; Enter searches at once.
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => submit(false), 350);
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    void render(shown).then(() => list.children[first]?.querySelector('a')?.focus());
  });
  window.addEventListener('popstate', () => {
    const state = parseSearch(location.search);
    writeForm(state);
    void search(state);
  });

  const initial = parseSearch(location.search);
  writeForm(initial);
  void search(initial);
}
