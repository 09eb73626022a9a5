/**
 * The timeline and the matrix in a browser: complete and readable with JavaScript off; with it on,
 * filters and order kept in the URL and everything operable from the keyboard. Both builds (root
 * and sub-folder base). Plus the first-load byte budget of both pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, useSite } from './support/hooks.ts';
import { type StaticSite } from './support/server.ts';
import { ROOT_BUILD, SUB_BASE, SUB_BUILD, SEED_PLAN } from './support/sites.ts';

const browser = useBrowser();
const sites: Record<string, () => StaticSite> = {
  root: useSite(ROOT_BUILD, '/'),
  sub: useSite(SUB_BUILD, SUB_BASE),
};

async function open(
  path: string,
  { js = true, site = 'root', width = 1280 }: { js?: boolean; site?: string; width?: number } = {},
): Promise<Page> {
  const context = await browser().newContext({
    javaScriptEnabled: js,
    viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(new URL(SEED_PLAN + path, sites[site]!().url).href);
  return page;
}

describe.each(['root', 'sub'])('without JavaScript (%s build)', (site) => {
  const base = site === 'root' ? '/' : SUB_BASE;

  it('prints the timeline: a labelled SVG, a mark per table row, month and 持续推进 anchors', async () => {
    const page = await open('timeline/', { js: false, site });
    const svg = page.locator('[data-timeline] svg[role="group"]').first();
    const label = await svg.evaluate((el) => {
      const id = el.getAttribute('aria-labelledby')!;
      return document.getElementById(id)?.textContent ?? '';
    });
    expect(label).toContain('时间线');
    const marks = await page
      .locator('a.mk')
      .evaluateAll((as) =>
        as.map((a) => ({ id: a.id, href: a.getAttribute('href'), text: a.textContent })),
      );
    const rows = await page
      .locator('tr[data-n]')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.n));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map((m) => m.id.replace('item-', '')).sort()).toEqual([...rows].sort());
    for (const m of marks)
      expect(m.href).toBe(`${base}${SEED_PLAN}items/${m.id.replace('item-', '')}/`);
    const groups = await page.locator('g.row').evaluateAll((gs) => gs.map((g) => g.id));
    expect(groups.length).toBeGreaterThan(1);
    for (const id of groups) expect(id).toMatch(/^(m-\d{4}-\d{2}|ongoing)$/);
    // The filters need script: hidden without it.
    expect(await page.locator('.tl-filters').isVisible()).toBe(false);
    // A legend names every indicator that has a mark.
    expect(await page.locator('.tl-legend li').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('scrolls to an item mark and to a month when the URL names them', async () => {
    const first = await open('timeline/', { js: false, site });
    const ids = await first.locator('a.mk').evaluateAll((as) => as.map((a) => a.id));
    const months = await first.locator('g.row').evaluateAll((gs) => gs.map((g) => g.id));
    await first.context().close();
    for (const id of [ids.at(-1)!, months.at(-1)!]) {
      const page = await open(`timeline/#${id}`, { js: false, site });
      const box = await page.locator(`[id="${id}"]`).boundingBox();
      expect(box!.y, id).toBeGreaterThanOrEqual(0);
      expect(box!.y, id).toBeLessThan(900);
      expect(await page.evaluate(() => window.scrollY), id).toBeGreaterThan(0);
      await page.context().close();
    }
  });

  it('prints the matrix: labelled SVG rows matching the table, cells linking to department anchors', async () => {
    const page = await open('matrix/', { js: false, site });
    const labels = await page
      .locator('.mx-labels g.r a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const tableRows = await page
      .locator('tbody[data-rows] tr th a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels).toEqual(tableRows);
    const cells = await page
      .locator('.mx-body a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(cells.length).toBeGreaterThan(0);
    for (const href of cells) {
      expect(href).toMatch(
        new RegExp(`^${base}${SEED_PLAN}departments/[a-z0-9-]+/#indicator-[a-z0-9-]+$`),
      );
    }
    const body = page.locator('.mx-body svg');
    expect(await body.getAttribute('role')).toBe('group');
    expect(await page.locator('.mx-order').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('with JavaScript', () => {
  it('filters the timeline by department and keeps the filter in the URL', async () => {
    const page = await open('timeline/');
    const select = page.locator('select[name="department"]');
    await expect.poll(() => page.locator('.tl-filters').isVisible()).toBe(true);
    const options = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const slug = options[1]!;
    await select.selectOption(slug);
    expect(new URL(page.url()).searchParams.get('department')).toBe(slug);
    const shown = await page
      .locator('a.mk:not(.dim)')
      .evaluateAll((as) => as.map((a) => (a as SVGAElement).dataset.d!.split(' ')));
    expect(shown.length).toBeGreaterThan(0);
    for (const d of shown) expect(d).toContain('0');
    const visibleRows = await page.locator('tr[data-n]:visible').count();
    expect(visibleRows).toBe(shown.length);

    // The same URL opened afresh shows the same filtered view.
    const again = await open(`timeline/?department=${slug}`);
    await expect.poll(() => again.locator('a.mk:not(.dim)').count()).toBe(shown.length);
    expect(await again.locator('select[name="department"]').inputValue()).toBe(slug);
    await page.context().close();
    await again.context().close();
  });

  it('filters the timeline by indicator from the URL', async () => {
    const first = await open('timeline/');
    const slug = await first
      .locator('select[name="indicator"] option')
      .nth(1)
      .getAttribute('value');
    const n = await first.locator('select[name="indicator"] option').nth(1).getAttribute('data-i');
    await first.context().close();
    const page = await open(`timeline/?indicator=${slug}`);
    await expect.poll(() => page.locator('select[name="indicator"]').inputValue()).toBe(slug);
    const shown = await page
      .locator('a.mk:not(.dim)')
      .evaluateAll((as) => as.map((a) => (a as SVGAElement).dataset.i));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([n]));
    await page.context().close();
  });

  it('shows title and units on keyboard focus and moves between marks with arrow keys', async () => {
    const page = await open('timeline/');
    const marks = page.locator('a.mk');
    await marks.first().focus();
    const tip = page.locator('.tl-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const n = await marks.first().getAttribute('data-n');
    const title = await page.locator(`tr[data-n="${n}"] [data-c="title"]`).innerText();
    expect(await tip.innerText()).toContain(title.trim());
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.id);
    expect(focused).toBe(await marks.nth(1).getAttribute('id'));
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/items\/\d+\/$/);
    await page.context().close();
  });

  it('shows the tip on hover, with the units the table lists', async () => {
    const page = await open('timeline/', { width: 390 });
    const [n, units] = await page.locator('tr[data-n]').evaluateAll((trs) => {
      const tr = trs.find((t) => t.querySelector('[data-c="responsible"]')!.textContent!.trim());
      return [
        tr!.getAttribute('data-n')!,
        tr!.querySelector('[data-c="responsible"]')!.textContent!,
      ];
    });
    await page.locator(`#item-${n}`).hover();
    const tip = page.locator('.tl-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain(units.trim());
    const box = await tip.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.context().close();
  });

  it('reaches the timeline filters and marks with Tab alone', async () => {
    const page = await open('timeline/');
    await expect.poll(() => page.locator('.tl-filters').isVisible()).toBe(true);
    const seen = new Set<string>();
    for (let i = 0; i < 60 && !seen.has('mark'); i++) {
      await page.keyboard.press('Tab');
      const what = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return '';
        if (el.matches('select[name="department"]')) return 'department';
        if (el.matches('select[name="indicator"]')) return 'indicator';
        if (el.matches('a.mk')) return 'mark';
        return '';
      });
      if (what) seen.add(what);
    }
    expect([...seen]).toEqual(['department', 'indicator', 'mark']);
    await page.context().close();
  });

  it('orders matrix rows by total from the keyboard and keeps the order in the URL', async () => {
    const page = await open('matrix/');
    await expect.poll(() => page.locator('.mx-order').isVisible()).toBe(true);
    await page.locator('input[value="name"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(new URL(page.url()).searchParams.get('order')).toBe('total');
    const rows = await page.locator('.mx-body g.r').evaluateAll((gs) =>
      gs.map((g) => ({
        y: Number(/translate\(0,([\d.]+)\)/.exec(g.getAttribute('transform')!)![1]),
        total: Number(g.lastElementChild!.lastChild!.textContent),
      })),
    );
    const totals = rows.sort((a, b) => a.y - b.y).map((r) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const tableFirst = page.locator('tbody[data-rows] tr').first().locator('td').first();
    expect(Number(await tableFirst.innerText())).toBe(totals[0]);

    const again = await open('matrix/?order=similar');
    await expect.poll(() => again.locator('input[value="similar"]').isChecked()).toBe(true);
    // The shared URL's order is applied on load: the table starts with the first row by similarity.
    const firstRank = () => again.locator('tbody[data-rows] tr').first().getAttribute('data-o');
    await expect.poll(async () => (await firstRank())?.split(' ')[2]).toBe('0');
    await page.context().close();
    await again.context().close();
  });

  it('keeps matrix row labels in view when the body scrolls sideways on a phone', async () => {
    const page = await open('matrix/', { width: 390 });
    const scroller = page.locator('.mx-scroll');
    const before = await page.locator('.mx-labels').boundingBox();
    await scroller.evaluate((el) => el.scrollBy(400, 300));
    const after = await page.locator('.mx-labels').boundingBox();
    const head = await page.locator('.mx-head').boundingBox();
    const box = await scroller.boundingBox();
    expect(after!.x).toBeCloseTo(before!.x, 0);
    expect(head!.y).toBeCloseTo(box!.y + 1, 0);
    await page.context().close();
  });
});

describe('layout stability', () => {
  /**
   * Opens a page at a phone viewport (Lighthouse's mobile size) and returns the sum of the
   * layout shifts not caused by input, once the page has loaded (its module scripts have run)
   * and two more frames have been painted.
   */
  async function layoutShift(path: string): Promise<number> {
    const context = await browser().newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: { value: number; input: boolean }[] };
      w.shifts = [];
      type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
      const record = (entries: PerformanceEntryList) => {
        for (const e of entries as Shift[])
          w.shifts.push({ value: e.value, input: e.hadRecentInput });
      };
      const observer = new PerformanceObserver((list) => record(list.getEntries()));
      observer.observe({ type: 'layout-shift', buffered: true });
      addEventListener('load', () => {
        (w as unknown as { flush: () => void }).flush = () => record(observer.takeRecords());
      });
    });
    await page.goto(new URL(path, sites.root!().url).href, { waitUntil: 'load' });
    const shifts = await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const w = window as unknown as {
        shifts: { value: number; input: boolean }[];
        flush: () => void;
      };
      w.flush();
      return w.shifts;
    });
    await context.close();
    return shifts.filter((s) => !s.input).reduce((sum, s) => sum + s.value, 0);
  }

  it('moves nothing on a phone when the scripts show the timeline filters and the matrix order', async () => {
    for (const path of [`${SEED_PLAN}timeline/`, `${SEED_PLAN}matrix/`]) {
      expect(await layoutShift(path), path).toBeLessThan(0.01);
    }
  });
});

describe('page weight', () => {
  /** HTML plus the CSS and scripts it loads (and their imports), gzip-compressed. */
  function firstLoad(dir: string, path: string): number {
    const seen = new Set<string>();
    let total = 0;
    const add = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const body = readFileSync(join(dir, file));
      total += gzipSync(body, { level: 9 }).length;
      const text = body.toString('utf8');
      const refs = [
        ...text.matchAll(/(?:src|href)="\/(_astro\/[^"]+\.(?:js|css))"/g),
        ...text.matchAll(/from\s*"\.\/([^"]+\.js)"/g),
        ...text.matchAll(/import\s*"\.\/([^"]+\.js)"/g),
      ].map((m) => (m[1]!.startsWith('_astro/') ? m[1]! : `_astro/${m[1]!}`));
      refs.forEach(add);
    };
    add(`${path}index.html`);
    return total;
  }

  it('keeps the timeline and the matrix within 60 KB compressed on first load', () => {
    for (const path of [`${SEED_PLAN}timeline/`, `${SEED_PLAN}matrix/`]) {
      const bytes = firstLoad(ROOT_BUILD, path);
      expect(bytes, path).toBeGreaterThan(1000);
      expect(bytes, path).toBeLessThanOrEqual(60 * 1024);
    }
  });

  it('adds no inline script, event handler or style attribute of its own (a CSP forbids them)', () => {
    const inline = (html: string) =>
      [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    // The layout's own inline scripts (allowed by hash) are on every page, the home page included.
    const layout = new Set(inline(readFileSync(join(ROOT_BUILD, 'index.html'), 'utf8')));
    for (const path of [`${SEED_PLAN}timeline/`, `${SEED_PLAN}matrix/`]) {
      const html = readFileSync(join(ROOT_BUILD, path, 'index.html'), 'utf8');
      expect(html, path).toMatch(/<script\b[^>]*\bsrc="[^"]*_astro\/[^"]+\.js"/);
      for (const body of inline(html)) expect(layout.has(body), path).toBe(true);
      expect(html).not.toMatch(/\son[a-z]+="/);
      expect(html).not.toMatch(/\sstyle="/);
    }
  });
});
