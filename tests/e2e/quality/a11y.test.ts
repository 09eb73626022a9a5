/**
 * axe-core in Chromium on every page type, in the light and the dark theme
 * (prefers-color-scheme emulated): no violation of WCAG 2.2 A and AA.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { useBrowser, useSite } from '../support/hooks.ts';
import { ROOT_BUILD } from '../support/sites.ts';
import { pageTypes, searchFor } from '../support/pages.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: string[]; failureSummary?: string }[];
  }[];
}

const browser = useBrowser();
const site = useSite(ROOT_BUILD, '/');

// Every page type of every plan in the light theme; the dark theme changes colours only, so it is
// checked on the library's pages and every page type of the seed's plan.
describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
  const types = pageTypes(ROOT_BUILD, colorScheme === 'dark' ? 'seed' : undefined);
  test.concurrent.each(types.map((type) => [type.name, type] as const))(
    '%s has no WCAG A/AA violation',
    async (_name, type) => {
      const context = await browser().newContext({ colorScheme });
      try {
        const page = await context.newPage();
        const response = await page.goto(site().url + type.path, { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(type.status);
        if (type.search) await searchFor(page, type.search);
        await page.addScriptTag({ content: axeSource });
        const result = (await page.evaluate(
          (tags) =>
            (window as unknown as { axe: { run: (...a: unknown[]) => unknown } }).axe.run(
              document,
              {
                runOnly: { type: 'tag', values: tags },
                // Only violations are read: axe then skips gathering every passing node.
                resultTypes: ['violations'],
              },
            ),
          TAGS,
        )) as AxeResult;
        const found = result.violations.flatMap((v) =>
          v.nodes.map((node) => `${v.id} (${v.impact}) ${v.help}: ${node.target.join(' ')}`),
        );
        expect(found).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
