/**
 * The site's rows for `npm run bench` (run.ts): the default library (seeds/ as it is) and two
 * synthetic libraries (20 and 100 plans of 107 items over five places) built as steps (time and
 * peak memory of ingest + Astro build + Pagefind, each step in its own process), then the reports
 * that are not one row each: per-step times, the largest pages, first-load weight per page type of
 * the default library, which page types grow from the small synthetic library to the large one,
 * the weight of a first search on each build, and Lighthouse on the default library.
 */
import { rmSync } from 'node:fs';
import { benchSeed, benchSynthetic, formatSite, table, type SiteBuild } from './site.ts';
import { benchLighthouse, formatLighthouse, LIGHTHOUSE_ORIGIN } from './lighthouse.ts';
import { writeSyntheticLibrary } from './synthetic.ts';
import { benchSearch, benchSearchQuality, benchTyping, type SearchRow } from './search.ts';
import { compareGrowth } from './growth.ts';
import { benchWeight } from './weight.ts';

/** The synthetic libraries: the large one is the issue's (100 plans × 107 items, several places). */
export const SMALL_LIBRARY = { plans: 20, places: 5 };
export const LARGE_LIBRARY = { plans: 100, places: 5 };

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
    note: `${build.pages} pages; ${total.cpuSeconds.toFixed(0)} cpu s${largest ? `; largest ${largest.page} ${largest.kB.toFixed(0)} kB` : ''}`,
  };
}

export const SITE_STEPS: SiteStep[] = [
  {
    name: 'site build default library (ingest + astro + pagefind)',
    target: {},
    run: async () => {
      // SITE_URL: the origin Lighthouse serves the build from, so canonical URLs are absolute.
      const build = await benchSeed({ SITE_URL: LIGHTHOUSE_ORIGIN });
      builds.push(build);
      return measurementOf(build);
    },
  },
  {
    name: `site build synthetic library ${SMALL_LIBRARY.plans} plans × 107 items`,
    target: {},
    run: async () => {
      const build = await benchSynthetic(`library ${SMALL_LIBRARY.plans}`, (seeds) =>
        writeSyntheticLibrary(seeds, SMALL_LIBRARY.plans, SMALL_LIBRARY.places),
      );
      builds.push(build);
      return measurementOf(build);
    },
  },
  {
    name: `site build synthetic library ${LARGE_LIBRARY.plans} plans × 107 items (${LARGE_LIBRARY.places} places)`,
    target: { seconds: 90, peakMB: 2048 },
    run: async () => {
      const build = await benchSynthetic(`library ${LARGE_LIBRARY.plans}`, (seeds) =>
        writeSyntheticLibrary(seeds, LARGE_LIBRARY.plans, LARGE_LIBRARY.places),
      );
      builds.push(build);
      return measurementOf(build);
    },
  },
];

/**
 * The tables that follow the step table; `ok` is false when a Lighthouse score is below 100, a
 * page type of the default library is over its byte budget, or a page type that should not grow
 * with the library does.
 */
export async function siteReports(): Promise<{ text: string; ok: boolean }> {
  const parts = [formatSite(builds)];
  let ok = true;
  const seedBuild = builds.find((b) => b.plan === 'seed');
  if (seedBuild) {
    const weights = await benchWeight('default library', seedBuild.dist);
    if (weights.some((w) => w.ok !== 'yes')) ok = false;
    parts.push(
      [
        'First-load weight per page type, default library (gzip, every response; largest page of each type)',
        table(weights as never),
      ].join('\n'),
    );
  }
  const small = builds.find((b) => b.plan === `library ${SMALL_LIBRARY.plans}`);
  const large = builds.find((b) => b.plan === `library ${LARGE_LIBRARY.plans}`);
  if (small && large) {
    const growth = compareGrowth(small.dist, large.dist);
    if (!growth.ok) ok = false;
    parts.push(
      [
        `Page growth: largest page per type, synthetic ${SMALL_LIBRARY.plans} vs ${LARGE_LIBRARY.plans} plans (only home and place pages may grow)`,
        table(growth.rows as never),
      ].join('\n'),
    );
  }
  const searches: SearchRow[] = [];
  for (const build of builds) searches.push(...(await benchSearch(build.plan, build.dist)));
  parts.push(
    [
      'First search (search page + one query, gzip; the seed is budgeted in npm test)',
      table(searches as never),
    ].join('\n'),
  );
  const seed = seedBuild;
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
    ok &&= rows.every(
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
