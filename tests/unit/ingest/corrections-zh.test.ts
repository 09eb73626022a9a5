/**
 * Every correction of every seed gives its reason in Chinese (`reasonZh`): the site shows it on the
 * plan's page and on the item, where the English record alone left a column of English on a
 * Chinese page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { parseCorrections } from '../../../scripts/ingest/corrections.ts';

const SEEDS = resolve(import.meta.dirname, '../../../seeds');
const files = (readdirSync(SEEDS, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.corrections.json'))
  .sort();

test('there are corrections files to check', () => {
  expect(files.length).toBeGreaterThan(0);
});

test.each(files)('seeds/%s: every correction has a Chinese reason', (file) => {
  const corrections = parseCorrections(readFileSync(join(SEEDS, file), 'utf8'), file);
  for (const c of corrections) {
    expect(c.reasonZh, `${file} ${c.id}`).toMatch(/\p{Script=Han}/u);
  }
});
