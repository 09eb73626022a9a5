/**
 * A real first visit to every page type, served with the headers of public/_headers (so the
 * Content-Security-Policy applies as a real header), and two gates on that one visit:
 *
 * - Runtime, at "/" and under the sub-folder base: the page loads nothing from another host, logs
 *   no console error, throws no script error and triggers no CSP violation.
 * - Bytes, at "/": the gzip size of every response the load fetches (HTML, CSS, scripts, images,
 *   search index), summed. Item, department and indicator pages 20 KB; every other page 60 KB;
 *   search with its first query 120 KB, counting one Pagefind index chunk — a query that needs a
 *   second chunk goes over by that chunk, each held to INDEX_CHUNK_BYTES (why:
 *   tests/e2e/support/pages.ts, BUDGET_BYTES).
 *
 * For the types with one page per thing, the largest page of the build is loaded; the search page
 * once per query it is measured with, each as a first visit. Both gates read the same load (they
 * were two files that loaded every page twice, a third of CI's time).
 */
import { describe, expect, test } from 'vitest';
import { useBrowser, useSite } from '../support/hooks.ts';
import { ROOT_BUILD, SUB_BASE, SUB_BUILD } from '../support/sites.ts';
import {
  BUDGET_BYTES,
  INDEX_CHUNK_BYTES,
  isFragment,
  isIndexChunk,
  pageTypes,
  searchFor,
  type PageType,
} from '../support/pages.ts';
import { loadPage, watchCsp, type LoadedResponse, type PageLoad } from '../support/load.ts';

const browser = useBrowser();

/** What went wrong while loading: all empty on a good page. */
function problems(load: PageLoad, type: PageType, url: string) {
  // The 404 page's own status is reported as a console error; nothing else may be.
  const consoleErrors = load.consoleErrors.filter(
    (text) =>
      !(
        type.status === 404 &&
        /status of 404/.test(text) &&
        load.responses.filter((r) => r.status === 404).length === 1
      ),
  );
  return {
    offsite: load.offsite,
    consoleErrors,
    scriptErrors: load.scriptErrors,
    cspViolations: load.cspViolations,
    failed: load.responses
      .filter((r) => r.status >= 400 && r.url !== url)
      .map((r) => `${r.status} ${r.url}`),
  };
}

const sum = (rs: LoadedResponse[]) => rs.reduce((total, r) => total + r.compressed, 0);

/** The byte budget of a first visit (with `query` typed into the search box, if given). */
async function expectWithinBudget(
  load: PageLoad,
  type: PageType,
  query: string | undefined,
  siteUrl: string,
): Promise<void> {
  expect(load.responses.length).toBeGreaterThan(0);
  // The largest index chunk the query read counts; the others are held one by one below.
  const chunks = load.responses
    .filter((r) => isIndexChunk(r.url))
    .sort((a, b) => b.compressed - a.compressed);
  const counted = load.responses.filter((r) => !chunks.slice(1).includes(r));
  const heaviest = [...counted]
    .sort((a, b) => b.compressed - a.compressed)
    .slice(0, 5)
    .map((r) => `${r.compressed} B ${r.url.slice(siteUrl.length)}`);
  expect(sum(counted), `heaviest responses: ${heaviest.join(', ')}`).toBeLessThanOrEqual(
    BUDGET_BYTES[type.budget],
  );
  if (query) {
    expect(chunks.length, 'the query read no index chunk: did the search run?').toBeGreaterThan(0);
    for (const chunk of chunks)
      expect(chunk.compressed, chunk.url).toBeLessThanOrEqual(INDEX_CHUNK_BYTES);
    // Only the results on screen fetch their fragments (title, excerpt); more come on demand.
    const shown = await load.page.locator('main li a[href*="/items/"]').count();
    expect(load.responses.filter((r) => isFragment(r.url)).length).toBe(shown);
  } else {
    expect(chunks).toEqual([]);
  }
}

/** Each page type once; the search page once per query (at "/": each query the budget measures). */
type Case = [name: string, type: PageType, query: string | undefined];
function cases(types: PageType[], everyQuery: boolean): Case[] {
  return types.flatMap((type): Case[] => {
    const queries = everyQuery ? type.searches : type.search ? [type.search] : undefined;
    return queries
      ? queries.map((q): Case => [`${type.name} for ${q}`, type, q])
      : [[type.name, type, undefined]];
  });
}

describe.each([
  ['/', ROOT_BUILD],
  [SUB_BASE, SUB_BUILD],
])('under base %s', (base, dir) => {
  const site = useSite(dir, base, { headers: true });
  const atRoot = base === '/';

  test('the host sends the Content-Security-Policy of public/_headers', async () => {
    const response = await fetch(site().url);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });

  // Every page type of every plan at "/"; under the sub-folder, where only links and asset paths
  // differ, the library's pages and every page type of the seed's plan (and no byte budget: the
  // same files, a few bytes longer in their paths).
  test.concurrent.each(cases(pageTypes(dir, atRoot ? undefined : 'seed'), atRoot))(
    atRoot
      ? '%s loads only from the site, without errors, within its byte budget'
      : '%s loads only from the site, without script errors or CSP violations',
    async (_name, type, query) => {
      const context = await browser().newContext();
      try {
        await watchCsp(context);
        const url = site().url + type.path;
        const load = await loadPage(
          context,
          url,
          query ? (page) => searchFor(page, query) : undefined,
        );
        expect(load.status).toBe(type.status);
        expect(problems(load, type, url)).toEqual({
          offsite: [],
          consoleErrors: [],
          scriptErrors: [],
          cspViolations: [],
          failed: [],
        });
        if (atRoot) await expectWithinBudget(load, type, query, site().url);
      } finally {
        await context.close();
      }
    },
  );
});
