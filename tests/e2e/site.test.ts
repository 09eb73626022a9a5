/**
 * The site issue's browser tests, in Chromium against the two builds (root and sub-folder base):
 * navigation, Chinese search, the department filter, keyboard-only use, script errors, link crawl,
 * themes, and the first-load byte budgets.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, useSite } from './support/hooks.ts';
import { crawl } from './support/crawl.ts';
import { itemsOfDepartment, seedModel } from './support/model.ts';
import { ROOT_BUILD, SEED_PLAN, SUB_BASE, SUB_BUILD } from './support/sites.ts';
import { palettes } from '../unit/support/palette.ts';

const browser = useBrowser();
const root = useSite(ROOT_BUILD, '/');
const sub = useSite(SUB_BUILD, SUB_BASE);

/** A fresh page that records uncaught errors and console errors. */
async function openPage(width = 1280): Promise<{ page: Page; errors: string[] }> {
  const context = await browser().newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${page.url()})`);
  });
  return { page, errors };
}

/** Waits until the first page of search results is shown (the status line then says how many). */
async function firstResults(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    /找到 \d+ 项|没有找到|失败/.test(
      document.querySelector('[data-search-status]')?.textContent ?? '',
    ),
  );
}

/**
 * All search results, after pressing "more" until every result is shown; `numbers` are the item
 * numbers of the results in the seed's plan (the library's search finds every plan's items).
 */
async function allResults(page: Page): Promise<{ numbers: number[]; hrefs: string[] }> {
  await firstResults(page);
  const more = page.locator('[data-search-more]');
  for (let i = 0; i < 100 && (await more.isVisible()); i++) {
    const before = await page.locator('[data-search-results] li').count();
    await more.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-search-results] li').length > n,
      before,
    );
  }
  const hrefs = await page
    .locator('[data-search-results] li a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  const numbers = hrefs
    .filter((h) => h.includes(`/${SEED_PLAN}items/`))
    .map((h) => Number(/\/items\/(\d+)\/$/.exec(h)?.[1] ?? NaN));
  return { numbers, hrefs };
}

/**
 * /timeline/, /matrix/ and /data/ are built by other issues (charts, data). Until their pages are in
 * this tree, links into them cannot resolve; once src/pages holds them, they are crawled like the rest.
 */
function pendingSection(sitePath: string): boolean {
  const section = /^(timeline|matrix|data)\//.exec(sitePath)?.[1];
  return (
    section !== undefined &&
    !existsSync(`src/pages/${section}`) &&
    !existsSync(`src/pages/${section}.astro`)
  );
}

const itemText = (i: ReturnType<typeof seedModel>['items'][number]) =>
  [i.title, i.text, ...i.leadUnits, ...i.responsibleUnits, ...i.subitems.map((s) => s.text)].join(
    '\n',
  );

describe.each([
  ['root', root],
  ['sub-folder', sub],
])('site at %s', (_name, site) => {
  test('home leads to an item through its indicator, and to a department', async () => {
    const model = seedModel();
    const { page, errors } = await openPage();
    await page.goto(site().url + SEED_PLAN);
    await page.getByRole('link', { name: '按评价指标' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('评价指标');
    const first = model.indicators[0]!;
    await page.getByRole('link', { name: first.title, exact: true }).first().click();
    await expect.poll(() => page.locator('h1').textContent()).toContain(first.title);
    const item = model.items.find((i) => i.number === first.items[0])!;
    await page.getByRole('link', { name: item.title, exact: true }).first().click();
    expect(new URL(page.url()).pathname).toBe(
      `${new URL(site().url).pathname}${SEED_PLAN}items/${item.number}/`,
    );
    expect(await page.locator('h1').textContent()).toBe(item.title);

    await page.goto(site().url + SEED_PLAN);
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '部门' })
      .click();
    const dept = model.departments.find((d) => d.name === '市税务局')!;
    await page.getByRole('link', { name: dept.name, exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(
      `${new URL(site().url).pathname}${SEED_PLAN}departments/${dept.slug}/`,
    );
    expect(await page.locator('h1').textContent()).toContain(dept.name);
    expect(errors).toEqual([]);
  });

  test.each(['电子营业执照', '出口退税', '郑州航空港区'])(
    'searching %s finds every item that says it',
    async (q) => {
      const model = seedModel();
      const expected = model.items.filter((i) => itemText(i).includes(q)).map((i) => i.number);
      expect(expected.length).toBeGreaterThan(0);
      const { page, errors } = await openPage();
      await page.goto(`${site().url}search/?q=${encodeURIComponent(q)}`);
      const { numbers, hrefs } = await allResults(page);
      expect(numbers).toEqual(expect.arrayContaining(expected));
      for (const h of hrefs) expect(h.startsWith(new URL(site().url).pathname)).toBe(true);
      // A result opens its item page under the base.
      await page.locator('[data-search-results] li a').first().click();
      await page.waitForURL(/\/items\/\d+\/$/);
      expect(await page.locator('article h1').count()).toBe(1);
      expect(errors).toEqual([]);
    },
  );

  test('the department filter finds every item of 市税务局, and the URL keeps it', async () => {
    const model = seedModel();
    const expected = itemsOfDepartment(model, '市税务局')
      .map((i) => i.number)
      .sort((a, b) => a - b);
    const { page, errors } = await openPage();
    // The library holds several places: a department is named with its place. With many
    // departments the page lists none up front; a reader picks one from the suggestions (see
    // search-quality.test.ts) or opens a shared URL, as here.
    const value = '郑州市 · 市税务局';
    await page.goto(`${site().url}search/?department=${encodeURIComponent(value)}`);
    const { numbers } = await allResults(page);
    expect([...numbers].sort((a, b) => a - b)).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('department')).toBe(value);
    // The select shows the chosen department, and the shared URL restores the same search.
    expect(await page.inputValue('#f-department')).toBe(value);
    await page.goto(page.url());
    expect(await page.inputValue('#f-department')).toBe(value);
    expect((await allResults(page)).numbers.length).toBe(expected.length);
    expect(errors).toEqual([]);
  });

  test('the deadline filter finds every item due in the month most items share', async () => {
    const model = seedModel();
    const months = new Map<string, number[]>();
    for (const i of model.items) {
      if (i.deadline.kind !== 'month') continue;
      const label = `${i.deadline.year}年${i.deadline.month}月`;
      months.set(label, [...(months.get(label) ?? []), i.number]);
    }
    const [label, expected] = [...months].sort((a, b) => b[1].length - a[1].length)[0]!;
    const { page, errors } = await openPage();
    await page.goto(`${site().url}search/`);
    // The filters fold away until asked for.
    await page.locator('details.search-filters > summary').click();
    await page.selectOption('#f-deadline', label);
    const { numbers } = await allResults(page);
    expect([...numbers].sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    expect(errors).toEqual([]);
  });

  // Item pages repeat a role label (责任单位, 完成时限) and links to the timeline on every item; they
  // are kept out of the index, so searching them finds the items whose own text says them, not all.
  test.each(['完成时限', '责任单位', '在时间线上查看'])(
    'searching %s, which every item page shows, finds only items that say it',
    async (q) => {
      const model = seedModel();
      const expected = model.items.filter((i) => itemText(i).includes(q)).map((i) => i.number);
      const { page, errors } = await openPage();
      await page.goto(`${site().url}search/?q=${encodeURIComponent(q)}`);
      const { numbers } = await allResults(page);
      expect(numbers).toEqual(expect.arrayContaining(expected));
      expect(numbers.length).toBeLessThan(model.items.length / 2);
      expect(errors).toEqual([]);
    },
  );

  test('a crawl from the home page finds no broken link', async () => {
    const result = await crawl(site().url);
    const base = new URL(site().url).pathname;
    const model = seedModel();
    // Every item, indicator and department page is reachable by links.
    const plan = site().url + SEED_PLAN;
    for (const i of model.items) expect(result.pages).toContain(`${plan}items/${i.number}/`);
    for (const d of model.departments)
      expect(result.pages).toContain(`${plan}departments/${d.slug}/`);
    for (const i of model.indicators)
      expect(result.pages).toContain(`${plan}indicators/${i.slug}/`);
    const broken = result.broken.filter(
      (b) => !pendingSection(new URL(b.url).pathname.slice(base.length)),
    );
    expect(broken).toEqual([]);
    // Only the canonical links point outside: to SITE_URL, as the e2e builds set it.
    expect(result.outside.filter((o) => !o.url.startsWith(`https://example.org${base}`))).toEqual(
      [],
    );
  });

  test('sitemap.xml lists every page under the base, each of which exists; robots.txt names it', async () => {
    const base = new URL(site().url).pathname;
    const xml = await (await fetch(`${site().url}sitemap.xml`)).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(seedModel().items.length);
    for (const loc of locs) {
      expect(loc.startsWith(`https://example.org${base}`)).toBe(true);
      const path = loc.slice(`https://example.org${base}`.length);
      if (pendingSection(path)) continue;
      expect((await fetch(site().url + path)).status, loc).toBe(200);
    }
    const robots = await (await fetch(`${site().url}robots.txt`)).text();
    expect(robots).toContain(`Sitemap: https://example.org${base}sitemap.xml`);
  });
});

describe('keyboard and scripts', () => {
  test('keyboard only: skip link, header search, a result, and the department filter', async () => {
    const { page, errors } = await openPage();
    await page.goto(root().url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.goto(root().url);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site name
    await page.keyboard.press('Tab'); // search box
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-q');
    await page.keyboard.type('出口退税');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await allResults(page);
    // Tab from the status line reaches the first result.
    await page.locator('[data-search-status]').evaluate((el) => {
      (el as HTMLElement).tabIndex = -1;
      (el as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toMatch(/\/items\/\d+\/$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/items\/\d+\/$/);

    await page.goto(`${root().url}${SEED_PLAN}departments/`);
    await page.locator('#dept-filter').focus();
    await page.keyboard.type('税务');
    const visible = await page.locator('.dept-list li:visible a').allTextContents();
    expect(visible.length).toBeGreaterThan(0);
    for (const name of visible) expect(name).toContain('税务');
    expect(errors).toEqual([]);
  });

  test('focus is visible on links and form fields', async () => {
    const { page } = await openPage();
    await page.goto(root().url);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).not.toBe('none');
  });

  test('no page throws or logs an error, at either base', async () => {
    const model = seedModel();
    const paths = [
      '',
      SEED_PLAN,
      `${SEED_PLAN}notice/`,
      `${SEED_PLAN}indicators/`,
      `${SEED_PLAN}indicators/${model.indicators[0]!.slug}/`,
      `${SEED_PLAN}items/${model.items[0]!.number}/`,
      `${SEED_PLAN}departments/`,
      `${SEED_PLAN}departments/${model.departments[0]!.slug}/`,
      `search/?q=${encodeURIComponent('出口退税')}`,
      'about/',
      'no-such-page/',
    ];
    for (const site of [root(), sub()]) {
      const { page, errors } = await openPage(375);
      for (const p of paths) {
        await page.goto(site.url + p);
        if (p.startsWith('search/')) await allResults(page);
        if (p === 'no-such-page/') continue;
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${p} fits 375 px`).toBeLessThanOrEqual(375);
      }
      // The 404 page answers with status 404 (from the server); its own resources load fine.
      expect(errors.filter((e) => !/status of 404/.test(e) || !/no-such-page/.test(e))).toEqual([]);
    }
  });

  test('the theme toggle switches theme and the choice survives a reload', async () => {
    const { page } = await openPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(root().url);
    const toggle = page.locator('[data-theme-toggle]');
    // The button names what it does: 深色 on the light page, 浅色 once it is dark.
    expect(await toggle.innerText()).toBe('深色');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await toggle.innerText()).toBe('浅色');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.locator('[data-theme-toggle]').innerText()).toBe('浅色');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(18, 20, 23)');
  });
});

describe('themes', () => {
  const sitePalette = palettes('src/styles/global.css');
  const chartPalette = palettes('src/components/charts/chart.css', '--chart-');
  /** "#1b1f24" as getComputedStyle gives it: "rgb(27, 31, 36)". */
  const rgb = (hex: string) =>
    `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  const states = [
    { name: 'system light', system: 'light', saved: null, theme: 'light' },
    { name: 'system dark', system: 'dark', saved: null, theme: 'dark' },
    { name: 'light chosen under a dark system', system: 'dark', saved: 'light', theme: 'light' },
    { name: 'dark chosen under a light system', system: 'light', saved: 'dark', theme: 'dark' },
  ] as const;

  /** What the home page shows in a state: page and chart colours, and the form controls' scheme. */
  async function look(state: (typeof states)[number]) {
    const context = await browser().newContext({ colorScheme: state.system });
    // A choice saved by the toggle on an earlier visit, applied by theme-init.js before first paint.
    if (state.saved)
      await context.addInitScript((t) => localStorage.setItem('theme', t), state.saved);
    const page = await context.newPage();
    // A plan's home: it draws a chart.
    await page.goto(root().url + SEED_PLAN);
    const seen = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      // Form controls and scrollbars draw in the system colours of the used color-scheme.
      const probe = document.createElement('div');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      return {
        dataTheme: document.documentElement.dataset.theme ?? null,
        toggle: (document.querySelector('[data-theme-toggle]') as HTMLElement).innerText,
        body: [style('body').backgroundColor, style('body').color],
        chart: [style('.chart').backgroundColor, style('.chart').color, style('.chart .bar').fill],
        controls: getComputedStyle(probe).color,
      };
    });
    await context.close();
    return seen;
  }

  test.each(states.map((s) => [s.name, s.theme, s] as const))(
    '%s: page and chart in the %s colours',
    async (_name, _theme, state) => {
      const seen = await look(state);
      expect(seen.dataTheme).toBe(state.saved);
      expect(seen.toggle, 'the toggle names the other theme').toBe(
        state.theme === 'dark' ? '浅色' : '深色',
      );
      const s = sitePalette[state.theme];
      const c = chartPalette[state.theme];
      expect(seen.body).toEqual([rgb(s.bg!), rgb(s.fg!)]);
      expect(seen.chart).toEqual([rgb(c.bg!), rgb(c.fg!), rgb(c.lead!)]);
    },
  );

  test('form controls follow the theme shown, chosen or not', async () => {
    const controls = await Promise.all(states.map(async (s) => (await look(s)).controls));
    const [systemLight, systemDark, chosenLight, chosenDark] = controls;
    expect(systemDark).not.toBe(systemLight);
    expect(chosenLight, 'light chosen under a dark system').toBe(systemLight);
    expect(chosenDark, 'dark chosen under a light system').toBe(systemDark);
  });

  test('the shipped CSS needs no light-dark(): older browsers get both themes too', () => {
    const dir = `${ROOT_BUILD}/_astro`;
    const sheets = readdirSync(dir).filter((f) => f.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(0);
    for (const f of sheets) {
      expect(readFileSync(`${dir}/${f}`, 'utf8'), f).not.toContain('light-dark(');
    }
  });
});

describe('first-load weight', () => {
  /**
   * Bytes of HTML, CSS and script a first visit loads, each gzip-compressed (no web fonts allowed).
   * The search page with its first query is held to the budget in
   * tests/e2e/quality/page-load.test.ts.
   */
  async function firstLoad(url: string): Promise<{ bytes: number; fonts: number; urls: string[] }> {
    const { page } = await openPage();
    const bodies: Promise<number>[] = [];
    const urls: string[] = [];
    let fonts = 0;
    page.on('response', (res) => {
      if (res.request().resourceType() === 'font') fonts++;
      urls.push(res.url());
      bodies.push(
        res.body().then(
          (b) => Math.min(b.length, gzipSync(b, { level: 9 }).length),
          () => 0,
        ),
      );
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    return {
      bytes: (await Promise.all(bodies)).reduce((a, b) => a + b, 0),
      fonts,
      urls,
    };
  }

  test('an item, a department and an indicator page each load at most 20 KB compressed', async () => {
    const model = seedModel();
    const biggestDept = [...model.departments].sort(
      (a, b) => itemsOfDepartment(model, b.name).length - itemsOfDepartment(model, a.name).length,
    )[0]!;
    const longestItem = [...model.items].sort(
      (a, b) => itemText(b).length - itemText(a).length,
    )[0]!;
    const biggestIndicator = [...model.indicators].sort(
      (a, b) => b.items.length - a.items.length,
    )[0]!;
    for (const path of [
      `${SEED_PLAN}items/${longestItem.number}/`,
      `${SEED_PLAN}departments/${biggestDept.slug}/`,
      `${SEED_PLAN}indicators/${biggestIndicator.slug}/`,
    ]) {
      const { bytes, fonts } = await firstLoad(root().url + path);
      expect(fonts, path).toBe(0);
      expect(bytes, path).toBeLessThanOrEqual(20 * 1024);
    }
  });

  test('the search page loads no search code until there is a query', async () => {
    const { bytes, urls } = await firstLoad(`${root().url}search/`);
    expect(urls.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    expect(bytes).toBeLessThanOrEqual(20 * 1024);
  });
});
