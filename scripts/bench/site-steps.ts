/**
 * The site's rows for `npm run bench` (run.ts): the seed and the 100× site builds as steps (time and
 * peak memory of ingest + Astro build + Pagefind, each step in its own process), then the reports
 * that are not one row each: per-step times, the largest pages, the weight of a first search on
 * each build, and Lighthouse on the seed build.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchSeed, benchSynthetic, formatSite, table, type SiteBuild } from './site.ts';
import { benchLighthouse, formatLighthouse, LIGHTHOUSE_ORIGIN } from './lighthouse.ts';
import { syntheticPlan } from './synthetic.ts';
import { benchSearch, benchSearchQuality, benchTyping, type SearchRow } from './search.ts';

/** As run.ts's Measurement and Step, with an async run. */
interface Measurement {
  seconds: number;
  peakMB: number;
  note: string;
}
interface SiteStep {
  name: string;
  target: { seconds?: number; peakMB?: number };
  run: () => Promise<Measurement>;
}

const builds: SiteBuild[] = [];

function measurementOf(build: SiteBuild): Measurement {
  const total = build.steps.find((s) => s.step === 'total')!;
  const largest = build.largest[0];
  return {
    seconds: total.seconds,
    peakMB: total.peakMB,
    note: `${build.pages} pages${largest ? `; largest ${largest.page} ${largest.kB.toFixed(0)} kB` : ''}`,
  };
}

export const SITE_STEPS: SiteStep[] = [
  {
    name: 'site build seed (ingest + astro + pagefind)',
    target: {},
    run: async () => {
      // SITE_URL: the origin Lighthouse serves the build from, so canonical URLs are absolute.
      const build = await benchSeed({ SITE_URL: LIGHTHOUSE_ORIGIN });
      builds.push(build);
      return measurementOf(build);
    },
  },
  {
    name: 'site build synthetic 100× (ingest + astro + pagefind)',
    target: { seconds: 180, peakMB: 2048 },
    run: async () => {
      const build = await benchSynthetic('100×', (seeds) =>
        writeFileSync(join(seeds, 'synthetic-100x.txt'), syntheticPlan(100)),
      );
      builds.push(build);
      return measurementOf(build);
    },
  },
];

/** The tables that follow the step table; `ok` is false when a Lighthouse score is below 100. */
export async function siteReports(): Promise<{ text: string; ok: boolean }> {
  const parts = [formatSite(builds)];
  const searches: SearchRow[] = [];
  for (const build of builds) searches.push(...(await benchSearch(build.plan, build.dist)));
  parts.push(
    [
      'First search (search page + one query, gzip; the seed is budgeted in npm test)',
      table(searches as never),
    ].join('\n'),
  );
  let ok = true;
  const seed = builds.find((b) => b.plan === 'seed');
  if (seed) {
    parts.push(
      [
        'Search quality (tests/fixtures/search/queries.json; held in npm test)',
        table((await benchSearchQuality(seed.dist)) as never),
      ].join('\n'),
    );
    const typing = await benchTyping(seed.dist);
    parts.push(['Typing to first results', table(typing as never)].join('\n'));
    if (typing[1]!['median ms'] >= 300) ok = false;
  }
  if (seed) {
    const rows = await benchLighthouse(seed.dist);
    ok = rows.every(
      (r) =>
        r.performance === 100 &&
        r.accessibility === 100 &&
        r['best-practices'] === 100 &&
        r.seo === 100,
    );
    parts.push(formatLighthouse(rows));
  }
  for (const build of builds) rmSync(build.project, { recursive: true, force: true });
  return { text: parts.join('\n\n'), ok };
}
