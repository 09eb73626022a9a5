/**
 * What a first search costs, for each build of the bench (seed and 100×): the search page opened
 * fresh in Chromium, one query typed, every response counted at its gzip size (the e2e budget's
 * own measuring, tests/e2e/support/load.ts). The queries are the budget test's: the first words of
 * the largest item's title and the name of the department with the largest page.
 *
 * The seed's search is held to a byte budget in `npm test` (tests/e2e/quality/budget.test.ts); at
 * 100× this table is the measure of "search stays usable": Pagefind's metadata grows with the
 * number of pages, its runtime and each index chunk do not.
 */
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { loadPage } from '../../tests/e2e/support/load.ts';
import { isFragment, isIndexChunk, pageTypes, searchFor } from '../../tests/e2e/support/pages.ts';
import { serveStatic } from '../../tests/e2e/support/server.ts';

export interface SearchRow {
  plan: string;
  query: string;
  results: number;
  'total KB': number;
  'index chunks': string;
  'fragments KB': number;
  'pagefind meta KB': number;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export async function benchSearch(plan: string, dist: string): Promise<SearchRow[]> {
  const search = pageTypes(dist).find((type) => type.searches);
  if (!search?.searches) throw new Error(`${dist}: no search page type`);
  const site = await serveStatic(dist, '/');
  const browser = await launchBrowser();
  const rows: SearchRow[] = [];
  try {
    for (const query of search.searches) {
      const context = await browser.newContext();
      try {
        const load = await loadPage(context, site.url + search.path, (page) =>
          searchFor(page, query),
        );
        const sum = (keep: (url: string) => boolean) =>
          load.responses.filter((r) => keep(r.url)).reduce((total, r) => total + r.compressed, 0);
        const chunks = load.responses.filter((r) => isIndexChunk(r.url));
        rows.push({
          plan,
          query,
          results: await load.page.locator('main li a[href*="/items/"]').count(),
          'total KB': kb(load.compressedTotal),
          'index chunks': `${chunks.length} (${chunks.map((c) => kb(c.compressed)).join(' + ')} KB)`,
          'fragments KB': kb(sum(isFragment)),
          'pagefind meta KB': kb(sum((url) => url.endsWith('.pf_meta'))),
        });
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return rows;
}
