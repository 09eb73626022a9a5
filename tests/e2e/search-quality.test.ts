/**
 * The search on the hand-labelled queries (tests/fixtures/search/queries.json), in Chromium
 * against the root build: precision of the first 5 results and recall of the first 10, per query
 * kind, held at what the search reaches (README, "Search quality"). Also what a reader sees: the
 * department a query names offered above the results with its filter one click away, and on a
 * phone the first result above the fold with the filters folded.
 */
import { expect, test } from 'vitest';
import { useBrowser, useSite } from './support/hooks.ts';
import { ROOT_BUILD } from './support/sites.ts';
import { byKind, querySet, scoreAll, type KindScore } from './support/search-quality.ts';
import { loadPage } from './support/load.ts';
import { isIndexChunk, searchFor } from './support/pages.ts';

const browser = useBrowser();
const site = useSite(ROOT_BUILD, '/');

/** What the search reached when these were set (README); a change that lowers one fails here. */
const HELD: Record<string, { p5: number; r10: number }> = {
  everyday: { p5: 0.85, r10: 0.85 },
  official: { p5: 0.9, r10: 0.9 },
  department: { p5: 0.95, r10: 0.95 },
  'two-word': { p5: 0.85, r10: 0.95 },
};

test('the labelled set has at least 30 queries of every kind, each with a reason', () => {
  const { queries } = querySet();
  expect(queries.length).toBeGreaterThanOrEqual(30);
  for (const kind of Object.keys(HELD))
    expect(queries.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
  for (const q of queries) {
    expect(q.relevant.length, q.q).toBeGreaterThan(0);
    expect(q.reason.length, q.q).toBeGreaterThan(5);
  }
});

test('precision@5 and recall@10 per query kind stay at what the search reaches', async () => {
  const scores = await scoreAll(browser(), site().url);
  const kinds = byKind(scores);
  const report = (k: KindScore) => `${k.kind}: P@5 ${k.p5}, R@10 ${k.r10}`;
  const weak = scores
    .filter((s) => s.p5 < 1 || s.r10 < 1)
    .map(
      (s) => `${s.q} P@5 ${s.p5.toFixed(2)} R@10 ${s.r10.toFixed(2)} missed ${s.missed.join(' ')}`,
    );
  for (const [kind, held] of Object.entries(HELD)) {
    const k = kinds.find((x) => x.kind === kind)!;
    expect(k.p5, `${report(k)}\n${weak.join('\n')}`).toBeGreaterThanOrEqual(held.p5);
    expect(k.r10, `${report(k)}\n${weak.join('\n')}`).toBeGreaterThanOrEqual(held.r10);
  }
}, 120_000);

test('交税 finds the tax items, not 交房即颁证: whole words first, scattered characters held back', async () => {
  const page = await browser().newPage();
  try {
    await page.goto(`${site().url}search/?q=${encodeURIComponent('交税')}`);
    await page.waitForFunction(() =>
      /找到 \d+ 项/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    );
    const first = page.locator('[data-search-results] li').first();
    const title = await first.locator('a').textContent();
    const excerpt = (await first.locator('.excerpt').innerHTML()) ?? '';
    // The title once, the excerpt marks a whole variant in context, not the title again.
    expect(excerpt).toMatch(/<mark>(纳税|办税|缴税|税费)<\/mark>/);
    expect(excerpt).not.toContain(title!.replace(/^第\d+项 /, ''));
    const shown = await page.locator('[data-search-results] li a').allTextContents();
    expect(shown.some((t) => t.includes('交房即颁证'))).toBe(false);
    // Place and plan are named.
    expect(await first.locator('.meta').textContent()).toMatch(/市 · \d{4} · /);
  } finally {
    await page.close();
  }
});

test('人社局 offers each place’s body with its item count, one click from its filter', async () => {
  const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  try {
    await page.goto(`${site().url}search/?q=${encodeURIComponent('人社局')}`);
    const offer = page.locator('[data-search-entities] li', { hasText: '郑州市 · 市人社局' });
    await offer.waitFor();
    const text = (await offer.textContent()) ?? '';
    const count = Number(/：(\d+) 项/.exec(text)?.[1]);
    expect(count).toBeGreaterThan(0);
    // On a phone the filters are folded and the first result is on screen.
    expect(await page.locator('details.search-filters').getAttribute('open')).toBeNull();
    const firstResult = page.locator('[data-search-results] li').first();
    await firstResult.waitFor();
    const box = await firstResult.boundingBox();
    expect(box!.y).toBeLessThan(844);
    // One click: the filter, and as many results as the offer said.
    await offer.locator('[data-entity-filter]').click();
    await page.waitForFunction(() =>
      /找到 \d+ 项/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    );
    expect(new URL(page.url()).searchParams.get('department')).toContain('市人社局');
    expect(await page.locator('[data-search-status]').textContent()).toContain(`找到 ${count} 项`);
  } finally {
    await context.close();
  }
});

/** Issue 12: a first two-word search over the library, every index chunk it reads included. */
const FIRST_SEARCH_BYTES = 180 * 1024;
const CHUNK_BYTES = 36 * 1024;

test.each(
  querySet()
    .queries.filter((q) => q.kind === 'two-word')
    .map((q) => q.q),
)('a first search for %s weighs at most 180 KB gzip, all its index chunks included', async (q) => {
  const context = await browser().newContext();
  try {
    const load = await loadPage(context, `${site().url}search/`, (page) => searchFor(page, q));
    const chunks = load.responses.filter((r) => isIndexChunk(r.url));
    expect(chunks.length).toBeGreaterThan(0);
    for (const c of chunks) expect(c.compressed, c.url).toBeLessThanOrEqual(CHUNK_BYTES);
    const heaviest = [...load.responses]
      .sort((a, b) => b.compressed - a.compressed)
      .slice(0, 5)
      .map((r) => `${r.compressed} B ${r.url}`);
    expect(load.compressedTotal, heaviest.join(', ')).toBeLessThanOrEqual(FIRST_SEARCH_BYTES);
  } finally {
    await context.close();
  }
});
