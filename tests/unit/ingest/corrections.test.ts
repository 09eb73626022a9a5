import { describe, expect, test } from 'vitest';
import {
  applyCorrections,
  correctionsPathFor,
  parseCorrections,
} from '../../../scripts/ingest/corrections.ts';
import { IngestError, formatProblem } from '../../../scripts/ingest/errors.ts';

const json = (list: unknown[]) => JSON.stringify({ corrections: list }, null, 2);
const c = (id: string, line: number, before: string, after: string) => ({
  id,
  line,
  before,
  after,
  reason: 'r',
});

function errors(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof IngestError) return e.problems.map(formatProblem);
    throw e;
  }
  return [];
}

describe('corrections', () => {
  test('the file beside a seed', () => {
    expect(correctionsPathFor('seeds/a.txt')).toBe('seeds/a.corrections.json');
  });
  test('applies on the named line only, keeps line count', () => {
    const text = json([c('c1', 2, '息，', '，')]);
    const out = applyCorrections(
      ['信息', '息，积极', '息，'],
      parseCorrections(text, 'c.json'),
      'c.json',
      text,
    );
    expect(out.lines).toEqual(['信息', '，积极', '息，']);
    expect(out.byLine.get(2)).toEqual(['c1']);
  });
  test('a before-text spanning lines leaves blank lines so later lines keep their numbers', () => {
    const text = json([c('c1', 1, '“郑\n\n“好办”', '“郑好办”')]);
    const out = applyCorrections(
      ['完善“郑', '', '“好办”APP', '下一行'],
      parseCorrections(text, 'c.json'),
      'c.json',
      text,
    );
    expect(out.lines).toEqual(['完善“郑好办”APP', '', '', '下一行']);
  });
  test('a before-text not on its line is an error in the corrections file, at the entry', () => {
    const text = json([c('c1', 1, '一', '二'), c('c2', 2, '不在这里', 'x')]);
    const list = parseCorrections(text, 'c.json');
    expect(errors(() => applyCorrections(['一', '二'], list, 'c.json', text, 'n.txt'))).toEqual([
      'c.json:11: correction c2: "不在这里" is not on line 2 of n.txt',
    ]);
  });
  test('a line past the end, a duplicate id, a malformed entry, bad JSON are errors', () => {
    const text = json([c('c1', 9, 'a', 'b')]);
    expect(
      errors(() =>
        applyCorrections(['a'], parseCorrections(text, 'c.json'), 'c.json', text, 'n.txt'),
      ),
    ).toEqual(['c.json:4: correction c1: n.txt has no line 9']);
    expect(
      errors(() => parseCorrections(json([c('c1', 1, 'a', 'b'), c('c1', 2, 'a', 'b')]), 'c.json')),
    ).toEqual(['c.json:4: correction id "c1" is used twice']);
    expect(errors(() => parseCorrections(json([{ id: 'c1', line: 0 }]), 'c.json'))[0]).toMatch(
      /^c\.json:4: correction #1 is malformed/,
    );
    expect(errors(() => parseCorrections('{', 'c.json'))[0]).toMatch(/^c\.json:1: not valid JSON/);
  });
});
