/**
 * Loads one page in a real browser and records what a first visit costs and what went wrong:
 * every response with its gzip size (node:zlib, level 9, as a static host would send it),
 * requests to other hosts, console errors, uncaught script errors and CSP violations
 * (`securitypolicyviolation` events, listened for before any page script runs).
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';

export interface LoadedResponse {
  url: string;
  status: number;
  bytes: number;
  /** gzip -9 size of the body (or the body's size, when gzip does not make it smaller). */
  compressed: number;
}

export interface PageLoad {
  page: Page;
  status: number;
  responses: LoadedResponse[];
  offsite: string[];
  consoleErrors: string[];
  scriptErrors: string[];
  cspViolations: string[];
  /** Sum of `compressed` over every response. */
  compressedTotal: number;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Installs the CSP listener on a context; call once per context, before its first page. */
export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile || ''}:${event.lineNumber})`,
      );
    });
  });
}

/**
 * Opens `url` in a new page of `context`, waits until the network is idle, runs `act` (e.g. a
 * search query) and waits for the network again. The page stays open: close it when done.
 */
export async function loadPage(
  context: BrowserContext,
  url: string,
  act?: (page: Page) => Promise<void>,
): Promise<PageLoad> {
  const origin = new URL(url).origin;
  const page = await context.newPage();
  const offsite: string[] = [];
  const consoleErrors: string[] = [];
  const scriptErrors: string[] = [];
  const bodies: Promise<LoadedResponse | undefined>[] = [];
  page.on('request', (request) => {
    const target = request.url();
    if (
      !target.startsWith('data:') &&
      !target.startsWith('blob:') &&
      new URL(target).origin !== origin
    ) {
      offsite.push(target);
    }
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    consoleErrors.push(where ? `${message.text()} [${where}]` : message.text());
  });
  page.on('pageerror', (error) => scriptErrors.push(String(error)));
  page.on('response', (response) => {
    bodies.push(
      response.body().then(
        (body) => ({
          url: response.url(),
          status: response.status(),
          bytes: body.length,
          // Already-compressed files (Pagefind's index, WebAssembly) go out as they are.
          compressed: Math.min(body.length, gzipSync(body, { level: 9 }).length),
        }),
        () => undefined,
      ),
    );
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  if (act) {
    await act(page);
    await page.waitForLoadState('networkidle');
  }
  const responses = (await Promise.all(bodies)).filter((r): r is LoadedResponse => r !== undefined);
  const cspViolations = await page.evaluate(() => window.__cspViolations ?? []);
  return {
    page,
    status: response?.status() ?? 0,
    responses,
    offsite,
    consoleErrors,
    scriptErrors,
    cspViolations,
    compressedTotal: responses.reduce((sum, r) => sum + r.compressed, 0),
  };
}
