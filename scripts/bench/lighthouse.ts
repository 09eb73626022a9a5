/**
 * Lighthouse (the npm package, default mobile config with simulated throttling) on the page
 * types of a built site, served by the e2e static server with gzip and the headers of
 * public/_headers.
 * Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) is started by chrome-launcher.
 * Target: 100 in all four categories on every page type.
 *
 * `node scripts/bench/lighthouse.ts [DIST]` scores a build that exists (default dist/);
 * run.ts calls benchLighthouse() on the seed build of the build bench.
 */
import { resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from '../../tests/e2e/support/server.ts';
import { pageTypes } from '../../tests/e2e/support/pages.ts';
import { SEED_PLAN } from '../../tests/e2e/support/sites.ts';
import { table } from './site.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/**
 * The page types scored: the library's own pages, a place's pages, and every page type of the seed
 * plan (named "<place>/<plan> <type>" in tests/e2e/support/pages.ts); the other plans' pages share
 * these layouts and components.
 */
const LIBRARY_TYPES = ['home', 'search', 'data', 'about'];
const PLACE_TYPES = ['place', 'place department'];
const PLAN_TYPES = [
  'plan',
  'notice',
  'indicators index',
  'indicator',
  'item',
  'departments index',
  'department',
  'timeline',
  'matrix',
  'targets',
  'source',
  'compare',
  'data',
];
export const LIGHTHOUSE_TYPES = [
  ...LIBRARY_TYPES,
  ...PLACE_TYPES.map((t) => `${SEED_PLAN.split('/')[0]} ${t}`),
  ...PLAN_TYPES.map((t) => `${SEED_PLAN.slice(0, -1)} ${t}`),
];

export interface LighthouseRow {
  page: string;
  path: string;
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  'total kB': number;
  /** Total blocking time and the main thread's style and layout, in simulated milliseconds. */
  'TBT ms': number;
  'style & layout ms': number;
  /** Scored audits below full marks (the category can still round to 100), for the owners. */
  'below full marks': string;
}

/**
 * The port Lighthouse's server listens on. Build the scored site with SITE_URL=LIGHTHOUSE_ORIGIN so
 * its canonical links are absolute URLs of the served site, as in production.
 */
/** LIGHTHOUSE_PORT in the environment moves it, when another run holds the default. */
export const LIGHTHOUSE_PORT = Number(process.env.LIGHTHOUSE_PORT) || 4391;
/** How many times a page is scored again when Lighthouse fails to record it. */
const RETRIES = 2;
export const LIGHTHOUSE_ORIGIN = `http://127.0.0.1:${LIGHTHOUSE_PORT}`;

export async function benchLighthouse(dist: string): Promise<LighthouseRow[]> {
  // LIGHTHOUSE_PAGES="zhengzhou/2020 timeline,home" scores only those (to look at one page again).
  const wanted = process.env.LIGHTHOUSE_PAGES?.split(',') ?? LIGHTHOUSE_TYPES;
  const types = pageTypes(dist).filter((type) => wanted.includes(type.name));
  // A renamed page type must not drop out of the scores unnoticed.
  const missing = wanted.filter((name) => !types.some((t) => t.name === name));
  if (missing.length > 0)
    throw new Error(`Lighthouse: the build has no page of type ${missing.join(', ')}`);
  // Served as a production host would: gzip and the headers of public/_headers.
  const site = await serveStatic(dist, '/', {
    headers: true,
    compress: true,
    port: LIGHTHOUSE_PORT,
  });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const type of types) {
      const run = async () => {
        const result = await lighthouse(site.url + type.path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`lighthouse returned nothing for ${type.path}`);
        return result.lhr;
      };
      // A failed trace (NO_NAVSTART and the like: "Please run Lighthouse again") is Lighthouse's own
      // error, not a score: run again, up to RETRIES times, and say so. Low scores are never rerun.
      let lhr = await run();
      let retries = 0;
      while (lhr.runtimeError && retries < RETRIES) {
        retries++;
        lhr = await run();
      }
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const belowFull = CATEGORIES.flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .map((audit) => `${audit!.id}${audit!.displayValue ? ` (${audit!.displayValue})` : ''}`),
      );
      rows.push({
        page: type.name,
        path: '/' + type.path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        'total kB': Math.round((lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1024),
        'TBT ms': Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
        'style & layout ms': Math.round(
          (
            lhr.audits['mainthread-work-breakdown']?.details as
              { items?: { group: string; duration: number }[] } | undefined
          )?.items?.find((i) => i.group === 'styleLayout')?.duration ?? 0,
        ),
        'below full marks':
          (lhr.runtimeError
            ? `lighthouse failed: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`
            : belowFull.join(', ') || '-') +
          (retries > 0 ? ` (run ${retries + 1} times: trace failed)` : ''),
      });
    }
  } finally {
    chrome.kill();
    await site.close();
  }
  return rows;
}

export function formatLighthouse(rows: LighthouseRow[]): string {
  return [
    'Lighthouse (mobile, simulated throttling; target 100 in all four)',
    table(rows as never),
  ].join('\n');
}

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? 'dist');
  console.log(formatLighthouse(await benchLighthouse(dist)));
}
