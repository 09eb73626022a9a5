/**
 * Every page type, at "/" and under the sub-folder base, served with the headers of public/_headers
 * (so the Content-Security-Policy applies as a real header): the page loads nothing from another
 * host, logs no console error, throws no script error and triggers no CSP violation.
 */
import { describe, expect, test } from 'vitest';
import { useBrowser, useSite } from '../support/hooks.ts';
import { ROOT_BUILD, SUB_BASE, SUB_BUILD } from '../support/sites.ts';
import { pageTypes, searchFor } from '../support/pages.ts';
import { loadPage, watchCsp } from '../support/load.ts';

const browser = useBrowser();

describe.each([
  ['/', ROOT_BUILD],
  [SUB_BASE, SUB_BUILD],
])('under base %s', (base, dir) => {
  const site = useSite(dir, base, { headers: true });

  test('the host sends the Content-Security-Policy of public/_headers', async () => {
    const response = await fetch(site().url);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });

  // Every page type of every plan at "/"; under the sub-folder, where only links and asset paths
  // differ, the library's pages and every page type of the seed's plan.
  test.concurrent.each(
    pageTypes(dir, base === '/' ? undefined : 'seed').map((type) => [type.name, type] as const),
  )('%s loads only from the site, without script errors or CSP violations', async (_name, type) => {
    const context = await browser().newContext();
    try {
      await watchCsp(context);
      const load = await loadPage(
        context,
        site().url + type.path,
        type.search ? (page) => searchFor(page, type.search!) : undefined,
      );
      expect(load.status).toBe(type.status);
      // The 404 page's own status is reported as a console error; nothing else may be.
      const consoleErrors = load.consoleErrors.filter(
        (text) =>
          !(
            type.status === 404 &&
            /status of 404/.test(text) &&
            load.responses.filter((r) => r.status === 404).length === 1
          ),
      );
      expect({
        offsite: load.offsite,
        consoleErrors,
        scriptErrors: load.scriptErrors,
        cspViolations: load.cspViolations,
        failed: load.responses
          .filter((r) => r.status >= 400 && r.url !== site().url + type.path)
          .map((r) => `${r.status} ${r.url}`),
      }).toEqual({
        offsite: [],
        consoleErrors: [],
        scriptErrors: [],
        cspViolations: [],
        failed: [],
      });
    } finally {
      await context.close();
    }
  });
});
