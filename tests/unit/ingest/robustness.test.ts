/**
 * A damaged notice (lines dropped, repeated, cut or glued together) gives a model with located
 * warnings (or, when no model can be made, located errors), never a crash: a fixed pseudo-random set
 * of damages to the seed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { IngestError } from '../../../scripts/ingest/errors.ts';
import { ingest } from '../../../scripts/ingest/ingest.ts';

const seed = readFileSync(
  resolve(import.meta.dirname, '../../../seeds/zhengzhou/2020.txt'),
  'utf8',
).split('\n');

test('100 damaged copies of the seed: each a model with located warnings, or located errors', () => {
  let s = 12345;
  const rnd = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const outcomes = { model: 0, warned: 0, errors: 0 };
  for (let k = 0; k < 100; k++) {
    const lines = [...seed];
    for (let j = 0; j < 1 + Math.floor(rnd() * 4); j++) {
      const i = Math.floor(rnd() * lines.length);
      const other = lines[Math.floor(rnd() * lines.length)]!;
      const op = rnd();
      if (op < 0.3) lines.splice(i, 1);
      else if (op < 0.5) lines.splice(i, 0, other);
      else if (op < 0.7) lines[i] = lines[i]!.slice(0, Math.floor(rnd() * lines[i]!.length));
      else if (op < 0.85) lines[i] += other;
      else lines[i] = `（${lines[i]}`;
    }
    try {
      const m = ingest({
        file: 'seeds/x/2020.txt',
        bytes: new TextEncoder().encode(lines.join('\n')),
      });
      outcomes.model++;
      if (m.warnings.length > 0) outcomes.warned++;
      for (const w of m.warnings) {
        expect(w.line).toBeGreaterThanOrEqual(1);
        expect(w.line).toBeLessThanOrEqual(lines.length);
      }
    } catch (e) {
      expect(e).toBeInstanceOf(IngestError);
      for (const p of (e as IngestError).problems) {
        expect(p.file).toBe('seeds/x/2020.txt');
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.line).toBeLessThanOrEqual(lines.length);
      }
      outcomes.errors++;
    }
  }
  // Damage is a warning: nearly every copy still gives a model, most of them say what was odd.
  expect(outcomes.model).toBeGreaterThanOrEqual(90);
  expect(outcomes.warned).toBeGreaterThan(outcomes.model / 2);
});
