/**
 * The page types of the site (../shared/docs/contract.md, "Site URLs") and, for each, the built page
 * the quality tests load: a fixed route, or — for the types with one page per thing — the largest
 * such page in the build (the worst case for weight and the most markup for axe).
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SEED_PLAN } from './sites.ts';

export type Budget = 'detail' | 'page' | 'search';

export interface PageType {
  name: string;
  /** The spec's name without the place or plan ("item"). */
  kind: string;
  /** The plan's folder ("zhengzhou/2020/"), for the page types of a plan only. */
  plan?: string;
  /** Path below the base, without a leading slash ("" for the home page). */
  path: string;
  /** HTTP status the static host answers with. */
  status: number;
  budget: Budget;
  /** A query to type into the search box once the page has loaded (search page only). */
  search?: string;
  /**
   * Every query the byte budget measures, each as the first of a fresh visit: `search` (two words
   * of an item title) and a department name with many results (a full first page of fragments).
   */
  searches?: string[];
}

interface Spec {
  name: string;
  /** A fixed route, or the folder whose largest child page stands for the type. */
  route?: string;
  largestIn?: string;
  /** Left out where the build has no such page (compare/ of a plan with no earlier plan). */
  optional?: boolean;
  status?: number;
  budget: Budget;
  /**
   * Type the start of the title of the largest item page into the search box after loading; the
   * budget also measures the name of the department with the largest page.
   */
  searchItemTitle?: boolean;
}

/**
 * Compressed bytes a first load may fetch (tests/e2e/quality/page-load.test.ts; KB = 1024 bytes).
 *
 * The issue asks 120 KB for the search page with its first query. Measured on the seed build (107
 * items), gzip -9, every response of a first visit:
 *
 *   page and our code   8.0 KB  HTML 3.1, CSS 2.5, scripts 2.1, favicon 0.4
 *   Pagefind runtime   68.4 KB  pagefind.js 13.1, WebAssembly 54.1, pf_meta 1.1, entry 0.2
 *   result fragments   ≤ 6 KB   one per result shown (10 at most), 0.4–1.1 KB each
 *   index chunks       31.5 + 33.4 + 5.0 KB; a query reads the chunk of each of its words
 *
 * A query whose words share a chunk (用电, 时间线) loads 111–116 KB and fits; one whose words fall
 * in two chunks (完善破产, 出口退税, 不动产登记, 市税务局) loads 142–147 KB and cannot: with 76.4 KB
 * of page and runtime, 43.6 KB remain, and Pagefind 1.6 cuts an index into chunks of 20,000
 * postings (fixed in its code, not an option), ~32 KB of this Chinese text each. Only an index of
 * one chunk would let every query fit, and the item texts alone are 1.6 chunks. So `search` holds
 * everything a first query loads except its second and later chunks to the issue's 120 KB, and
 * INDEX_CHUNK_BYTES holds each chunk: a query pays at most that much more per further chunk.
 */
export const BUDGET_BYTES: Record<Budget, number> = {
  detail: 20 * 1024,
  page: 60 * 1024,
  search: 120 * 1024,
};

/**
 * The largest compressed Pagefind index chunk (`pagefind/index/*.pf_index`) a search may read. A
 * full chunk is 20,000 postings; its bytes depend on the text (31.5 and 33.4 KB on the seed, up from
 * 29–30 KB while every item page's labels and timeline links were indexed: those postings repeat
 * and compress well, so dropping them packs more distinct text into each chunk).
 */
export const INDEX_CHUNK_BYTES = 36 * 1024;

/** A Pagefind index chunk. */
export function isIndexChunk(url: string): boolean {
  return /\/pagefind\/index\/[^/]+\.pf_index$/.test(new URL(url).pathname);
}

/** A Pagefind result fragment (one per result whose title and excerpt are shown). */
export function isFragment(url: string): boolean {
  return /\/pagefind\/fragment\/[^/]+\.pf_fragment$/.test(new URL(url).pathname);
}

/** The library's own pages, once per build. */
const LIBRARY_SPECS: Spec[] = [
  { name: 'home', route: '', budget: 'page' },
  { name: 'search', route: 'search/', budget: 'search', searchItemTitle: true },
  { name: 'data', route: 'data/', budget: 'page' },
  { name: 'about', route: 'about/', budget: 'page' },
  { name: '404', route: 'no-such-page/', status: 404, budget: 'page' },
];

/** Each plan's pages, routes relative to the plan's folder (`<place>/<plan>/`). */
const PLAN_SPECS: Spec[] = [
  { name: 'plan', route: '', budget: 'page' },
  { name: 'notice', route: 'notice/', budget: 'page' },
  { name: 'indicators index', route: 'indicators/', budget: 'page' },
  { name: 'indicator', largestIn: 'indicators/', budget: 'detail' },
  { name: 'item', largestIn: 'items/', budget: 'detail' },
  { name: 'departments index', route: 'departments/', budget: 'page' },
  { name: 'department', largestIn: 'departments/', budget: 'detail' },
  { name: 'timeline', route: 'timeline/', budget: 'page' },
  { name: 'matrix', route: 'matrix/', budget: 'page' },
  { name: 'targets', route: 'targets/', budget: 'page' },
  { name: 'source', route: 'source/', budget: 'page' },
  { name: 'compare', route: 'compare/', budget: 'page', optional: true },
  { name: 'data', route: 'data/', budget: 'page' },
];

/** Each place's pages, routes relative to the place's folder (`<place>/`). */
const PLACE_SPECS: Spec[] = [
  { name: 'place', route: '', budget: 'page' },
  { name: 'place department', largestIn: 'departments/', budget: 'detail' },
];
const PLACE_DEPARTMENT_PATH = /^[a-z0-9-]+\/departments\/[^/]+\/$/;

/**
 * The first release's URLs, now pages that send the reader to /zhengzhou/2020/… (contract): one
 * type, measured on the item redirect.
 */
const REDIRECT_SPEC: Spec = { name: 'first-release redirect', route: 'items/1/', budget: 'detail' };
const REDIRECT_PATH =
  /^(?:(?:items|indicators|departments)\/[^/]+\/|(?:notice|timeline|matrix|indicators|departments)\/)$/;

/** A plan's folder in a build: "<place>/<plan>/" holding items/. */
const PLAN_PATH = /^([a-z0-9-]+\/[a-z0-9-]+\/)(.*)$/;

/** The plans of a build, as "<place>/<plan>/" folders, in path order. */
export function planFolders(dir: string): string[] {
  const out: string[] = [];
  for (const place of readdirSync(dir, { withFileTypes: true })) {
    if (!place.isDirectory()) continue;
    for (const plan of readdirSync(join(dir, place.name), { withFileTypes: true })) {
      if (plan.isDirectory() && existsSync(join(dir, place.name, plan.name, 'items')))
        out.push(`${place.name}/${plan.name}/`);
    }
  }
  return out.sort();
}

/** Which page type a built HTML file ("zhengzhou/2020/items/5/index.html") belongs to, or undefined. */
export function pageTypeOf(file: string): string | undefined {
  if (file === '404.html') return '404';
  const path = file.replace(/index\.html$/, '');
  for (const spec of LIBRARY_SPECS) if (spec.route === path) return spec.name;
  if (REDIRECT_PATH.test(path)) return REDIRECT_SPEC.name;
  if (/^[a-z0-9-]+\/$/.test(path)) return 'place';
  if (PLACE_DEPARTMENT_PATH.test(path)) return 'place department';
  const m = PLAN_PATH.exec(path);
  if (!m) return undefined;
  const rest = m[2]!;
  for (const spec of PLAN_SPECS) {
    if (spec.route !== undefined && spec.route === rest) return spec.name;
    if (spec.largestIn && new RegExp(`^${spec.largestIn}[^/]+/$`).test(rest)) return spec.name;
  }
  return undefined;
}
function largestPage(dir: string, folder: string): string {
  const root = join(dir, folder);
  if (!existsSync(root)) throw new Error(`the build has no ${folder} folder`);
  const pages = readdirSync(root)
    .map((name) => join(root, name, 'index.html'))
    .filter((file) => existsSync(file))
    .map((file) => ({ file, size: statSync(file).size }));
  if (pages.length === 0) throw new Error(`the build has no page under ${folder}`);
  pages.sort((a, b) => b.size - a.size || a.file.localeCompare(b.file));
  return pages[0]!.file.slice(dir.length + 1).replace(/index\.html$/, '');
}

/** The text of the first <h1> of a built page. */
function heading(dir: string, path: string): string {
  const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  if (!h1) throw new Error(`${path} has no <h1>`);
  return h1.replace(/<[^>]+>/g, '').trim();
}

/** The name a department page is about: its <h1>'s own text, before any subtitle. */
function departmentName(dir: string, path: string): string {
  const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
  const name = /<h1[^>]*>([^<]+)/.exec(html)?.[1]?.trim();
  if (!name) throw new Error(`${path} has no department name in its <h1>`);
  return name;
}

/** A short query as a reader types it: the first four characters of the first run of Chinese. */
function firstWords(title: string): string {
  const run = /[\u4e00-\u9fff]{2,}/.exec(title)?.[0];
  if (!run) throw new Error(`no Chinese words in "${title}"`);
  return run.slice(0, 4);
}

/**
 * Every page type, resolved against the build in `dir`: the library's pages, the first release's
 * redirects, and each page type of every plan (named "<place>/<plan> item" …; the largest page of
 * each one-per-thing type of each plan).
 */
export function pageTypes(dir: string, only?: 'seed'): PageType[] {
  const all = planFolders(dir);
  const plans = only === 'seed' ? all.filter((f) => f === SEED_PLAN) : all;
  const resolve = (spec: Spec, folder: string, prefix: string): PageType => ({
    name: `${prefix}${spec.name}`,
    kind: spec.name,
    path: spec.largestIn ? largestPage(dir, folder + spec.largestIn) : folder + (spec.route ?? ''),
    status: spec.status ?? 200,
    budget: spec.budget,
    ...(spec.searchItemTitle ? searchQueries(dir, all) : {}),
  });
  return [
    ...LIBRARY_SPECS.map((spec) => resolve(spec, '', '')),
    ...(existsSync(join(dir, REDIRECT_SPEC.route!, 'index.html'))
      ? [resolve(REDIRECT_SPEC, '', '')]
      : []),
    ...[...new Set(plans.map((folder) => folder.split('/')[0]!))].flatMap((place) =>
      PLACE_SPECS.map((spec) => resolve(spec, `${place}/`, `${place} `)),
    ),
    ...plans.flatMap((folder) =>
      PLAN_SPECS.filter(
        (spec) => !spec.optional || existsSync(join(dir, folder, spec.route ?? '', 'index.html')),
      ).map((spec) => ({ ...resolve(spec, folder, `${folder.slice(0, -1)} `), plan: folder })),
    ),
  ];
}

/** The search page's queries: from the largest item and department pages of the first plan. */
function searchQueries(dir: string, plans: string[]): Pick<PageType, 'search' | 'searches'> {
  const plan = plans.includes(SEED_PLAN) ? SEED_PLAN : plans[0]!;
  const search = firstWords(heading(dir, largestPage(dir, `${plan}items/`)));
  return {
    search,
    searches: [search, departmentName(dir, largestPage(dir, `${plan}departments/`))],
  };
}

/** Every HTML file of the build, relative to `dir` ("items/5/index.html"). */
export function htmlFiles(dir: string, sub = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...htmlFiles(dir, rel));
    else if (entry.name.endsWith('.html')) out.push(rel);
  }
  return out.sort();
}

/**
 * Types `query` into the page's search box (results follow typing) and waits until results are
 * listed: links to item pages appear in the main region, and the status line counts them.
 */
export async function searchFor(page: Page, query: string): Promise<void> {
  const box = page.getByRole('main').getByRole('searchbox').first();
  await box.fill(query);
  await page.waitForFunction(() => document.querySelectorAll('main a[href*="/items/"]').length > 0);
  // Results show as their fragments arrive; the status line says 找到 N 项 once the page is whole.
  await page.waitForFunction(
    () => document.querySelector('[data-search-status]')?.textContent?.includes('找到') ?? false,
  );
}
