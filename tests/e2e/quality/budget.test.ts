/**
 * Byte budgets on a first visit: the gzip size of every response a real page load fetches
 * (HTML, CSS, scripts, images, search index), summed. Item, department and indicator pages 20 KB;
 * every other page 60 KB; search with its first query 80 KB plus Pagefind's index chunks at most
 * 32 KB each (why not 120 KB in all: tests/e2e/support/pages.ts, BUDGET_BYTES). For the types with one page per
 * thing, the largest page of the build is measured.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';
import { ROOT_BUILD } from '../support/sites.ts';
import {
  BUDGET_BYTES,
  INDEX_CHUNK_BYTES,
  isIndexChunk,
  pageTypes,
  searchFor,
} from '../support/pages.ts';
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
      // The search budget leaves out Pagefind's index chunks, which are held one by one.
      const chunks = type.search ? load.responses.filter((r) => isIndexChunk(r.url)) : [];
      const counted = load.responses.filter((r) => !chunks.includes(r));
      const heaviest = [...counted]
        .sort((a, b) => b.compressed - a.compressed)
        .slice(0, 5)
        .map((r) => `${r.compressed} B ${r.url.slice(site.url.length)}`);
      expect(counted.length).toBeGreaterThan(0);
      const total = counted.reduce((sum, r) => sum + r.compressed, 0);
      expect(total, `heaviest responses: ${heaviest.join(', ')}`).toBeLessThanOrEqual(budget);
      if (type.search) {
        expect(chunks.length, 'the query read no index chunk: did the search run?').toBeGreaterThan(
          0,
        );
        for (const chunk of chunks)
          expect(chunk.compressed, chunk.url).toBeLessThanOrEqual(INDEX_CHUNK_BYTES);
      }
    } finally {
      await context.close();
    }
  },
);
