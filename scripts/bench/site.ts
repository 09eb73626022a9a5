/**
 * Build bench: time and peak memory of ingest, Astro build and Pagefind, for the default library
 * (seeds/ as it is) and for synthetic libraries, each in a fresh temp copy of the project (the
 * synthetic seeds replace seeds/ there; the working tree is never touched). Also reports the
 * largest HTML pages and the search index size of each build, since a page that lists the whole
 * library shows up as a page of megabytes.
 *
 * `node scripts/bench/site.ts [--keep]` builds the default library and prints the tables; run.ts
 * also builds the synthetic libraries.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measure } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Not copied into the temp project: installed, generated or built things. */
const SKIP = new Set(['node_modules', '.git', 'dist', '.e2e', '.astro']);

export interface StepRow {
  plan: string;
  step: string;
  seconds: number;
  peakMB: number;
  /** CPU seconds of the step's process tree (the fair measure on a shared machine). */
  cpuSeconds: number;
}

export interface PageRow {
  plan: string;
  page: string;
  kB: number;
  gzipKB: number;
}

export interface SiteBuild {
  plan: string;
  /** The temp project; its dist/ holds the built site. */
  project: string;
  dist: string;
  steps: StepRow[];
  pages: number;
  largest: PageRow[];
  searchIndexKB: number;
}

/**
 * A copy of the project in a temp folder: sources copied, node_modules linked entry by entry (so
 * Astro's cache folder, node_modules/.astro, is the copy's own and every build starts cold).
 */
export function tempProject(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-${label}-`));
  for (const entry of readdirSync(ROOT)) {
    if (SKIP.has(entry)) continue;
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html'))
      out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

function folderKB(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total / 1024;
}

/** Ingest, build and index the project in `project`, measuring each step. */
export async function buildAndMeasure(
  plan: string,
  project: string,
  env: Record<string, string> = {},
): Promise<SiteBuild> {
  const node = process.execPath;
  const runEnv = { OUT_DIR: 'dist', BASE_PATH: '/', ...env };
  const steps: StepRow[] = [];
  const step = async (name: string, args: string[]) => {
    const m = await measure(node, args, project, runEnv);
    steps.push({
      plan,
      step: name,
      seconds: m.seconds,
      peakMB: m.peakMB,
      cpuSeconds: m.cpuSeconds,
    });
  };
  await step('ingest', ['scripts/ingest/cli.ts']);
  await step('astro build', ['node_modules/astro/bin/astro.mjs', 'build']);
  await step('pagefind', ['scripts/pagefind.ts']);
  steps.push({
    plan,
    step: 'total',
    seconds: steps.reduce((sum, s) => sum + s.seconds, 0),
    peakMB: Math.max(...steps.map((s) => s.peakMB)),
    cpuSeconds: steps.reduce((sum, s) => sum + s.cpuSeconds, 0),
  });
  const dist = join(project, 'dist');
  const files = htmlFiles(dist).map((file) => {
    const body = readFileSync(file);
    return { file, kB: body.length / 1024, gzipKB: gzipSync(body, { level: 9 }).length / 1024 };
  });
  files.sort((a, b) => b.kB - a.kB);
  return {
    plan,
    project,
    dist,
    steps,
    pages: files.length,
    largest: files.slice(0, 8).map((f) => ({
      plan,
      page: '/' + relative(dist, f.file).replace(/index\.html$/, ''),
      kB: f.kB,
      gzipKB: f.gzipKB,
    })),
    searchIndexKB: folderKB(join(dist, 'pagefind')),
  };
}

/** The seed build: a temp copy of the project as it is. */
export async function benchSeed(env: Record<string, string> = {}): Promise<SiteBuild> {
  return buildAndMeasure('seed', tempProject('seed'), env);
}

/**
 * A synthetic build: a temp copy whose seeds/ holds synthetic seeds instead of the real ones.
 * `writeSeeds(seedsDir)` writes them into the (emptied) seeds folder.
 */
export async function benchSynthetic(
  label: string,
  writeSeeds: (seedsDir: string) => unknown,
): Promise<SiteBuild> {
  const project = tempProject(label.replace(/\W/g, ''));
  rmSync(join(project, 'seeds'), { recursive: true, force: true });
  mkdirSync(join(project, 'seeds'));
  writeSeeds(join(project, 'seeds'));
  return buildAndMeasure(label, project);
}

/** Columns a string takes in a terminal: CJK characters and full-width forms take two. */
function columns(text: string): number {
  let n = 0;
  for (const c of text)
    n +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        c,
      )
        ? 2
        : 1;
  return n;
}

function table(rows: Record<string, string | number>[]): string {
  if (rows.length === 0) return '(none)';
  const keys = Object.keys(rows[0]!);
  const cells = rows.map((row) => keys.map((key) => String(row[key])));
  const widths = keys.map((key, i) => Math.max(columns(key), ...cells.map((c) => columns(c[i]!))));
  const line = (values: string[]) =>
    values.map((v, i) => v + ' '.repeat(widths[i]! - columns(v))).join('  ');
  return [line(keys), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** The build tables as text. */
export function formatSite(builds: SiteBuild[]): string {
  const steps = builds.flatMap((b) =>
    b.steps.map((s) => ({
      plan: s.plan,
      step: s.step,
      seconds: s.seconds.toFixed(1),
      'cpu s': s.cpuSeconds.toFixed(1),
      'peak MB': Math.round(s.peakMB),
    })),
  );
  const sizes = builds.map((b) => ({
    plan: b.plan,
    pages: b.pages,
    'search index kB': Math.round(b.searchIndexKB),
  }));
  const largest = builds.flatMap((b) =>
    b.largest.map((p) => ({
      plan: p.plan,
      page: p.page,
      kB: p.kB.toFixed(1),
      'gzip kB': p.gzipKB.toFixed(1),
    })),
  );
  return [
    'Build time and peak memory (targets for the library of 100 plans: total ≤ 90 s, peak ≤ 2048 MB)',
    table(steps),
    '',
    'Site size',
    table(sizes),
    '',
    'Largest HTML pages',
    table(largest),
  ].join('\n');
}

export { table };

if (import.meta.main) {
  const keep = process.argv.includes('--keep');
  const builds = [await benchSeed()];
  console.log(formatSite(builds));
  if (!keep) for (const b of builds) rmSync(b.project, { recursive: true, force: true });
  else for (const b of builds) console.log(`kept ${b.project}`);
}
