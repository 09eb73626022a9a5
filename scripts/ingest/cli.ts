/**
 * `npm run ingest -- [--json | --check] [FILE]` (contract: ../shared/docs/contract.md).
 *
 *   (no FILE)      every notice seeds/<place>/<plan>.txt → content/plans/<place>/<plan>/
 *   FILE           that notice → its plan's folder of content/plans/ (the others are left)
 *   --json FILE    print the model of FILE as JSON; write nothing
 *   --check        exit 0 when content/ is exactly what ingest would write, 1 otherwise (lists files)
 *
 * Problems go to stderr as `FILE:LINE[:COL]: message`, exit status 1, content/ untouched.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { correctionsPathFor } from './corrections.ts';
import { continuityPlan, linkPlans } from './continuity.ts';
import { CONTINUITY_FILE, GENERATED, emit, emitContinuity, planDir } from './emit.ts';
import { IngestError, formatProblem, type Problem } from './errors.ts';
import { ingest } from './ingest.ts';
import { assembleLibrary, parsePlaceJson } from './library.ts';
import type { Model } from '../../src/schemas/model.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** A path as shown to the user and stored in the model: relative to the project, `/` separators. */
function display(p: string): string {
  const rel = relative(ROOT, resolve(p));
  return (rel.startsWith('..') ? resolve(p) : rel).split('\\').join('/');
}

/** Reads a notice and its corrections file (if any) and runs the ingest. */
export function ingestFile(path: string): { model: Model; correctionsFile: string | null } {
  const file = display(path);
  if (!existsSync(path) || !statSync(path).isFile())
    throw new IngestError([{ file, line: 1, message: 'no such file' }]);
  const bytes = readFileSync(path);
  const cPath = correctionsPathFor(path);
  const corrections = existsSync(cPath)
    ? { file: display(cPath), json: readFileSync(cPath, 'utf8') }
    : undefined;
  return {
    model: ingest({ file, bytes, corrections }),
    correctionsFile: corrections?.file ?? null,
  };
}

/** The notices ingest reads by default: seeds/<place>/<plan>.txt, in path order. */
export function seedFiles(root = ROOT): string[] {
  const dir = join(root, 'seeds');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .flatMap((place) =>
      readdirSync(join(dir, place))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(dir, place, f)),
    );
}

/** seeds/<place>/place.json beside a notice, when there is one. */
function readPlaceJson(noticePath: string): { name: string } | null {
  const p = join(dirname(noticePath), 'place.json');
  return existsSync(p) ? parsePlaceJson(readFileSync(p, 'utf8'), display(p)) : null;
}

export interface BuiltPlan {
  model: Model;
  correctionsFile: string | null;
}

/**
 * Ingests notices as one library: every problem of every file is reported together (IngestError);
 * place names are settled per place (place.json wins) and department slugs made one per name
 * across a place's plans. Two notices that would be the same plan are an error.
 */
export function buildLibrary(paths: readonly string[]): {
  plans: BuiltPlan[];
  warnings: Problem[];
} {
  const problems: Problem[] = [];
  const built: BuiltPlan[] = [];
  const placeJson = new Map<string, { name: string }>();
  const placeJsonFile = new Map<string, string>();
  for (const path of paths) {
    try {
      const r = ingestFile(path);
      built.push(r);
      const place = r.model.plan.place.slug;
      placeJsonFile.set(place, display(join(dirname(path), 'place.json')));
      const pj = readPlaceJson(path);
      if (pj) placeJson.set(place, pj);
    } catch (e) {
      if (e instanceof IngestError) problems.push(...e.problems);
      else if (isProblem(e)) problems.push(e);
      else throw e;
    }
  }
  const seen = new Map<string, string>();
  for (const { model } of built) {
    const key = `${model.plan.place.slug}/${model.plan.id}`;
    const first = seen.get(key);
    if (first)
      problems.push({
        file: model.sourceFile,
        line: 1,
        message: `is the same plan (${key}) as ${first}: rename one`,
      });
    else seen.set(key, model.sourceFile);
  }
  if (problems.length > 0) throw new IngestError(problems);
  const corrections = new Map(built.map((b) => [b.model.sourceFile, b.correctionsFile]));
  const { models, warnings } = assembleLibrary(
    built.map((b) => b.model),
    placeJson,
    (place) => placeJsonFile.get(place) ?? `seeds/${place}/place.json`,
  );
  return {
    plans: models.map((model) => ({
      model,
      correctionsFile: corrections.get(model.sourceFile) ?? null,
    })),
    warnings,
  };
}

function isProblem(e: unknown): e is Problem {
  return typeof e === 'object' && e !== null && 'file' in e && 'line' in e && 'message' in e;
}

/**
 * The notices one FILE is read with: its place's other notices too when it lies in seeds/<place>/
 * (its place name and department slugs depend on them), else itself alone.
 */
function withPlace(path: string): string[] {
  const seeds = join(ROOT, 'seeds');
  const abs = resolve(path);
  if (dirname(dirname(abs)) !== seeds || !existsSync(abs)) return [abs];
  const siblings = seedFiles().filter((f) => dirname(f) === dirname(abs));
  return siblings.includes(abs) ? siblings : [...siblings, abs];
}

/** The model of one notice, as the library would hold it. */
export function modelOf(path: string): Model {
  const abs = resolve(path);
  const { plans } = buildLibrary(withPlace(abs));
  const file = display(abs);
  return plans.find((p) => p.model.sourceFile === file)!.model;
}

/** `FILE:LINE: warning: message`, one line per warning of the model (contract). */
export function warningLines(model: Model): string[] {
  return model.warnings.map((w) => `${model.sourceFile}:${w.line}: warning: ${w.message}`);
}

/** All files ingest would write for these notices, relative to content/. */
export function generate(paths: readonly string[]): Map<string, string> {
  return generateLibrary(paths).files;
}

function generateLibrary(paths: readonly string[]): {
  files: Map<string, string>;
  warnings: string[];
  plans: BuiltPlan[];
} {
  const { plans, warnings } = buildLibrary(paths);
  const files = new Map<string, string>();
  for (const { model, correctionsFile } of plans)
    for (const [name, text] of emit(model, correctionsFile)) files.set(name, text);
  // After every plan is built: each later plan of a place against its earlier plans.
  const links = linkPlans(plans.map(({ model }) => continuityPlan(model)));
  files.set(CONTINUITY_FILE, emitContinuity(links));
  return {
    files,
    warnings: [...warnings.map(formatProblem), ...plans.flatMap((p) => warningLines(p.model))],
    plans,
  };
}

/** Files under a directory, relative to it, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? listFiles(join(dir, e.name), `${prefix}${e.name}/`)
        : [`${prefix}${e.name}`],
    )
    .sort();
}

/**
 * Differences between content/ and what ingest would write, within `roots` (the generated folders
 * and files, relative to content/; all of them by default).
 */
export function check(
  files: Map<string, string>,
  contentDir: string,
  roots: readonly string[] = GENERATED,
): string[] {
  const out: string[] = [];
  const existing = new Set<string>();
  for (const g of roots) {
    const p = join(contentDir, g);
    if (g.endsWith('.json')) {
      if (existsSync(p)) existing.add(g);
    } else for (const f of listFiles(p)) existing.add(`${g}/${f}`);
  }
  const inRoots = (name: string) => roots.some((g) => name === g || name.startsWith(`${g}/`));
  for (const [name, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!inRoots(name)) continue;
    if (!existing.has(name)) out.push(`content/${name}: missing`);
    else if (readFileSync(join(contentDir, name), 'utf8') !== text)
      out.push(`content/${name}: differs`);
  }
  for (const name of [...existing].sort())
    if (!files.has(name)) out.push(`content/${name}: not generated by ingest`);
  return out;
}

/**
 * Writes the generated part of content/ as one step: the new files go to a temporary folder inside
 * content/, then each root (`plans`, or one plan's `plans/<place>/<plan>`) is swapped in whole;
 * annotations/ and other entries are left alone. If a swap fails, what was there is put back.
 */
export function writeContent(
  files: Map<string, string>,
  contentDir: string,
  roots: readonly string[] = GENERATED,
): void {
  mkdirSync(contentDir, { recursive: true });
  const tmp = join(contentDir, `.ingest-new-${process.pid}`);
  const old = join(contentDir, `.ingest-old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
  for (const g of roots) if (!g.endsWith('.json')) mkdirSync(join(tmp, g), { recursive: true });
  mkdirSync(old);
  const dirs = new Set([...files.keys()].map((name) => dirname(join(tmp, name))));
  for (const d of dirs) mkdirSync(d, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(tmp, name), text);
  const moved: string[] = [];
  const placed: string[] = [];
  try {
    for (const g of roots) {
      if (existsSync(join(contentDir, g))) {
        mkdirSync(dirname(join(old, g)), { recursive: true });
        renameSync(join(contentDir, g), join(old, g));
        moved.push(g);
      }
      mkdirSync(dirname(join(contentDir, g)), { recursive: true });
      if (existsSync(join(tmp, g))) {
        renameSync(join(tmp, g), join(contentDir, g));
        placed.push(g);
      }
    }
  } catch (e) {
    // Put back what was there.
    for (const g of placed) rmSync(join(contentDir, g), { recursive: true, force: true });
    for (const g of moved) renameSync(join(old, g), join(contentDir, g));
    throw e;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}

function main(argv: string[]): number {
  const flags = argv.filter((a) => a.startsWith('--'));
  const args = argv.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--json' && f !== '--check');
  if (
    unknown.length > 0 ||
    args.length > 1 ||
    (flags.includes('--json') && flags.includes('--check'))
  ) {
    process.stderr.write('usage: npm run ingest -- [--json | --check] [FILE]\n');
    return 2;
  }
  const contentDir = join(ROOT, 'content');
  if (flags.includes('--json')) {
    if (args.length !== 1)
      throw new IngestError([{ file: 'seeds', line: 1, message: 'name one notice for --json' }]);
    const model = modelOf(args[0]!);
    for (const w of warningLines(model)) process.stderr.write(`${w}\n`);
    process.stdout.write(JSON.stringify(model, null, 2) + '\n');
    return 0;
  }
  let files: Map<string, string>;
  let roots: readonly string[] = GENERATED;
  let warnings: string[];
  if (args.length === 1) {
    // One notice: its plan only (its place's other notices are read for the place's name and
    // department slugs, not written).
    const abs = resolve(args[0]!);
    const lib = generateLibrary(withPlace(abs));
    const plan = lib.plans.find((p) => p.model.sourceFile === display(abs))!;
    const dir = planDir(plan.model);
    files = new Map([...lib.files].filter(([name]) => name.startsWith(`${dir}/`)));
    roots = [dir];
    warnings = lib.warnings.filter((w) => w.startsWith(`${plan.model.sourceFile}:`));
  } else {
    const paths = seedFiles();
    if (paths.length === 0)
      throw new IngestError([
        { file: 'seeds', line: 1, message: 'no notices: add seeds/<place>/<plan>.txt' },
      ]);
    ({ files, warnings } = generateLibrary(paths));
  }
  for (const w of warnings) process.stderr.write(`${w}\n`);
  if (flags.includes('--check')) {
    const diffs = check(files, contentDir, roots);
    for (const d of diffs) process.stdout.write(`${d}\n`);
    if (diffs.length > 0) {
      process.stderr.write(
        `content/ is not what ingest writes (${diffs.length} files); run \`npm run ingest\`\n`,
      );
      return 1;
    }
    return 0;
  }
  writeContent(files, contentDir, roots);
  const plans = new Set(
    [...files.keys()]
      .filter((f) => f.startsWith('plans/'))
      .map((f) => f.split('/').slice(0, 3).join('/')),
  ).size;
  process.stderr.write(`ingest: wrote ${files.size} files of ${plans} plans to content/\n`);
  return 0;
}

if (import.meta.main) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    if (e instanceof IngestError) {
      for (const p of e.problems) process.stderr.write(`${formatProblem(p)}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`ingest: ${(e as Error).message ?? String(e)}\n`);
      process.exitCode = 2;
    }
  }
}
