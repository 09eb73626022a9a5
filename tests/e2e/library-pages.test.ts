/**
 * The library's own pages, read from the built site (.e2e/root) and in Chromium: the home page's
 * figures and ways in, place pages, a department across its place's plans with its calendar, each
 * plan's source page (numbered, anchored lines; the seed byte for byte), every "第…行" on the site
 * linked to those lines, and the library-wide downloads. Expectations come from the seeds and the
 * ingest (`ingest --json`), never from the pages under test.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { readCalendar } from '../unit/exports/calendar.ts';
import { useBrowser, useSite } from './support/hooks.ts';
import { htmlFiles } from './support/pages.ts';
import { ROOT_BUILD, SUB_BASE, SUB_BUILD } from './support/sites.ts';

interface SeedPlan {
  place: string;
  id: string;
  file: string;
  model: {
    plan: { place: { slug: string; name: string }; id: string; title: string };
    items: { number: number; source: { line: number } }[];
    departments: { name: string; slug: string }[];
  };
}

/** Every seed of the project, read by the ingest as the contract's `--json` call does. */
function seedPlans(): SeedPlan[] {
  const out: SeedPlan[] = [];
  for (const place of readdirSync('seeds', { withFileTypes: true })) {
    if (!place.isDirectory()) continue;
    for (const name of readdirSync(join('seeds', place.name))) {
      if (!name.endsWith('.txt')) continue;
      const file = join('seeds', place.name, name);
      const json = execFileSync(process.execPath, ['scripts/ingest/cli.ts', '--json', file], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      out.push({
        place: place.name,
        id: name.replace(/\.txt$/, ''),
        file,
        model: JSON.parse(json),
      });
    }
  }
  return out;
}

const plans = seedPlans();
const places = [...new Set(plans.map((p) => p.place))];
const read = (path: string) => readFileSync(join(ROOT_BUILD, path), 'utf8');
const browser = useBrowser();
const root = useSite(ROOT_BUILD, '/');

describe('home', () => {
  const html = read('index.html');

  test('says how many places, plans and items the library holds', () => {
    const items = plans.reduce((n, p) => n + p.model.items.length, 0);
    const figures = /<ul class="figures"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    const text = figures.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain(`${places.length} 个地方`);
    expect(text).toContain(`${plans.length} 份计划`);
    expect(text).toContain(`${items} 项工作`);
  });

  test('links every place, and the place with most plans from its series box', () => {
    for (const place of places) expect(html).toContain(`href="/${place}/"`);
    const most = Math.max(...places.map((p) => plans.filter((x) => x.place === p).length));
    const series = /<section[^>]*class="[^"]*series[^"]*"[\s\S]*?<\/section>/.exec(html)?.[0];
    if (most > 1) {
      const place = /href="\/([^/"]+)\/"/.exec(series ?? '')?.[1];
      expect(plans.filter((x) => x.place === place)).toHaveLength(most);
    } else expect(series).toBeUndefined();
  });

  test('from the keyboard: the search box sends the query to /search/', async () => {
    const page = await browser().newPage();
    try {
      await page.goto(root().url);
      const box = page.getByRole('main').getByRole('searchbox');
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if (await box.evaluate((el) => el === document.activeElement)) break;
      }
      await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('营业执照');
      await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
      expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=营业执照');
    } finally {
      await page.close();
    }
  });
});

describe('place pages', () => {
  test.each(places)('/%s/ lists its plans in time order and links its departments', (place) => {
    const html = read(`${place}/index.html`);
    const ids = plans.filter((p) => p.place === place).map((p) => p.id);
    const order = ids.map((id) => html.indexOf(`href="/${place}/${id}/"`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...ids].sort()).toEqual(ids.filter((_, k) => order[k]! >= 0).sort());
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).toMatch(new RegExp(`href="/${place}/departments/[a-z0-9-]+/"`));
  });
});

test('from the keyboard: a place page leads to a department across its plans', async () => {
  const place = places[0]!;
  const page = await browser().newPage();
  try {
    await page.goto(`${root().url}${place}/`);
    const isDepartmentLink = () =>
      page.evaluate(
        (p) =>
          document.activeElement instanceof HTMLAnchorElement &&
          new URL(document.activeElement.href).pathname.startsWith(`/${p}/departments/`),
        place,
      );
    let reached = false;
    for (let i = 0; i < 200 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await isDepartmentLink();
    }
    expect(reached).toBe(true);
    await Promise.all([
      page.waitForURL(new RegExp(`/${place}/departments/[a-z0-9-]+/$`)),
      page.keyboard.press('Enter'),
    ]);
    await expect(page.locator('h1').textContent()).resolves.toContain('各份计划中的任务');
  } finally {
    await page.close();
  }
});

describe('a department across its place', () => {
  const place = places.find((p) => plans.filter((x) => x.place === p).length > 0)!;
  const plan = plans.find((p) => p.place === place)!;
  const department = plan.model.departments[0]!;
  const path = `${place}/departments/${department.slug}/`;

  test('has a page naming it and the plans it appears in, linked to its page in each plan', () => {
    const html = read(`${path}index.html`);
    expect(html).toContain(department.name);
    for (const p of plans.filter(
      (x) => x.place === place && x.model.departments.some((d) => d.slug === department.slug),
    ))
      expect(html).toContain(`href="/${place}/${p.id}/`);
  });

  test('one calendar across the plans, each UID once; every UID of the site names one item', () => {
    const own = readCalendar(read(`${place}/departments/${department.slug}.ics`));
    const uids = own.events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    // Every calendar of the build: a UID always stands for the same item page.
    const files = readdirSync(ROOT_BUILD, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ics'),
    );
    const itemOf = new Map<string, string>();
    for (const file of files) {
      for (const e of readCalendar(read(file)).events) {
        const item = /\/[^/\s]+\/[^/\s]+\/items\/\d+\//.exec(e.description)?.[0] ?? e.description;
        expect(itemOf.get(e.uid) ?? item, `${file}: ${e.uid}`).toBe(item);
        itemOf.set(e.uid, item);
      }
    }
    expect(itemOf.size).toBeGreaterThan(0);
  });
});

describe('source pages', () => {
  test.each(plans.map((p) => [`${p.place}/${p.id}`, p] as const))(
    '%s: every line numbered and anchored as the seed has it; items linked from their line',
    (_key, plan) => {
      const seed = readFileSync(plan.file);
      expect(readFileSync(join(ROOT_BUILD, plan.place, plan.id, 'source.txt')).equals(seed)).toBe(
        true,
      );
      const lines = seed
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r\n|\r|\n/);
      if (lines.at(-1) === '') lines.pop();
      const html = read(`${plan.place}/${plan.id}/source/index.html`);
      const ids = [...html.matchAll(/<li id="L(\d+)"/g)].map((m) => Number(m[1]));
      expect(ids).toEqual(lines.map((_, i) => i + 1));
      for (const item of plan.model.items) {
        const li = new RegExp(`<li id="L${item.source.line}"[\\s\\S]*?</li>`).exec(html)?.[0];
        expect(li, `item ${item.number}`).toContain(
          `href="/${plan.place}/${plan.id}/items/${item.number}/"`,
        );
      }
    },
  );

  test('opening a line’s link scrolls to that line and marks it', async () => {
    // The last item's line: far down the page, below lines not yet laid out (content-visibility).
    const plan = plans[0]!;
    const line = plan.model.items.at(-1)!.source.line;
    const page = await browser().newPage({ viewport: { width: 800, height: 600 } });
    try {
      await page.goto(`${root().url}${plan.place}/${plan.id}/source/#L${line}`);
      const target = page.locator(`#L${line}`);
      await expect.poll(() => target.evaluate((el) => el.matches(':target'))).toBe(true);
      // Still there once the lines around it are laid out.
      await page.waitForTimeout(300);
      const box = await target.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(600);
    } finally {
      await page.close();
    }
  });
});

test('every "第…行" on the site links to those lines of its plan’s source page', () => {
  const problems: string[] = [];
  let found = 0;
  for (const file of htmlFiles(ROOT_BUILD)) {
    const html = readFileSync(join(ROOT_BUILD, file), 'utf8');
    const body = html.replace(/<head>[\s\S]*?<\/head>/, '');
    // A line reference: 第12行, 第 12–14 行; either the words of a link, or not a reference.
    for (const m of body.matchAll(/第\s*(\d+)(?:\s*[–-]\s*\d+)?\s*行/g)) {
      found++;
      const before = body.slice(0, m.index);
      const open = before.lastIndexOf('<a ');
      const close = before.lastIndexOf('</a>');
      const href = open > close ? /href="([^"]*)"/.exec(before.slice(open))?.[1] : undefined;
      const ok =
        href !== undefined && (href === `#L${m[1]}` || new RegExp(`/source/#L${m[1]}$`).test(href));
      if (!ok) problems.push(`${file}: “${m[0]}” ${href ? `links ${href}` : 'is not a link'}`);
    }
  }
  expect(found).toBeGreaterThan(0);
  expect(problems.slice(0, 20)).toEqual([]);
});

describe('library downloads', () => {
  test('library.json lists every place and plan with its plan.json', async () => {
    const json = JSON.parse(read('data/library.json')) as {
      places: { slug: string; plans: string[] }[];
      plans: { place: string; id: string; items: number; planJson: string }[];
    };
    expect(json.places.map((p) => p.slug).sort()).toEqual([...places].sort());
    expect(json.plans).toHaveLength(plans.length);
    for (const p of plans) {
      const entry = json.plans.find((x) => x.place === p.place && x.id === p.id)!;
      expect(entry.items).toBe(p.model.items.length);
      const response = await fetch(entry.planJson.replace('https://example.org/', root().url));
      expect(response.status, entry.planJson).toBe(200);
    }
  });

  test('items.csv: BOM, place and plan first, one row per item of every plan', () => {
    const text = read('data/items.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    // Chinese headers, as each plan's items.csv has them.
    expect(Object.keys(rows[0]!).slice(0, 2)).toEqual(['地方', '计划']);
    for (const p of plans)
      expect(rows.filter((r) => r['地方'] === p.place && r['计划'] === p.id)).toHaveLength(
        p.model.items.length,
      );
  });

  test('under a sub-folder the source download and line links keep the base', () => {
    const plan = plans[0]!;
    const html = readFileSync(
      join(
        SUB_BUILD,
        plan.place,
        plan.id,
        'items',
        String(plan.model.items[0]!.number),
        'index.html',
      ),
      'utf8',
    );
    expect(html).toContain(`href="${SUB_BASE}${plan.place}/${plan.id}/source/#L`);
  });
});
