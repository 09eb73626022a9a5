/**
 * The search's accuracy on the hand-labelled queries of tests/fixtures/search/queries.json, run in
 * the browser against a built site: precision of the first 5 results and recall of the first 10,
 * per query and averaged per kind. Used by tests/e2e/search-quality.test.ts (which holds them) and
 * `npm run bench` (which reports them).
 *
 * Only results from the judged plans count, in the order shown (a condensed list: a plan added to
 * the library later is not judged, so its results are neither right nor wrong). P@5 divides the relevant results among the first 5 by
 * min(5, relevant items): a query with two relevant items scores 1 when both come first (many
 * labelled queries have fewer than 5); `p5raw` divides by the results shown among the first 5.
 * R@10 divides by the relevant items, at most 10.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export interface LabelledQuery {
  q: string;
  kind: 'everyday' | 'official' | 'department' | 'two-word';
  relevant: string[];
  reason: string;
}

export interface QuerySet {
  judged: string[];
  queries: LabelledQuery[];
}

export function querySet(): QuerySet {
  return JSON.parse(readFileSync('tests/fixtures/search/queries.json', 'utf8')) as QuerySet;
}

export interface QueryScore {
  q: string;
  kind: LabelledQuery['kind'];
  p5: number;
  p5raw: number;
  r10: number;
  /** Judged results in order, as "place/plan/n". */
  results: string[];
  missed: string[];
}

/** "/some/base/zhengzhou/2020/items/26/" → "zhengzhou/2020/26". */
export function itemKey(href: string): string | null {
  const m = /\/([^/]+)\/([^/]+)\/items\/(\d+)\/$/.exec(href);
  return m ? `${m[1]}/${m[2]}/${m[3]}` : null;
}

export function score(query: LabelledQuery, judged: string[], hrefs: string[]): QueryScore {
  const results = hrefs
    .map(itemKey)
    .filter((k): k is string => k !== null && judged.some((p) => k.startsWith(`${p}/`)));
  const relevant = new Set(query.relevant);
  const top5 = results.slice(0, 5);
  const top10 = results.slice(0, 10);
  return {
    q: query.q,
    kind: query.kind,
    p5: top5.filter((k) => relevant.has(k)).length / Math.min(5, relevant.size),
    p5raw: top5.filter((k) => relevant.has(k)).length / Math.max(1, top5.length),
    r10: top10.filter((k) => relevant.has(k)).length / Math.min(10, relevant.size),
    results,
    missed: query.relevant.filter((k) => !top10.includes(k)),
  };
}

/**
 * The result links for `q` in the order shown, pressing "more" until the list holds 10 results
 * from the judged plans (or there are no more): the scores are taken on the judged results only
 * (a condensed list), so other plans' results, unjudged, neither count nor push judged ones out.
 */
export async function resultsFor(
  page: Page,
  base: string,
  q: string,
  judged: string[] = [],
): Promise<string[]> {
  await page.goto(`${base}search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() =>
    /找到 \d+ 项|没有找到|失败/.test(
      document.querySelector('[data-search-status]')?.textContent ?? '',
    ),
  );
  const links = () =>
    page
      .locator('[data-search-results] li a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  const isJudged = (href: string) => {
    const k = itemKey(href);
    return k !== null && (judged.length === 0 || judged.some((p) => k.startsWith(`${p}/`)));
  };
  const more = page.locator('[data-search-more]');
  let hrefs = await links();
  for (let i = 0; i < 20 && hrefs.filter(isJudged).length < 10 && (await more.isVisible()); i++) {
    await more.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-search-results] li').length > n,
      hrefs.length,
    );
    hrefs = await links();
  }
  return hrefs;
}

export async function scoreAll(browser: Browser, base: string): Promise<QueryScore[]> {
  const set = querySet();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const out: QueryScore[] = [];
    for (const query of set.queries)
      out.push(score(query, set.judged, await resultsFor(page, base, query.q, set.judged)));
    return out;
  } finally {
    await context.close();
  }
}

export interface KindScore {
  kind: string;
  queries: number;
  p5: number;
  p5raw: number;
  r10: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Mean P@5 and R@10 per kind, then over all queries ("all"). */
export function byKind(scores: QueryScore[]): KindScore[] {
  const kinds = [...new Set(scores.map((s) => s.kind)), 'all'];
  return kinds.map((kind) => {
    const of = kind === 'all' ? scores : scores.filter((s) => s.kind === kind);
    const mean = (f: (s: QueryScore) => number) => of.reduce((t, s) => t + f(s), 0) / of.length;
    return {
      kind,
      queries: of.length,
      p5: round(mean((s) => s.p5)),
      p5raw: round(mean((s) => s.p5raw)),
      r10: round(mean((s) => s.r10)),
    };
  });
}
