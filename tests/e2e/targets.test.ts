/**
 * Measurable targets in the built site: the plan's targets page (table, counts, sorting, no script,
 * a phone's width), item pages (each target's words marked, the list linking to them, the search
 * filter), and targets.csv. Expected values come from the build's own plan.json.
 */
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, useSite } from './support/hooks.ts';
import { ROOT_BUILD, SUB_BASE, SUB_BUILD } from './support/sites.ts';

/** The seed's plan, below the base. */
const PLAN = 'zhengzhou/2020/';

const browser = useBrowser();
const root = useSite(ROOT_BUILD, '/');
const sub = useSite(SUB_BUILD, SUB_BASE);

interface PlanTarget {
  text: string;
  comparator: string;
  value: number;
  unit: string;
}
interface Plan {
  items: { number: number; indicator: number; targets: PlanTarget[] }[];
  indicators: { number: number; title: string }[];
}

async function plan(): Promise<Plan> {
  return (await (await fetch(new URL(`${PLAN}data/plan.json`, root().url))).json()) as Plan;
}

async function open(url: string, options: { width?: number; script?: boolean } = {}) {
  const context = await browser().newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.script ?? true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors, close: () => context.close() };
}

const units = (page: Page) =>
  page.locator('[data-targets-table] tr[data-order]:visible td:nth-child(4)').allTextContents();

describe('the targets page', () => {
  test('lists every target of plan.json, grouped by indicator, with the counts at the top', async () => {
    const p = await plan();
    const all = p.items.flatMap((i) => i.targets);
    expect(all.length).toBeGreaterThan(0);
    const { page, errors, close } = await open(new URL(`${PLAN}targets/`, root().url).href, {
      script: false,
    });
    const table = page.locator('[data-targets-table]');
    await expect(table.locator('tr[data-order]').count()).resolves.toBe(all.length);
    const groups = p.indicators.filter((ind) =>
      p.items.some((i) => i.indicator === ind.number && i.targets.length),
    );
    const headers = await table.locator('tr.group-row th').allTextContents();
    expect(headers.map((h) => h.replace(/（.*$/, '').trim())).toEqual(groups.map((g) => g.title));
    const counts = await page.locator('.target-counts').textContent();
    expect(counts).toContain(`${all.length} 个目标`);
    const withTargets = p.items.filter((i) => i.targets.length).length;
    expect(counts?.replace(/\s+/g, '')).toContain(`出自${withTargets}个事项`);
    // With no script the sort bar stays hidden and the headers are plain text.
    await expect(page.locator('[data-targets-sort]').isVisible()).resolves.toBe(false);
    await expect(table.locator('th button').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  test('sorts by unit and by measure, and back to the indicator groups', async () => {
    const { page, errors, close } = await open(new URL(`${PLAN}targets/`, root().url).href);
    const before = await units(page);
    const unitHeader = page.locator('th[data-sort-key="unit"]');
    await unitHeader.locator('button').click();
    await expect(unitHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    const sorted = await units(page);
    const collator = new Intl.Collator('zh-CN');
    expect(sorted).toEqual([...before].sort(collator.compare));
    await expect(page.locator('tr.group-row:visible').count()).resolves.toBe(0);
    await unitHeader.locator('button').click();
    await expect(unitHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    expect(await units(page)).toEqual([...before].sort(collator.compare).reverse());
    await page.locator('th[data-sort-key="measure"] button').click();
    const measures = await page
      .locator('[data-targets-table] tr[data-order]:visible')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.measure ?? ''));
    expect(measures).toEqual([...measures].sort(collator.compare));
    await page.locator('[data-sort-reset]').click();
    expect(await units(page)).toEqual(before);
    await expect(page.locator('tr.group-row:visible').count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  test('fits a 390 px screen and links to the marked words under a sub-folder base', async () => {
    const { page, close } = await open(new URL(`${PLAN}targets/`, sub().url).href, { width: 390 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    const href = await page
      .locator('[data-targets-table] tr[data-order] a')
      .first()
      .getAttribute('href');
    expect(href).toMatch(new RegExp(`^${SUB_BASE}${PLAN}items/\\d+/#target-1$`));
    await page.locator('[data-targets-table] tr[data-order] a').first().click();
    await page.waitForURL(/#target-1$/);
    await expect(page.locator('mark#target-1').isVisible()).resolves.toBe(true);
    await close();
  });
});

describe('item pages', () => {
  test('mark each target’s words in the text and list them, linked to the marks', async () => {
    const p = await plan();
    const item = p.items.find((i) => i.targets.length >= 3)!;
    const { page, errors, close } = await open(
      new URL(`${PLAN}items/${item.number}/`, root().url).href,
    );
    const marks = await page.locator('.item-body mark').allTextContents();
    expect(marks).toEqual(item.targets.map((t) => t.text));
    const list = page.locator('section[aria-labelledby="targets-h"]');
    await expect(list.locator('h2').textContent()).resolves.toBe('可核查的目标');
    await expect(list.locator('li').count()).resolves.toBe(item.targets.length);
    await list.locator('li a').nth(1).click();
    await page.waitForURL(/#target-2$/);
    await expect(page.locator('.item-body mark#target-2').textContent()).resolves.toBe(
      item.targets[1]!.text,
    );
    // The search filter for items that state a target.
    const filter = page.locator('[data-pagefind-filter="target"]');
    await expect(filter.textContent()).resolves.toContain('有可核查目标');
    expect(errors).toEqual([]);
    await close();
  });

  test('an item without targets has no marks, no list and no target filter', async () => {
    const p = await plan();
    const item = p.items.find((i) => i.targets.length === 0)!;
    const { page, close } = await open(new URL(`${PLAN}items/${item.number}/`, root().url).href);
    await expect(page.locator('.item-body mark').count()).resolves.toBe(0);
    await expect(page.locator('#targets-h').count()).resolves.toBe(0);
    await expect(page.locator('[data-pagefind-filter="target"]').count()).resolves.toBe(0);
    await close();
  });
});

describe('targets.csv', () => {
  test('UTF-8 with BOM, Chinese headers, one row per target of plan.json', async () => {
    const p = await plan();
    const bytes = new Uint8Array(
      await (await fetch(new URL(`${PLAN}data/targets.csv`, root().url))).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes.slice(3)), { columns: true }) as Record<
      string,
      string
    >[];
    const all = p.items.flatMap((i) => i.targets.map((t) => ({ item: i.number, ...t })));
    expect(
      rows.map((r) => [Number(r['事项编号']), r['原文用语'], Number(r['数值']), r['单位']]),
    ).toEqual(all.map((t) => [t.item, t.text, t.value, t.unit]));
    expect(rows[0]!['事项网址']).toMatch(
      /^https:\/\/example\.org\/zhengzhou\/2020\/items\/\d+\/#target-1$/,
    );
  });

  test('is listed on the data page', async () => {
    const html = await (await fetch(new URL(`${PLAN}data/`, sub().url))).text();
    expect(html).toContain(`href="${SUB_BASE}${PLAN}data/targets.csv"`);
    expect(html).toContain('targets.csv 的列');
  });
});
