/**
 * The crawler and the _headers reader on a small made-up site, so that a clean crawl of the real
 * site means something: each kind of fault planted here must be reported.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic, type StaticSite } from '../support/server.ts';
import { crawl, scriptHashesOf } from '../support/link-check.ts';

let dir: string;
let site: StaticSite;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crawler-'));
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'orphan'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><link rel="stylesheet" href="/f/s.css"><link rel="canonical" href="https://example.org/f/">
    <script src="https://cdn.example.com/x.js"></script></head><body>
    <a href="/f/a/#here">ok</a> <a href="/f/a/#gone">missing fragment</a> <a href="/f/nope/">broken</a>
    <a href="/elsewhere/">outside base</a> <a href="https://other.example.com/">a reader's link elsewhere</a>
    <p style="color:red" onclick="x()">inline</p><script>alert(1)</script><script>allowed()</script>
    <script type="application/ld+json">{"a":1}</script></body></html>`,
  );
  writeFileSync(
    join(dir, 'a', 'index.html'),
    `<p id="here">a</p><img src="../img/missing.png" alt="">`,
  );
  writeFileSync(join(dir, 'orphan', 'index.html'), '<p>nobody links here</p>');
  writeFileSync(
    join(dir, 'sitemap.xml'),
    '<urlset><url><loc>https://example.org/f/orphan/</loc></url><url><loc>https://example.org/f/gone/</loc></url></urlset>',
  );
  writeFileSync(join(dir, 's.css'), 'body { background: url("/f/bg.png"); }');
  writeFileSync(
    join(dir, '_headers'),
    "/*\n  Content-Security-Policy: default-src 'self'\n/a/*\n  X-Test: a\n",
  );
  site = await serveStatic(dir, '/f/', { headers: true });
});

afterAll(async () => {
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the crawler reports every planted fault and nothing else', async () => {
  const allowed = `sha256-${createHash('sha256').update('allowed()').digest('base64')}`;
  expect(scriptHashesOf(`default-src 'self'; script-src 'self' '${allowed}'`)).toEqual([allowed]);
  const report = await crawl(site.url, {
    siteUrl: 'https://example.org',
    alsoStart: ['sitemap.xml'],
    scriptHashes: [allowed],
  });
  const found = report.problems.map((p) => `${p.why}: ${p.what.replace(site.url, '/f/')}`).sort();
  expect(found).toEqual(
    [
      'asset from another host: https://cdn.example.com/x.js',
      'no element with that id: /f/a/#gone',
      'outside the base /f/: ' + new URL('/elsewhere/', site.url).href,
      `refused by the CSP: inline <script> (sha256-${createHash('sha256').update('alert(1)').digest('base64')} not in script-src): alert(1)`,
      'refused by the CSP: onclick handler on <p>',
      'refused by the CSP: style attribute on <p>: color:red',
      'status 404: /f/bg.png',
      'status 404: /f/img/missing.png',
      'status 404: /f/nope/',
      'status 404: /f/gone/',
    ].sort(),
  );
  expect(report.pages.map((url) => url.replace(site.url, '/f/'))).toEqual([
    '/f/',
    '/f/a/',
    '/f/orphan/',
  ]);
  // The orphan is in the sitemap but no page links to it.
  expect([...report.linked].map((url) => url.replace(site.url, '/f/')).sort()).toEqual(
    ['/f/', '/f/a/', '/f/nope/', '/f/s.css', '/f/img/missing.png'].sort(),
  );
});

test('the test server sends the headers _headers gives for each path', async () => {
  const home = await fetch(site.url);
  expect(home.headers.get('content-security-policy')).toBe("default-src 'self'");
  expect(home.headers.get('x-test')).toBeNull();
  const a = await fetch(`${site.url}a/`);
  expect(a.headers.get('x-test')).toBe('a');
  expect(a.headers.get('content-security-policy')).toBe("default-src 'self'");
});
