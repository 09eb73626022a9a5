/**
 * First-load weight of each page type on a build: the page opened fresh in Chromium, every
 * response counted at its gzip size (the e2e budget's own measuring, tests/e2e/support/load.ts),
 * against the page type's budget (tests/e2e/support/pages.ts). The search page is measured without
 * a query here; the first-search table (search.ts) measures it with one.
 */
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { loadPage } from '../../tests/e2e/support/load.ts';
import { BUDGET_BYTES, pageTypes } from '../../tests/e2e/support/pages.ts';
import { serveStatic } from '../../tests/e2e/support/server.ts';

export interface WeightRow {
  build: string;
  'page type': string;
  path: string;
  requests: number;
  'gzip KB': number;
  'budget KB': number;
  ok: string;
}

export async function benchWeight(build: string, dist: string): Promise<WeightRow[]> {
  const site = await serveStatic(dist, '/');
  const browser = await launchBrowser();
  const rows: WeightRow[] = [];
  try {
    for (const type of pageTypes(dist)) {
      const context = await browser.newContext();
      try {
        const load = await loadPage(context, site.url + type.path);
        const budget = BUDGET_BYTES[type.budget];
        rows.push({
          build,
          'page type': type.name,
          path: `/${type.path}`,
          requests: load.responses.length,
          'gzip KB': Math.round((load.compressedTotal / 1024) * 10) / 10,
          'budget KB': budget / 1024,
          ok: load.compressedTotal <= budget ? 'yes' : 'NO',
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
