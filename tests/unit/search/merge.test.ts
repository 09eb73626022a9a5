import { expect, test } from 'vitest';
import { mergeAnswers } from '../../../src/lib/search/merge.ts';

test('whole-word matches rank above pages that hold the characters apart', () => {
  // 交税: the plain search ranks 交房 pages first; only the variant 纳税 is held whole.
  const merged = mergeAnswers(
    1,
    [
      { term: 0, weight: 1, ranked: [{ id: 'jiaofang', score: 10 }], exact: [] },
      {
        term: 0,
        weight: 0.9,
        ranked: [
          { id: 'nashui-a', score: 8 },
          { id: 'nashui-b', score: 4 },
        ],
        exact: ['nashui-b', 'nashui-a'],
      },
    ],
    [{ id: 'jiaofang', score: 10 }],
  );
  expect(merged.full.map((r) => r.id)).toEqual(['nashui-a', 'nashui-b']);
  expect(merged.partial.map((r) => r.id)).toEqual(['jiaofang']);
  expect(merged.full[0]!.via).toEqual([1]);
});

test('the typed word outranks a variant; a page holding several variants outranks one', () => {
  const merged = mergeAnswers(
    1,
    [
      { term: 0, weight: 1, ranked: [{ id: 'typed', score: 5 }], exact: ['typed'] },
      { term: 0, weight: 0.9, ranked: [{ id: 'variant', score: 5 }], exact: ['variant'] },
    ],
    [],
  );
  expect(merged.full.map((r) => r.id)).toEqual(['typed', 'variant']);
});

test('with two terms a full match holds both; holding one is partial, before scattered pages', () => {
  const merged = mergeAnswers(
    2,
    [
      { term: 0, weight: 1, ranked: [], exact: ['both', 'first'] },
      { term: 1, weight: 1, ranked: [], exact: ['both'] },
    ],
    [
      { id: 'scattered', score: 9 },
      { id: 'first', score: 3 },
    ],
  );
  expect(merged.full.map((r) => r.id)).toEqual(['both']);
  expect(merged.partial.map((r) => r.id)).toEqual(['first', 'scattered']);
  expect(merged.partial.map((r) => r.terms)).toEqual([1, 0]);
});
