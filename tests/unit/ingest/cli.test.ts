/**
 * The CLI as a user meets it: exit status, `FILE:LINE: message` on stderr, no stack trace, content/
 * never half written; --json and --check; writing swaps the generated entries and leaves
 * annotations alone.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  buildLibrary,
  check,
  generate,
  seedFiles,
  writeContent,
} from '../../../scripts/ingest/cli.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEED = join(ROOT, 'seeds/zhengzhou/2020.txt');
const FIXTURES = join(ROOT, 'tests/fixtures/ingest');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** content/plans/<place>/<plan> of every seed. */
function seedPlanDirs(): string[] {
  return seedFiles().map(
    (f) =>
      `plans/${f
        .split('/')
        .slice(-2)
        .join('/')
        .replace(/\.txt$/, '')}`,
  );
}

/** Modification times of the generated content, to show a failed run changed nothing. */
function contentStamp(): string {
  const dir = join(ROOT, 'content');
  const entries = ['plans', ...seedPlanDirs()].filter((e) => existsSync(join(dir, e)));
  return entries.map((e) => `${e}:${statSync(join(dir, e)).mtimeMs}`).join(' ');
}

describe('ingest CLI', () => {
  test('--json prints the model of the seed and writes nothing', () => {
    const before = contentStamp();
    const r = run('--json', SEED);
    expect(r.status).toBe(0);
    const model = JSON.parse(r.stdout);
    expect(model.items).toHaveLength(107);
    expect(model.sourceFile).toBe('seeds/zhengzhou/2020.txt');
    expect(contentStamp()).toBe(before);
  });

  test.each([
    ['error-empty', /input\.txt:1: the file is empty/],
    ['error-not-utf8', /input\.txt:1: not UTF-8/],
    ['error-no-commitments', /input\.txt:\d+: no commitments found/],
    ['error-correction-not-found', /input\.corrections\.json:4: correction c1: /],
  ])('%s: located error, exit 1, no stack trace, content/ untouched', (name, message) => {
    const before = contentStamp();
    const r = run(join(FIXTURES, name, 'input.txt'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    for (const line of r.stderr.trim().split('\n'))
      expect(line).toMatch(/^[^:\s]+(?:\/[^:\s]+)*:\d+(?::\d+)?: \S/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(contentStamp()).toBe(before);
  });

  test.each([
    ['warning-duplicate-item', /\/input\.txt:33: warning: entry 2 is numbered twice$/m],
    ['warning-missing-item', /\/input\.txt:29: warning: entry 3 follows 1/m],
    ['warning-bad-deadline', /\/input\.txt:27: warning: item 1 \(1\.\): deadline "尽快"/m],
    ['warning-unclosed-bracket', /\/input\.txt:\d+: warning: item 1 .*never closed/m],
    ['warning-text-after-last-item', /\/input\.txt:\d+: warning: item 2 .*text after its units/m],
  ])(
    '%s: a model, exit 0, each warning located on stderr and listed in the model',
    (name, message) => {
      const before = contentStamp();
      const r = run('--json', join(FIXTURES, name, 'input.txt'));
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(message);
      const model = JSON.parse(r.stdout);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toEqual(
        model.warnings.map(
          (w: { line: number; message: string }) =>
            `tests/fixtures/ingest/${name}/input.txt:${w.line}: warning: ${w.message}`,
        ),
      );
      expect(contentStamp()).toBe(before);
    },
  );

  test('a missing file and a bad flag are reported without a stack trace', () => {
    expect(run('no-such-file.txt')).toMatchObject({
      status: 1,
      stderr: 'no-such-file.txt:1: no such file\n',
    });
    expect(run('--frobnicate').status).toBe(2);
  });

  test('10 MB of text that is not a notice ends with a located error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-big-'));
    const file = join(dir, 'big.txt');
    const line = '这是一段没有编号的文字，重复很多次，用来检验大文件不会让程序卡住或崩溃。'.repeat(
      4,
    );
    writeFileSync(file, `${line}\n`.repeat(Math.ceil((10 << 20) / Buffer.byteLength(`${line}\n`))));
    const r = run('--json', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/big\.txt:1: no commitments found/);
  });

  test('--check passes on the committed content/', () => {
    const r = run('--check');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('check and write', () => {
  const files = generate([SEED]);
  const D = 'plans/zhengzhou/2020';

  test('check lists files that differ, are missing or are not generated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-check-'));
    writeContent(files, dir);
    expect(check(files, dir)).toEqual([]);
    writeFileSync(join(dir, `${D}/items/005.mdx`), 'edited by hand');
    writeFileSync(join(dir, `${D}/items/999.mdx`), 'stale');
    mkdirSync(join(dir, 'plans/gone/2019'), { recursive: true });
    writeFileSync(join(dir, 'plans/gone/2019/plan.json'), '{}');
    writeFileSync(join(dir, `${D}/indicators/paying-taxes.mdx`), '');
    expect(check(files, dir)).toEqual([
      `content/${D}/indicators/paying-taxes.mdx: differs`,
      `content/${D}/items/005.mdx: differs`,
      'content/plans/gone/2019/plan.json: not generated by ingest',
      `content/${D}/items/999.mdx: not generated by ingest`,
    ]);
  });

  test('writing replaces content/plans/, removes stale plans and files, leaves annotations alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-write-'));
    mkdirSync(join(dir, 'annotations/zhengzhou/2020'), { recursive: true });
    writeFileSync(join(dir, 'annotations/zhengzhou/2020/5.md'), '---\nitem: 5\n---\n');
    mkdirSync(join(dir, `${D}/items`), { recursive: true });
    writeFileSync(join(dir, `${D}/items/999.mdx`), 'stale');
    mkdirSync(join(dir, 'plans/gone/2019'), { recursive: true });
    writeContent(files, dir);
    expect(readFileSync(join(dir, 'annotations/zhengzhou/2020/5.md'), 'utf8')).toBe(
      '---\nitem: 5\n---\n',
    );
    expect(existsSync(join(dir, `${D}/items/999.mdx`))).toBe(false);
    expect(existsSync(join(dir, 'plans/gone'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['annotations', 'continuity.json', 'plans']);
    expect(readdirSync(join(dir, D)).sort()).toEqual([
      'departments.json',
      'indicators',
      'items',
      'plan.json',
    ]);
    expect(check(files, dir)).toEqual([]);
  });

  test('writing one plan swaps its folder only, other plans stay', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-one-'));
    mkdirSync(join(dir, 'plans/sanya/2023'), { recursive: true });
    writeFileSync(join(dir, 'plans/sanya/2023/plan.json'), '{"kept":true}');
    writeContent(files, dir, [D]);
    expect(readFileSync(join(dir, 'plans/sanya/2023/plan.json'), 'utf8')).toBe('{"kept":true}');
    expect(check(files, dir, [D])).toEqual([]);
  });
});

describe('a library of plans', () => {
  /** A seeds/ folder in a temp dir with these notices (place/plan → source file). */
  function seeds(notices: Record<string, string>, extra: Record<string, string> = {}): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-lib-'));
    const paths: string[] = [];
    for (const [key, from] of Object.entries(notices)) {
      const path = join(dir, 'seeds', `${key}.txt`);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, readFileSync(from));
      const c = from.replace(/\.txt$/, '.corrections.json');
      if (existsSync(c))
        writeFileSync(path.replace(/\.txt$/, '.corrections.json'), readFileSync(c));
      paths.push(path);
    }
    for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, 'seeds', name), text);
    return paths;
  }
  const SANYA = join(ROOT, 'seeds/sanya/2023.txt');
  const KARAMAY = join(ROOT, 'seeds/karamay/2023.txt');

  test('each plan is named by its path; the place name comes from the issuers', () => {
    const { plans, warnings } = buildLibrary(
      seeds({ 'zhengzhou/2020': SEED, 'sanya/2023': SANYA, 'karamay/2023': KARAMAY }),
    );
    expect(warnings).toEqual([]);
    expect(plans.map((p) => [p.model.plan.place, p.model.plan.id, p.model.plan.year])).toEqual([
      [{ slug: 'karamay', name: '克拉玛依市' }, '2023', 2023],
      [{ slug: 'sanya', name: '三亚市' }, '2023', 2023],
      [{ slug: 'zhengzhou', name: '郑州市' }, '2020', 2020],
    ]);
  });

  test('place.json names the place and wins over the issuers', () => {
    const paths = seeds({ 'sanya/2023': SANYA }, { 'sanya/place.json': '{ "name": "三亚" }' });
    expect(buildLibrary(paths).plans[0]!.model.plan.place.name).toBe('三亚');
  });

  test('plans of one place that name different places are a warning asking for place.json', () => {
    const { plans, warnings } = buildLibrary(seeds({ 'x/2020': SEED, 'x/2023': SANYA }));
    expect(new Set(plans.map((p) => p.model.plan.place.name)).size).toBe(1);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^warning: the plans of x name different places .*place\.json/),
    ]);
  });

  test('one department name has one slug across the plans of a place', () => {
    // The same notice twice as two plans of one place: every name is shared, so is every slug.
    const { plans } = buildLibrary(seeds({ 'zhengzhou/2020': SEED, 'zhengzhou/2021': SANYA }));
    const slugs = new Map<string, string>();
    for (const { model } of plans)
      for (const d of model.departments) {
        expect(slugs.get(d.name) ?? d.slug).toBe(d.slug);
        slugs.set(d.name, d.slug);
      }
    const bySlug = new Map<string, string>();
    for (const [name, slug] of slugs) {
      expect(bySlug.get(slug) ?? name).toBe(name);
      bySlug.set(slug, name);
    }
  });

  test('a bad notice stops the whole library with its located error, nothing written', () => {
    const paths = seeds({
      'zhengzhou/2020': SEED,
      'bad/2023': join(FIXTURES, 'error-empty/input.txt'),
    });
    expect(() => buildLibrary(paths)).toThrow(/bad\/2023\.txt:1: the file is empty/);
  });
});
