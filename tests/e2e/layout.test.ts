/**
 * Layout a reader sees, measured in Chromium on the no-SITE_URL build at 390 px (a phone), 1280 px
 * and in print: table cells that must not break inside an entry, tables that become cards or say
 * they scroll, the matrix printed whole, End on the source page, the home chart's tab stops, the
 * footer's spacing.
 * The screenshots these checks stand for were looked at by hand when they were written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, useSite } from './support/hooks.ts';
import { NO_SITE_BUILD } from './support/sites.ts';

const browser = useBrowser();
const site = useSite(NO_SITE_BUILD, '/');

/** Whether the built page at `path` (below the site) is a real page, not a redirect. */
function isPage(path: string): boolean {
  const file = join(NO_SITE_BUILD, path, 'index.html');
  return existsSync(file) && !/http-equiv="refresh"/.test(readFileSync(file, 'utf8'));
}

/**
 * The page of the seed plan (郑州 2020, the one these layouts were checked on) at `path` below the
 * plan, or at `path` itself for the library's pages and for a build of the single-plan site.
 */
function pagePath(path: string): string {
  for (const candidate of [`zhengzhou/2020/${path}`, path]) if (isPage(candidate)) return candidate;
  throw new Error(`no built page at ${path}`);
}

async function open(
  path: string,
  width: number,
  media: 'screen' | 'print' = 'screen',
): Promise<Page> {
  const context = await browser().newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.emulateMedia({ media });
  await page.goto(site().url + path);
  return page;
}

/** How many line boxes each element matching `selector` takes (1: not broken). */
function lineCounts(page: Page, selector: string): Promise<{ text: string; lines: number }[]> {
  return page.$$eval(selector, (els) =>
    els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = new Set(
        [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
      );
      return { text: el.textContent!.trim(), lines: tops.size };
    }),
  );
}

describe('at 390 px', () => {
  test('/indicators/: each 完成时限 entry ("2020年6月（1）") stays on one line', async () => {
    const page = await open(pagePath('indicators/'), 390);
    const entries = await lineCounts(page, 'td.month-counts > span');
    expect(entries.length).toBeGreaterThan(19);
    expect(entries.filter((e) => e.lines !== 1)).toEqual([]);
    await page.context().close();
  });

  test('/data/: file names and sizes never wrap; the downloads table is a list of cards', async () => {
    const page = await open(pagePath('data/'), 390);
    const cells = await lineCounts(
      page,
      'table.downloads th[scope="row"] a, table.downloads td.num',
    );
    const rows = await page.locator('table.downloads tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(4);
    expect(cells.length).toBe(2 * rows);
    expect(cells.filter((c) => c.lines !== 1)).toEqual([]);
    const display = await page.$eval(
      'table.downloads tr:nth-child(1)',
      (el) => getComputedStyle(el).display,
    );
    expect(display).toBe('block');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.context().close();
  });

  test('the plan page: each correction is a card whose reason reads in full lines', async () => {
    const page = await open(pagePath(''), 390);
    const cards = await page.$$eval('table.corrections tbody tr', (rows) =>
      rows.map((row) => {
        const reason = row.querySelector('td[data-label="理由"]') as HTMLElement;
        return {
          display: getComputedStyle(row).display,
          rowWidth: row.getBoundingClientRect().width,
          reasonWidth: reason.getBoundingClientRect().width,
          reason: reason.textContent!.trim(),
        };
      }),
    );
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.display).toBe('block');
      // The reason takes the card's width (it showed one character per line as a table column).
      expect(card.reasonWidth).toBeGreaterThan(0.8 * card.rowWidth - 32);
      // …and is Chinese.
      expect(card.reason).toMatch(/\p{Script=Han}{4}/u);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.context().close();
  });

  test("the footer's links (关于, 数据) do not break across lines", async () => {
    const page = await open(pagePath('departments/shi-shui-wu-ju/'), 390);
    const links = await lineCounts(page, '.site-footer a');
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => l.lines !== 1)).toEqual([]);
    await page.context().close();
  });

  test('/timeline/: the wide table scrolls sideways and says so', async () => {
    const page = await open(pagePath('timeline/'), 390);
    const box = await page.$eval('.tl-table .scroll', (el) => ({
      scrolls: el.scrollWidth > el.clientWidth,
      shadow: getComputedStyle(el).backgroundImage.includes('gradient'),
    }));
    expect(box).toEqual({ scrolls: true, shadow: true });
    expect(await page.locator('.tl-table .scroll-cue').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('at 1280 px', () => {
  test('the plan page: the corrections table is not squeezed: headers and item links on one line', async () => {
    const page = await open(pagePath(''), 1280);
    const headers = await lineCounts(page, 'table.corrections thead th');
    expect(headers.filter((h) => h.lines !== 1)).toEqual([]);
    const links = await lineCounts(page, 'table.corrections td.links a');
    expect(links.filter((l) => l.lines !== 1)).toEqual([]);
    // The table takes the page's width, not a text column's (it was 46rem inside /about/'s text).
    const [table, main] = await page.evaluate(() => [
      document.querySelector('table.corrections')!.getBoundingClientRect().width,
      document.querySelector('main')!.clientWidth - 32,
    ]);
    expect(table).toBeGreaterThanOrEqual(0.95 * main!);
    await page.context().close();
  });

  test('/timeline/: no scroll cue where the table fits', async () => {
    const page = await open(pagePath('timeline/'), 1280);
    expect(await page.locator('.tl-table .scroll-cue').isVisible()).toBe(false);
    await page.context().close();
  });

  test('home: the due-by-month chart links only months with items due (no empty tab stops)', async () => {
    const page = await open(pagePath(''), 1280);
    const months = await page.$$eval('.small-chart svg a, .small-chart svg g.empty', (els) =>
      els.map((el) => ({
        link: el.tagName.toLowerCase() === 'a',
        title: el.querySelector('title')!.textContent!,
      })),
    );
    expect(months.length).toBeGreaterThan(0);
    for (const m of months) expect(m.link, m.title).toBe(!/：0 项$/.test(m.title));
    expect(months.some((m) => !m.link)).toBe(true);
    await page.context().close();
  });

  test('footer and source lines: no stray space after ，, a space before 第 after a file name', async () => {
    const item = pagePath('items/28/');
    const page = await open(item, 1280);
    const footer = await page.locator('.site-footer').innerText();
    expect(footer).not.toMatch(/[，。；] /);
    expect(footer).toContain('关于，数据下载见');
    const source = await page.locator('#source-h + p').innerText();
    expect(source).toMatch(/\.txt 第 \d+/);
    await page.context().close();
  });
});

describe('the source page, on screen and in print', () => {
  // A source line is laid out only when scrolled near (content-visibility: auto, for a fast first
  // load), its height estimated until then; printed, every line is laid out.
  test('/source/: End reaches the last line, and print lays out every line', async () => {
    const lastLine = (page: Page) =>
      page.$eval('.source-lines li:last-child > a', (el) => ({
        laidOut: el.checkVisibility({ contentVisibilityAuto: true }),
        inView: el.getBoundingClientRect().bottom <= innerHeight,
      }));
    for (const width of [360, 768, 1280]) {
      const page = await open(pagePath('source/'), width);
      expect(await lastLine(page), `${width} px, before scrolling`).toEqual({
        laidOut: false,
        inView: false,
      });
      await page.keyboard.press('End');
      await expect
        .poll(() => lastLine(page), { message: `${width} px, after End` })
        .toEqual({ laidOut: true, inView: true });
      await page.context().close();
    }
    const print = await open(pagePath('source/'), 718, 'print');
    expect((await lastLine(print)).laidOut, 'printed').toBe(true);
    await print.context().close();
  });
});

describe('in print', () => {
  test('/matrix/ fits the page: every column, Σ included, and no sort controls', async () => {
    // A4 with Chromium's default margins leaves about 718 CSS px.
    const page = await open(pagePath('matrix/'), 718, 'print');
    const fit = await page.evaluate(() => {
      const grid = document.querySelector('.mx-grid')!.getBoundingClientRect();
      const head = document.querySelector('.mx-head svg')!;
      const last = [...head.querySelectorAll('text')].at(-1)!.getBoundingClientRect();
      return {
        right: grid.right,
        lastColumn: last.right,
        order: getComputedStyle(document.querySelector('.mx-order')!).display,
        width: document.documentElement.clientWidth,
      };
    });
    expect(fit.order).toBe('none');
    expect(fit.right).toBeLessThanOrEqual(fit.width);
    expect(fit.lastColumn).toBeLessThanOrEqual(fit.width);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await page.context().close();
  });
});
