/**
 * axe-core in Chromium on every page type, in the light and the dark theme
 * (prefers-color-scheme emulated): no violation of WCAG 2.2 A and AA.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { useBrowser, useSite } from '../support/hooks.ts';
import { pageTypes, searchFor, type PageType } from '../support/pages.ts';
import { ROOT_BUILD, SEED_PLAN } from '../support/sites.ts';

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

// Light theme: the library's and places' pages, every page type of the seed's plan, and each page
// type in a third of the other plans, rotating so that every plan and every type is checked (the
// pages of a type share one component; page-load.test.ts still loads every page type of every
// plan). This keeps CI under 20 minutes: all 16 × 14 plan pages took 8 of its 22 minutes.
// The dark theme changes colours only: the library's pages and every page type of the seed's plan.
function sampled(types: PageType[]): PageType[] {
  const planTypes = types.filter((t) => t.plan !== undefined);
  const plans = [...new Set(planTypes.map((t) => t.plan))];
  const kinds = [...new Set(planTypes.map((t) => t.kind))];
  return types.filter(
    (t) =>
      t.plan === undefined ||
      t.plan === SEED_PLAN ||
      (plans.indexOf(t.plan) + kinds.indexOf(t.kind)) % 3 === 0,
  );
}

describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
  const types =
    colorScheme === 'dark' ? pageTypes(ROOT_BUILD, 'seed') : sampled(pageTypes(ROOT_BUILD));
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
