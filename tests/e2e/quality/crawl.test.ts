/**
 * A link checker over the whole built site, at "/" and under the sub-folder base: from the home
 * page (and robots.txt and the sitemap), every link, asset and stylesheet url() resolves (status 200,
 * #fragments exist), no asset comes from another host, every page is linked from some page, and no page carries markup the
 * Content-Security-Policy would refuse. Every built page belongs to a page type that the browser
 * tests (a11y, runtime, budget) cover.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile, serveStatic, type StaticSite } from '../support/server.ts';
import { ROOT_BUILD, SUB_BASE, SUB_BUILD } from '../support/sites.ts';
import { crawl, scriptHashesOf, type CrawlReport } from '../support/link-check.ts';
import { htmlFiles, pageTypeOf } from '../support/pages.ts';

/** SITE_URL of the e2e builds (tests/e2e/global-setup.ts): canonical links point there. */
const SITE_URL = 'https://example.org';

describe.each([
  ['/', ROOT_BUILD],
  [SUB_BASE, SUB_BUILD],
])('crawl under base %s', (base, dir) => {
  let site: StaticSite;
  let report: CrawlReport;
  beforeAll(async () => {
    site = await serveStatic(dir, base);
    // robots.txt and the sitemap exist when SITE_URL is set (it is, for the e2e builds).
    const alsoStart = ['robots.txt', 'sitemap.xml'].filter((file) => existsSync(join(dir, file)));
    const policy = headersFor(parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')), '/');
    const scriptHashes = scriptHashesOf(policy['content-security-policy'] ?? '');
    report = await crawl(site.url, { siteUrl: SITE_URL, alsoStart, scriptHashes });
  });
  afterAll(async () => {
    await site?.close();
  });

  test('no broken link or asset, no off-site asset, no markup the CSP refuses', () => {
    expect(report.problems.map((p) => `${p.why}: ${p.what} (on ${p.from})`)).toEqual([]);
  });

  test('every built page is linked from another page', () => {
    const reached = new Set([...report.linked].map((url) => url.slice(site.url.length)));
    // The first release's URLs are kept for old links and bookmarks; nothing on the site links them.
    const orphans = htmlFiles(dir)
      .filter((file) => file !== '404.html' && pageTypeOf(file) !== 'first-release redirect')
      .map((file) => file.replace(/index\.html$/, ''))
      .filter((path) => !reached.has(path));
    expect(orphans).toEqual([]);
  });
});

describe.each([
  ['/', ROOT_BUILD],
  [SUB_BASE, SUB_BUILD],
])('first-release URLs under base %s', (base, dir) => {
  test('each sends the reader to the same page of /zhengzhou/2020/, which exists', () => {
    const redirects = htmlFiles(dir).filter((f) => pageTypeOf(f) === 'first-release redirect');
    // items, indicators, departments and the five single pages of the first release.
    expect(redirects.length).toBeGreaterThan(100);
    for (const file of redirects) {
      const html = readFileSync(join(dir, file), 'utf8');
      const to = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
      const path = file.replace(/index\.html$/, '');
      expect(to, file).toBe(`${base}zhengzhou/2020/${path}`);
      expect(existsSync(join(dir, 'zhengzhou/2020', path, 'index.html')), file).toBe(true);
    }
  });
});

test('every built page belongs to a page type the browser tests load', () => {
  const untyped = htmlFiles(ROOT_BUILD).filter((file) => pageTypeOf(file) === undefined);
  expect(untyped).toEqual([]);
});
