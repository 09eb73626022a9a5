import { expect, test } from 'vitest';
import { TYPED_WEIGHT, allVariants, parseQuery } from '../../../src/lib/search/expand.ts';

const texts = (q: string) => parseQuery(q).map((t) => t.text);

test('question words are dropped: 通电要多久 searches 通电 and its variants', () => {
  const terms = parseQuery('通电要多久');
  expect(terms.map((t) => t.text)).toEqual(['通电']);
  expect(terms[0]!.variants[0]).toEqual({ text: '通电', weight: TYPED_WEIGHT, kinds: [] });
  expect(terms[0]!.variants.slice(1).every((v) => v.weight < 1)).toBe(true);
  expect(texts('怎么开公司？')).toEqual(['开公司']);
});

test('a query of question words only is searched as typed', () => {
  expect(texts('如何')).toEqual(['如何']);
});

test('spaces separate terms; a run the glossary knows the parts of is split', () => {
  expect(texts('开公司 执照')).toEqual(['开公司', '执照']);
  expect(texts('开公司执照')).toEqual(['开公司', '执照']);
  expect(texts('通电时间')).toEqual(['通电', '时间']);
  // The longest glossary word wins: 出口退税 is not 出口 + 退税.
  expect(texts('出口退税')).toEqual(['出口退税']);
});

test('an unknown word is one term, searched as itself only', () => {
  const terms = parseQuery('郑好办');
  expect(terms).toEqual([
    { text: '郑好办', variants: [{ text: '郑好办', weight: TYPED_WEIGHT, kinds: [] }] },
  ]);
});

test('full-width spaces and letters are folded', () => {
  expect(texts('　不动产登记　一窗受理 ')).toEqual(['不动产登记', '一窗受理']);
  expect(texts('ＡＰＰ')).toEqual(['app']);
});

test('allVariants lists each variant once', () => {
  const all = allVariants(parseQuery('纳税 交税'));
  expect(new Set(all).size).toBe(all.length);
  expect(all).toContain('办税');
  expect(parseQuery('')).toEqual([]);
});

test('a variant inside the typed term is not searched: it is broader', () => {
  expect(parseQuery('出口退税')[0]!.variants.map((v) => v.text)).toEqual(['出口退税']);
  expect(parseQuery('电子营业执照')[0]!.variants.map((v) => v.text)).not.toContain('营业执照');
  expect(parseQuery('退税')[0]!.variants.map((v) => v.text)).toContain('出口退税');
});
