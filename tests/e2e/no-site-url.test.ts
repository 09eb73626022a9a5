/**
 * The default build, without SITE_URL (.e2e/nosite): nothing that needs the site's address is
 * written with a site path in its place. No canonical link or og:url, no sitemap (robots.txt, if
 * any, names none), no URL in the CSV or the calendars that poses as a full one; citations and the
 * calendar hints say what to add instead; the build says so in one line. With SITE_URL (.e2e/root)
 * the 404 page still has no canonical: its path is no page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { readCalendar } from '../unit/exports/calendar.ts';
import { useBrowser, useSite } from './support/hooks.ts';
import { builtBase } from '../../scripts/preview.ts';
import { NO_SITE_BUILD, NO_SITE_LOG, ROOT_BUILD, SUB_BASE, SUB_BUILD } from './support/sites.ts';

/** Every file under `dir` whose name ends with `suffix`, as paths below `dir` with "/" separators. */
function filesUnder(dir: string, suffix: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(suffix))
    .map((f) => relative(dir, join(dir, f)).split(sep).join('/'))
    .sort();
}

const html = (path: string) => readFileSync(join(NO_SITE_BUILD, path), 'utf8');
const pages = filesUnder(NO_SITE_BUILD, '.html');
const itemPage = pages.find((p) =>
  /(^|\/)[a-z0-9-]+\/[a-z0-9-]+\/items\/\d+\/index\.html$/.test(p),
)!;
const departmentPage = pages.find((p) =>
  /(^|\/)[a-z0-9-]+\/[a-z0-9-]+\/departments\/[^/]+\/index\.html$/.test(p),
)!;

describe('a build without SITE_URL', () => {
  test('has no canonical link and no og:url on any page', () => {
    expect(pages.length).toBeGreaterThan(100);
    const offending = pages.filter((p) => /rel="canonical"|property="og:url"/.test(html(p)));
    expect(offending).toEqual([]);
  });

  test('writes no sitemap, and no robots.txt pointing at one', () => {
    expect(filesUnder(NO_SITE_BUILD, 'sitemap.xml')).toEqual([]);
    for (const robots of filesUnder(NO_SITE_BUILD, 'robots.txt'))
      expect(readFileSync(join(NO_SITE_BUILD, robots), 'utf8')).not.toMatch(/sitemap/i);
  });

  test('the build prints one line saying SITE_URL is not set and what that leaves out', () => {
    const lines = readFileSync(NO_SITE_LOG, 'utf8')
      .split('\n')
      .filter((l) => l.includes('SITE_URL'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/SITE_URL is not set.*canonical.*sitemap/);
  });

  test('items.csv and the calendars hold no URL: page paths are written as paths of this site', () => {
    const csvs = filesUnder(NO_SITE_BUILD, 'items.csv');
    expect(csvs.length).toBeGreaterThan(1); // the library's and each plan's
    for (const csv of csvs) {
      const text = readFileSync(join(NO_SITE_BUILD, csv), 'utf8');
      expect(text, csv).not.toMatch(/https?:\/\//);
      const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
      for (const row of rows) expect(row['网址'], csv).toMatch(/^\/.*items\/\d+\/$/);
    }
    for (const ics of filesUnder(NO_SITE_BUILD, '.ics')) {
      const { events } = readCalendar(readFileSync(join(NO_SITE_BUILD, ics), 'utf8'));
      for (const event of events) {
        expect(event.url, ics).toBeNull();
        expect(event.description.split('\n').at(-1), ics).toMatch(
          /^事项页面：本站的 \/.*items\/\d+\/$/,
        );
      }
    }
  });

  test('the calendar hint says how to get the full URL instead of printing a path', () => {
    const page = html(departmentPage);
    expect(page).toContain('复制链接地址');
    expect(page).not.toMatch(/<code[^>]*>\/[^<]*\.ics<\/code>/);
  });

  describe('the citation on an item page', () => {
    const browser = useBrowser();
    const site = useSite(NO_SITE_BUILD, '/');

    test('without scripts asks for the page URL; with them, ends with it', async () => {
      const path = itemPage.replace(/index\.html$/, '');
      expect(html(itemPage)).toContain('〔本页网址〕');
      const page = await browser().newPage();
      try {
        await page.goto(site().url + path);
        const text = (await page.locator('[data-citation-text]').textContent())!.trim();
        expect(text.endsWith(`${site().url}${path}`)).toBe(true);
        expect(text).not.toContain('〔本页网址〕');
        await expect(page.locator('[data-citation-hint]').count()).resolves.toBe(0);
      } finally {
        await page.close();
      }
    });
  });
});

test('with SITE_URL, the 404 page has no canonical link (its path is no page)', () => {
  const notFound = readFileSync(join(ROOT_BUILD, '404.html'), 'utf8');
  expect(existsSync(join(ROOT_BUILD, 'sitemap.xml'))).toBe(true);
  expect(notFound).not.toMatch(/rel="canonical"|property="og:url"/);
  expect(notFound).toContain('name="robots" content="noindex"');
});

test('npm run preview finds the base each build was made for', () => {
  expect(builtBase(readFileSync(join(SUB_BUILD, 'index.html'), 'utf8'))).toBe(SUB_BASE);
  expect(builtBase(readFileSync(join(NO_SITE_BUILD, 'index.html'), 'utf8'))).toBe('/');
});
