/**
 * Fixture tests: one folder per odd case under tests/fixtures/ingest/<case>/ with input.txt (and
 * input.corrections.json when the case needs one), README.md saying what the case is about, and
 * expected.json: the model, or { errors: [...] } for a notice that must be refused.
 * `UPDATE=1 npx vitest run tests/unit/ingest/fixtures.test.ts` rewrites the expectations (review the
 * diff before committing).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { IngestError, formatProblem } from '../../../scripts/ingest/errors.ts';
import { ingest } from '../../../scripts/ingest/ingest.ts';

const DIR = resolve(import.meta.dirname, '../../fixtures/ingest');
const cases = readdirSync(DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(DIR, e.name, 'input.txt')))
  .map((e) => e.name)
  .sort();

/** The model of a fixture, or its errors as the CLI prints them. */
export function runFixture(dir: string): unknown {
  const bytes = readFileSync(join(dir, 'input.txt'));
  const cPath = join(dir, 'input.corrections.json');
  const corrections = existsSync(cPath)
    ? { file: 'input.corrections.json', json: readFileSync(cPath, 'utf8') }
    : undefined;
  try {
    return ingest({
      file: 'input.txt',
      bytes,
      corrections,
      plan: { place: 'fixture', id: '2020' },
    });
  } catch (e) {
    if (e instanceof IngestError) return { errors: e.problems.map(formatProblem) };
    throw e;
  }
}

describe('ingest fixtures', () => {
  test('there are fixtures', () => {
    expect(cases.length).toBeGreaterThan(10);
  });
  test.each(cases)('%s', (name) => {
    const dir = join(DIR, name);
    const actual = runFixture(dir);
    const expectedPath = join(dir, 'expected.json');
    if (process.env.UPDATE) {
      writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      return;
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
