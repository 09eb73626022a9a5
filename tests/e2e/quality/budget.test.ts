/**
 * Byte budgets on a first visit: the gzip size of every response a real page load fetches
 * (HTML, CSS, scripts, images, search index), summed. Item, department and indicator pages 20 KB;
 * search 120 KB including its first query; every other page 60 KB. For the types with one page per
 * thing, the largest page of the build is measured.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';
import { ROOT_BUILD } from '../support/sites.ts';
import { BUDGET_BYTES, pageTypes, searchFor } from '../support/pages.ts';
import { loadPage } from '../support/load.ts';

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveStatic(ROOT_BUILD, '/');
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test.each(pageTypes(ROOT_BUILD).map((type) => [type.name, type] as const))(
  '%s stays within its byte budget',
  async (_name, type) => {
    const context = await browser.newContext();
    try {
      const load = await loadPage(
        context,
        site.url + type.path,
        type.search ? (page) => searchFor(page, type.search!) : undefined,
      );
      const budget = BUDGET_BYTES[type.budget];
      const heaviest = [...load.responses]
        .sort((a, b) => b.compressed - a.compressed)
        .slice(0, 5)
        .map((r) => `${r.compressed} B ${r.url.slice(site.url.length)}`);
      expect(load.responses.length).toBeGreaterThan(0);
      expect(
        load.compressedTotal,
        `heaviest responses: ${heaviest.join(', ')}`,
      ).toBeLessThanOrEqual(budget);
    } finally {
      await context.close();
    }
  },
);
