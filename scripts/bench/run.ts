/**
 * `npm run bench`: each step runs in its own process and reports time and peak memory; the results
 * are printed as one table (and written to bench-results/latest.json). A step is a name, a target
 * and a function returning the measurement, so adding a row (a site build, a Pagefind index, a
 * Lighthouse run) is adding one entry to STEPS.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SEED, syntheticPlan } from './synthetic.ts';
import { SITE_STEPS, siteReports } from './site-steps.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = process.execPath;

export interface Measurement {
  /** Wall time of the measured work, in seconds. */
  seconds: number;
  /** Peak resident memory of the process, in MB. */
  peakMB: number;
  /** Anything worth a column: "107 items", "4.6 MB input" … */
  note: string;
}

export interface Step {
  name: string;
  /** Budget: the run fails (exit 1) when a measurement exceeds it. */
  target: { seconds?: number; peakMB?: number };
  run: () => Measurement | Promise<Measurement>;
}

/** Runs the ingest of one or more files in a fresh Node process (`bytes`: repeat up to so much text). */
function measureIngest(file: string | string[], bytes = 0, noWrite = false): Measurement {
  const args = [join(ROOT, 'scripts/bench/measure-ingest.ts'), ...[file].flat()];
  if (bytes > 0) args.push('--bytes', String(bytes));
  if (noWrite) args.push('--no-write');
  const out = execFileSync(NODE, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  const r = JSON.parse(out) as {
    ms: number;
    cpuMs: number;
    peakMB: number;
    items: number;
    files: number;
    bytes: number;
  };
  const mb = (r.bytes / (1 << 20)).toFixed(1);
  return {
    seconds: r.ms / 1000,
    peakMB: r.peakMB,
    note: `${r.items} items, ${r.files} files, ${mb} MB text, CPU ${(r.cpuMs / 1000).toFixed(1)} s`,
  };
}

/** The corpus of other notices of the genre (tests/fixtures/corpus/*.txt). */
const CORPUS_DIR = join(ROOT, 'tests/fixtures/corpus');
const corpusFiles = () =>
  readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(CORPUS_DIR, f));

/** Builds every chart of one file in a fresh Node process (the ingest before it is not timed). */
function measureCharts(file: string): Measurement {
  const out = execFileSync(NODE, [join(ROOT, 'scripts/bench/measure-charts.ts'), file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const r = JSON.parse(out) as {
    ms: number;
    peakMB: number;
    items: number;
    svgKB: number;
    mode: string;
  };
  return {
    seconds: r.ms / 1000,
    peakMB: r.peakMB,
    note: `${r.items} items, timeline ${r.mode}, ${r.svgKB} KB SVG`,
  };
}

/** Links a synthetic library of `plans` plans (five places) in a fresh Node process. */
function measureContinuity(plans: number): Measurement {
  const out = execFileSync(
    NODE,
    [join(ROOT, 'scripts/bench/measure-continuity.ts'), String(plans)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const r = JSON.parse(out) as {
    ms: number;
    cpuMs: number;
    peakMB: number;
    items: number;
    links: number;
  };
  return {
    seconds: r.ms / 1000,
    peakMB: r.peakMB,
    note: `${plans} plans, ${r.items} items, ${r.links} links, CPU ${(r.cpuMs / 1000).toFixed(1)} s`,
  };
}

const synthetic = new Map<number, string>();
/** A synthetic plan `scale` times the seed (100 → 10,700 items, 4.6 MB), generated once per run. */
function syntheticFile(scale: number): string {
  let file = synthetic.get(scale);
  if (!file) {
    file = join(mkdtempSync(join(tmpdir(), 'bench-')), `synthetic-${scale}x.txt`);
    writeFileSync(file, syntheticPlan(scale));
    synthetic.set(scale, file);
  }
  return file;
}

export const STEPS: Step[] = [
  { name: 'ingest seed (107 items)', target: { seconds: 0.5 }, run: () => measureIngest(SEED) },
  {
    name: 'ingest synthetic 100× (10,700 items)',
    target: { seconds: 10, peakMB: 1024 },
    run: () => measureIngest(syntheticFile(100)),
  },
  {
    name: 'ingest synthetic 10 MB (23,112 items)',
    target: { seconds: 10, peakMB: 500 },
    run: () => measureIngest(syntheticFile(216)),
  },
  {
    name: 'ingest corpus (15 notices, one process)',
    target: { seconds: 2, peakMB: 500 },
    run: () => measureIngest(corpusFiles()),
  },
  {
    // 19,000 small files would measure the disk: the models and files are made, not written.
    name: 'ingest corpus notices, again and again to 10 MB (not written)',
    target: { seconds: 10, peakMB: 500 },
    run: () => measureIngest(corpusFiles(), 10 << 20, true),
  },
  { name: 'charts seed (107 items)', target: { seconds: 0.5 }, run: () => measureCharts(SEED) },
  {
    name: 'charts synthetic 100× (10,700 items)',
    target: { seconds: 10, peakMB: 1024 },
    run: () => measureCharts(syntheticFile(100)),
  },
  {
    name: 'continuity links, 100 synthetic plans',
    target: { seconds: 60, peakMB: 1024 },
    run: () => measureContinuity(100),
  },
  ...SITE_STEPS,
];

function fmt(n: number, digits: number): string {
  return n.toFixed(digits);
}

async function main(): Promise<number> {
  const rows: {
    step: string;
    seconds: number;
    peakMB: number;
    target: string;
    ok: boolean;
    note: string;
  }[] = [];
  // BENCH_ONLY=ingest runs only the steps whose name starts with it (the site reports are skipped).
  const only = process.env.BENCH_ONLY;
  for (const step of STEPS.filter((s) => !only || s.name.startsWith(only))) {
    const m = await step.run();
    const ok =
      (step.target.seconds === undefined || m.seconds <= step.target.seconds) &&
      (step.target.peakMB === undefined || m.peakMB <= step.target.peakMB);
    const target = [
      step.target.seconds !== undefined ? `< ${step.target.seconds} s` : '',
      step.target.peakMB !== undefined ? `< ${step.target.peakMB} MB` : '',
    ]
      .filter(Boolean)
      .join(', ');
    rows.push({ step: step.name, seconds: m.seconds, peakMB: m.peakMB, target, ok, note: m.note });
  }
  // Wall times on a machine others share say little without its load: print it.
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  process.stdout.write(`load average (1, 5, 15 min) at the end of the steps: ${load}\n`);
  const header = ['step', 'time (s)', 'peak memory (MB)', 'target', 'ok', 'note'];
  const body = rows.map((r) => [
    r.step,
    fmt(r.seconds, 3),
    fmt(r.peakMB, 0),
    r.target,
    r.ok ? 'yes' : 'NO',
    r.note,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  process.stdout.write(
    [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join(
      '\n',
    ) + '\n',
  );
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/latest.json'), JSON.stringify(rows, null, 2) + '\n');
  if (only) return rows.every((r) => r.ok) ? 0 : 1;
  const reports = await siteReports();
  process.stdout.write(`\n${reports.text}\n`);
  return rows.every((r) => r.ok) && reports.ok ? 0 : 1;
}

if (import.meta.main) process.exitCode = await main();
