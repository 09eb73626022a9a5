/**
 * The set-up most browser test files share: one Chromium for the file, and the built site served
 * at a base. Each call registers its own beforeAll/afterAll in the calling file (or describe
 * block) and returns a getter to use inside tests.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type ServeOptions, type StaticSite } from './server.ts';

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is used before its beforeAll ran`);
  return value;
}

/** Debian's Chromium, started before the tests of the file and closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => started(browser, 'the browser');
}

/** The built site in `dir`, served under `base` ("/" or "/some/folder/"). */
export function useSite(dir: string, base: string, options?: ServeOptions): () => StaticSite {
  let site: StaticSite | undefined;
  beforeAll(async () => {
    site = await serveStatic(dir, base, options);
  });
  afterAll(async () => {
    await site?.close();
  });
  return () => started(site, `the site in ${dir}`);
}
