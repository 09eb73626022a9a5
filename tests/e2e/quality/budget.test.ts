/**
 * Byte budgets on a first visit: the gzip size of every response a real page load fetches
 * (HTML, CSS, scripts, images, search index), summed. Item, department and indicator pages 20 KB;
 * every other page 60 KB; search with its first query 120 KB, counting one Pagefind index chunk —
 * a query that needs a second chunk goes over by that chunk, each held to INDEX_CHUNK_BYTES (why:
 * tests/e2e/support/pages.ts, BUDGET_BYTES). For the types with one page per thing, the largest page
 * of the build is measured; search is measured with each of its queries as a first visit.
 */
import { expect, test } from 'vitest';
import { useBrowser, useSite } from '../support/hooks.ts';
import { ROOT_BUILD } from '../support/sites.ts';
import {
  BUDGET_BYTES,
  INDEX_CHUNK_BYTES,
  isFragment,
  isIndexChunk,
  pageTypes,
  searchFor,
  type PageType,
} from '../support/pages.ts';
import { loadPage, type LoadedResponse } from '../support/load.ts';

const browser = useBrowser();
const site = useSite(ROOT_BUILD, '/');

/** Each page type once; the search page once per query it is measured with. */
type Case = [name: string, type: PageType, query: string | undefined];
const cases: Case[] = pageTypes(ROOT_BUILD).flatMap((type): Case[] =>
  type.searches
    ? type.searches.map((q): Case => [`${type.name} for ${q}`, type, q])
    : [[type.name, type, undefined]],
);

const sum = (rs: LoadedResponse[]) => rs.reduce((total, r) => total + r.compressed, 0);

test.concurrent.each(cases)('%s stays within its byte budget', async (_name, type, query) => {
  const context = await browser().newContext();
  try {
    const load = await loadPage(
      context,
      site().url + type.path,
      query ? (page) => searchFor(page, query) : undefined,
    );
    expect(load.responses.length).toBeGreaterThan(0);
    // The largest index chunk the query read counts; the others are held one by one below.
    const chunks = load.responses
      .filter((r) => isIndexChunk(r.url))
      .sort((a, b) => b.compressed - a.compressed);
    const counted = load.responses.filter((r) => !chunks.slice(1).includes(r));
    const heaviest = [...counted]
      .sort((a, b) => b.compressed - a.compressed)
      .slice(0, 5)
      .map((r) => `${r.compressed} B ${r.url.slice(site().url.length)}`);
    expect(sum(counted), `heaviest responses: ${heaviest.join(', ')}`).toBeLessThanOrEqual(
      BUDGET_BYTES[type.budget],
    );
    if (query) {
      expect(chunks.length, 'the query read no index chunk: did the search run?').toBeGreaterThan(
        0,
      );
      for (const chunk of chunks)
        expect(chunk.compressed, chunk.url).toBeLessThanOrEqual(INDEX_CHUNK_BYTES);
      // Only the results on screen fetch their fragments (title, excerpt); more come on demand.
      const shown = await load.page.locator('main li a[href*="/items/"]').count();
      expect(load.responses.filter((r) => isFragment(r.url)).length).toBe(shown);
    } else {
      expect(chunks).toEqual([]);
    }
  } finally {
    await context.close();
  }
});
