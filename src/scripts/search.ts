/**
 * The search page's script. Pagefind (its JS, WASM and index chunks) loads from <base>pagefind/ on
 * the first search only; results link under the base (Pagefind's baseUrl option).
 *
 * A query is parsed into terms and each term's glossary variants (src/lib/search/expand.ts); each
 * variant is searched plainly and as an exact phrase, and the answers are merged
 * (src/lib/search/merge.ts) so that pages holding the words whole come first and pages holding only
 * their characters apart are offered separately, marked as partial. The entity index
 * (<base>search/entities/<chunk>.json) names the departments, indicators, places and plans the
 * query names, with their filter one click away.
 */
import {
  FILTERS,
  type SearchState,
  pagefindFilters,
  parseSearch,
  serializeSearch,
} from '../lib/search-state.ts';
import { allVariants, parseQuery } from '../lib/search/expand.ts';
import { mergeAnswers, type Hit, type Ranked, type VariantAnswer } from '../lib/search/merge.ts';
import { wordExcerpt } from '../lib/search/excerpt.ts';
import { chunkName, lookupEntities, type EntityChunk } from '../lib/search/entities.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
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

/** How long the reader pauses in typing before results follow (Enter searches at once). */
const TYPING_PAUSE_MS = 100;
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

const entityChunks = new Map<string, Promise<EntityChunk | null>>();
function loadEntityChunk(name: string): Promise<EntityChunk | null> {
  let chunk = entityChunks.get(name);
  if (!chunk) {
    chunk = fetch(`${base}search/entities/${name}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<EntityChunk>) : null))
      .catch(() => null);
    entityChunks.set(name, chunk);
  }
  return chunk;
}

/** One result to show: the Pagefind result to read its fragment from, and whether it is partial. */
interface Row {
  result: PagefindResult;
  partial: boolean;
}

export interface Found {
  rows: Row[];
  /** Pages holding the query's characters only apart (or only some of its terms). */
  partial: Row[];
  needles: string[];
}

/** Runs a query's variant searches and merges them (the function the bench times, too). */
export async function find(
  pf: Pagefind,
  q: string,
  filters: Record<string, string>,
): Promise<Found> {
  const terms = parseQuery(q);
  const jobs = terms.flatMap((term, t) => term.variants.map((variant) => ({ t, variant })));
  const answers = await Promise.all(
    jobs.map(async ({ t, variant }) => {
      const [plain, exact] = await Promise.all([
        pf.search(variant.text, { filters }),
        pf.search(`"${variant.text}"`, { filters }),
      ]);
      return { t, variant, plain: plain?.results ?? [], exact: exact?.results ?? [] };
    }),
  );
  const typed = terms.map((term) => term.text).join(' ');
  const plainTyped = (await pf.search(typed, { filters }))?.results ?? [];

  const byId = new Map<string, PagefindResult>();
  for (const r of plainTyped) byId.set(r.id, r);
  for (const a of answers) for (const r of [...a.plain, ...a.exact]) byId.set(r.id, r);
  const exactById = answers.map((a) => new Map(a.exact.map((r) => [r.id, r])));

  const hits = (rs: PagefindResult[]): Hit[] => rs.map((r) => ({ id: r.id, score: r.score }));
  const merged = mergeAnswers(
    terms.length,
    answers.map((a): VariantAnswer => ({
      term: a.t,
      weight: a.variant.weight,
      ranked: hits(a.plain),
      exact: a.exact.map((r) => r.id),
    })),
    hits(plainTyped),
  );
  // Read a whole-word match's fragment from the exact search that found it: its locations are the
  // phrase's.
  const row = (r: Ranked, partial: boolean): Row => {
    const via = r.via.find((i) => i >= 0);
    const result = (via !== undefined && exactById[via]?.get(r.id)) || byId.get(r.id)!;
    return { result, partial };
  };
  // With several terms, pages holding some of them whole follow the full matches, marked as
  // partial; pages holding only characters apart are offered behind a button.
  const some = merged.partial.filter((r) => r.terms > 0);
  const scattered = merged.partial.filter((r) => r.terms === 0);
  return {
    rows: [...merged.full.map((r) => row(r, false)), ...some.map((r) => row(r, true))],
    partial: scattered.map((r) => row(r, true)),
    needles: allVariants(terms),
  };
}

export function setupSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const partialButton = document.querySelector<HTMLButtonElement>('[data-search-partial]');
  const entitiesBox = document.querySelector<HTMLElement>('[data-search-entities]');
  const filterCount = document.querySelector<HTMLElement>('[data-filter-count]');
  if (!form || !status || !list || !more || !partialButton || !entitiesBox) return;
  const known = new Set((entitiesBox.dataset.chunks ?? '').split(' ').filter(Boolean));
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = Object.fromEntries(
    FILTERS.flatMap((name) => {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
      return select ? [[name, select]] : [];
    }),
  ) as Record<string, HTMLSelectElement>;

  let rows: Row[] = [];
  let partial: Row[] = [];
  let needles: string[] = [];
  let shown = 0;
  let run = 0;

  const readForm = (): SearchState => ({
    q: input.value.trim(),
    filters: Object.fromEntries(
      FILTERS.flatMap((n) => (selects[n] ? [[n, selects[n].value]] : [])),
    ),
  });

  const showFilterCount = (state: SearchState) => {
    const n = Object.keys(pagefindFilters(state)).length;
    if (filterCount) filterCount.textContent = n ? `（已选 ${n} 项）` : '';
  };

  const writeForm = (state: SearchState) => {
    input.value = state.q;
    for (const name of FILTERS) {
      const select = selects[name];
      if (!select) continue;
      const value = state.filters[name] ?? '';
      if (value && ![...select.options].some((o) => o.value === value))
        select.add(new Option(value, value));
      select.value = value;
    }
    showFilterCount(state);
  };

  const render = async (from: number, current = run) => {
    const page = rows.slice(from, from + PAGE);
    // Every fragment is requested at once. On a first page each result shows as soon as it and
    // those before it have arrived, so the first is on screen without waiting for the tenth; a
    // page asked for with "more" is added at once, with the button's state.
    const pending = page.map((r) => r.result.data());
    if (from > 0) await Promise.all(pending);
    for (const [i, promise] of pending.entries()) {
      const d = await promise;
      if (current !== run) return;
      const li = document.createElement('li');
      if (page[i]!.partial) li.className = 'partial';
      const a = document.createElement('a');
      a.href = d.url;
      const title = d.meta.title ?? d.url;
      const number = d.meta.number ? `第${d.meta.number}项 ` : '';
      a.textContent = `${number}${title}`;
      const meta = document.createElement('span');
      meta.className = 'meta muted';
      // The plan filter's value names the place, the year and the plan; without it, the place.
      const where = d.filters.plan?.[0] ?? d.filters.place?.[0];
      meta.textContent = [
        where,
        d.meta.indicator,
        d.meta.deadline && `时限 ${d.meta.deadline}`,
        page[i]!.partial && '部分匹配',
      ]
        .filter(Boolean)
        .join(' · ');
      const excerpt = document.createElement('p');
      excerpt.className = 'excerpt';
      // Both excerpts are the page's own text, HTML-escaped, with <mark> around matches.
      excerpt.innerHTML = wordExcerpt(d.content, title, needles) ?? d.excerpt;
      li.append(a, meta, excerpt);
      list.append(li);
    }
    shown = from + page.length;
    more.hidden = shown >= rows.length;
    partialButton.hidden = !(shown >= rows.length && partial.length > 0);
  };

  const showEntities = async (q: string, current: number) => {
    entitiesBox.replaceChildren();
    entitiesBox.hidden = true;
    const variants = allVariants(parseQuery(q));
    const names = [...new Set(variants.filter((v) => v.length >= 2).map(chunkName))].filter((n) =>
      known.has(n),
    );
    if (names.length === 0) return;
    const loaded = await Promise.all(
      names.map(async (n) => [n, await loadEntityChunk(n)] as const),
    );
    if (current !== run) return;
    const chunks = new Map<string, EntityChunk>();
    for (const [n, c] of loaded) if (c) chunks.set(n, c);
    const entities = lookupEntities(variants, chunks);
    if (entities.length === 0) return;
    const heading = document.createElement('h2');
    heading.textContent = '直达';
    heading.className = 'visually-hidden';
    const ul = document.createElement('ul');
    for (const e of entities) {
      const li = document.createElement('li');
      const name = document.createElement(e.page ? 'a' : 'span');
      if (e.page && name instanceof HTMLAnchorElement)
        name.href = `${base}${e.page.replace(/^\//, '')}`;
      name.textContent = e.label;
      const filter = document.createElement('a');
      filter.href = `${location.pathname}${serializeSearch({ q: '', filters: e.filters })}`;
      filter.textContent = `${e.count} 项`;
      filter.dataset.entityFilter = '';
      li.append(name, '：', filter);
      ul.append(li);
    }
    entitiesBox.append(heading, ul);
    entitiesBox.hidden = false;
  };

  const search = async (state: SearchState) => {
    const filters = pagefindFilters(state);
    const current = ++run;
    list.replaceChildren();
    more.hidden = true;
    partialButton.hidden = true;
    showFilterCount(state);
    void showEntities(state.q, current);
    if (!state.q && Object.keys(filters).length === 0) {
      status.textContent = '输入关键词，或选择地区、计划、部门、指标、时限。';
      return;
    }
    status.textContent = '正在搜索……';
    try {
      const pf = await loadPagefind();
      const what = [state.q && `“${state.q}”`, ...Object.values(filters)]
        .filter(Boolean)
        .join('，');
      let note = '';
      if (state.q) {
        const found = await find(pf, state.q, filters);
        if (current !== run) return;
        needles = found.needles;
        if (found.rows.length) {
          rows = found.rows;
          partial = found.partial;
        } else {
          // Nothing holds the words whole: show the partial matches, marked as such.
          rows = found.partial;
          partial = [];
        }
        if (rows.length && rows.every((r) => r.partial))
          note = '（没有完整包含这些词的事项，以下只含部分字词）';
      } else {
        // With no words, list the filtered items in plan order (data-pagefind-sort on item pages).
        const response = await pf.search(null, { filters, sort: { number: 'asc' } });
        if (current !== run) return;
        rows = (response?.results ?? []).map((result) => ({ result, partial: false }));
        partial = [];
        needles = [];
      }
      await render(0);
      if (current !== run) return;
      partialButton.textContent = `另有 ${partial.length} 项只含部分字词，显示`;
      status.textContent = rows.length
        ? `${what}：找到 ${rows.length} 项${note}`
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
  for (const select of Object.values(selects))
    select.addEventListener('change', () => submit(false));
  // Results follow typing, once the reader pauses; Enter searches at once.
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => submit(false), TYPING_PAUSE_MS);
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    void render(shown).then(() => list.children[first]?.querySelector('a')?.focus());
  });
  partialButton.addEventListener('click', () => {
    const first = list.children.length;
    rows = [...rows, ...partial];
    partial = [];
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
