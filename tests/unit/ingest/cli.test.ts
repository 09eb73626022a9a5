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
import { check, generate, writeContent } from '../../../scripts/ingest/cli.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEED = join(ROOT, 'seeds/zhengzhou-2020-business-environment.txt');
const FIXTURES = join(ROOT, 'tests/fixtures/ingest');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Modification times of the generated content, to show a failed run changed nothing. */
function contentStamp(): string {
  const dir = join(ROOT, 'content');
  const entries = ['plan.json', 'departments.json', 'items', 'indicators'].filter((e) =>
    existsSync(join(dir, e)),
  );
  return entries.map((e) => `${e}:${statSync(join(dir, e)).mtimeMs}`).join(' ');
}

describe('ingest CLI', () => {
  test('--json prints the model of the seed and writes nothing', () => {
    const before = contentStamp();
    const r = run('--json', SEED);
    expect(r.status).toBe(0);
    const model = JSON.parse(r.stdout);
    expect(model.items).toHaveLength(107);
    expect(model.sourceFile).toBe('seeds/zhengzhou-2020-business-environment.txt');
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

  test('check lists files that differ, are missing or are not generated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-check-'));
    writeContent(files, dir);
    expect(check(files, dir)).toEqual([]);
    writeFileSync(join(dir, 'items/005.mdx'), 'edited by hand');
    writeFileSync(join(dir, 'items/999.mdx'), 'stale');
    const rm = join(dir, 'indicators/paying-taxes.mdx');
    writeFileSync(rm, '');
    expect(check(files, dir)).toEqual([
      'content/indicators/paying-taxes.mdx: differs',
      'content/items/005.mdx: differs',
      'content/items/999.mdx: not generated by ingest',
    ]);
  });

  test('writing replaces the generated entries, removes stale ones, leaves annotations alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-write-'));
    mkdirSync(join(dir, 'annotations'));
    writeFileSync(join(dir, 'annotations/5.md'), '---\nitem: 5\n---\n');
    mkdirSync(join(dir, 'items'));
    writeFileSync(join(dir, 'items/999.mdx'), 'stale');
    writeContent(files, dir);
    expect(readFileSync(join(dir, 'annotations/5.md'), 'utf8')).toBe('---\nitem: 5\n---\n');
    expect(existsSync(join(dir, 'items/999.mdx'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual([
      'annotations',
      'departments.json',
      'indicators',
      'items',
      'plan.json',
    ]);
    expect(check(files, dir)).toEqual([]);
  });
});
