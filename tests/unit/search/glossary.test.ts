/**
 * The glossary (src/data/glossary.ts), entry by entry: every word and term of a group expands to
 * the group's terms (within the variant cap), and every term of a non-department group occurs in
 * the texts of the library's notices (seeds/), so that searching it can find something.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GLOSSARY, MAX_VARIANTS } from '../../../src/data/glossary.ts';
import { normalize, parseQuery } from '../../../src/lib/search/expand.ts';

function seedTexts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return seedTexts(path);
    return name.endsWith('.txt') ? [readFileSync(path, 'utf8')] : [];
  });
}

// The notices wrap lines mid-word and put spaces inside numbers ("2023 年"): join them.
const library = seedTexts('seeds')
  .map((t) => t.replace(/\s+/g, ''))
  .join('\n');

const cases = GLOSSARY.flatMap((group, index) =>
  [...new Set([...group.words, ...group.terms])].map(
    (word) => [`${group.kind} #${index}: ${word}`, word, group] as const,
  ),
);

describe('every glossary word expands to its group’s terms', () => {
  test.each(cases)('%s', (_name, word, group) => {
    const terms = parseQuery(word);
    expect(terms.map((t) => t.text)).toEqual([normalize(word)]);
    const variants = terms[0]!.variants.map((v) => v.text);
    expect(variants[0]).toBe(normalize(word));
    expect(variants.length).toBeLessThanOrEqual(MAX_VARIANTS);
    // The group's terms come in its order, as many as the cap leaves room for; other groups the
    // word belongs to may come first. A term inside the word is broader and is not searched
    // (出口退税 is not widened to 退税).
    const own = group.terms
      .map(normalize)
      .filter((t) => t !== normalize(word) && !normalize(word).includes(t));
    for (const t of group.terms.map(normalize).filter((t) => t !== normalize(word)))
      if (normalize(word).includes(t)) expect(variants).not.toContain(t);
    const expected = own.slice(0, Math.max(0, MAX_VARIANTS - 1));
    const present = expected.filter((t) => variants.includes(t));
    if (expected.length > 0) expect(present.length).toBeGreaterThan(0);
    if (variants.length < MAX_VARIANTS) expect(present).toEqual(expected);
  });
});

const terms = GLOSSARY.flatMap((group, index) =>
  group.kind === 'department'
    ? []
    : group.terms.map((term) => [`${group.kind} #${index}: ${term}`, term] as const),
);

describe('every term a group searches occurs in the library', () => {
  test.each(terms)('%s', (_name, term) => {
    expect(library.includes(term), `${term} occurs in no notice under seeds/`).toBe(true);
  });
});

test('department groups: at least one spelling of each body occurs in the library', () => {
  const missing = GLOSSARY.filter((g) => g.kind === 'department')
    .filter((g) => !g.terms.some((t) => library.includes(t)))
    .map((g) => g.terms[0]);
  expect(missing).toEqual([]);
});

test('the issue’s examples expand as documented', () => {
  const of = (q: string) => parseQuery(q).map((t) => t.variants.map((v) => v.text));
  expect(of('交税')[0]).toEqual(expect.arrayContaining(['交税', '纳税', '办税']));
  expect(of('缴税')[0]).toEqual(expect.arrayContaining(['纳税', '办税']));
  expect(of('报税')[0]).toEqual(expect.arrayContaining(['纳税', '办税']));
  expect(of('开公司')[0]).toEqual(expect.arrayContaining(['企业开办', '开办企业']));
  expect(of('开店')[0]).toEqual(expect.arrayContaining(['企业开办', '开办企业']));
  expect(of('通电')[0]).toEqual(expect.arrayContaining(['办电', '用电', '获得电力']));
  expect(of('医保')[0]).toEqual(expect.arrayContaining(['医疗保障']));
  expect(of('执照')[0]).toEqual(expect.arrayContaining(['营业执照']));
  expect(of('人社局')[0]).toEqual(expect.arrayContaining(['人力资源和社会保障局']));
  expect(of('住建局')[0]).toEqual(expect.arrayContaining(['住房和城乡建设局']));
  expect(of('市监局')[0]).toEqual(expect.arrayContaining(['市场监督管理局']));
});
