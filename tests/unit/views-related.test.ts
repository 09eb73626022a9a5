/**
 * Related items are related by what they say first; shared departments only order items whose
 * texts are about equally close. Checked on small plans and on the seed, read by hand.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ingestFile } from '../../scripts/ingest/cli.ts';
import type { Model } from '../../src/schemas/model.ts';
import { relatedItems } from '../../src/lib/views/related.ts';
import { makeItem, makeModel } from './support/model.ts';

/** Filler items, so that the words the tests use are rare (idf) as they are in a real plan. */
const filler = Array.from({ length: 20 }, (_, k) =>
  makeItem({
    number: 10 + k,
    indicator: 1,
    title: `第${k}类工作`,
    text: `推进企业服务办理工作，优化流程。事项${'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉'[k]}。`,
    leadUnits: [`单位${k}`],
  }),
);

describe('relatedItems on a small plan', () => {
  const model = makeModel({
    indicators: ['纳税'],
    items: [
      makeItem({
        number: 1,
        indicator: 1,
        title: '精准实施对外开放税收服务',
        text: '精准实施对外开放税收服务。推进出口退税不见面办理，实现出口退税无纸化申报。',
        leadUnits: ['市税务局'],
      }),
      makeItem({
        number: 2,
        indicator: 1,
        title: '设立外贸出口退税资金池',
        text: '设立外贸出口退税资金池，建立稳外贸协调工作机制。',
        leadUnits: ['市商务局'],
      }),
      makeItem({
        number: 3,
        indicator: 1,
        title: '优化发票领用管理',
        text: '优化发票领用管理，推行电子发票。',
        leadUnits: ['市税务局'],
      }),
      makeItem({
        number: 4,
        indicator: 1,
        title: '扩展银税互动平台',
        text: '扩展银税互动平台，推行电子发票。',
        leadUnits: ['市税务局'],
      }),
      ...filler,
    ],
  });

  test('an item on the same subject comes before one that only shares a department', () => {
    const numbers = relatedItems(model, 1).map((r) => r.number);
    expect(numbers).toContain(2);
    expect(numbers).toContain(3);
    expect(numbers.indexOf(2)).toBeLessThan(numbers.indexOf(3));
  });

  test('shared departments break ties between equally close texts', () => {
    // 3 and 4 share 推行电子发票 with each other; 4 also shares 市税务局 with 3, so from 3, item 4
    // comes first; and items sharing only the department follow the ones with similar text.
    const related = relatedItems(model, 3);
    expect(related[0]?.number).toBe(4);
    expect(related[0]?.sharedDepartments).toEqual(['市税务局']);
  });

  test('best first: scores never increase down the list', () => {
    for (const n of [1, 2, 3, 4]) {
      const scores = relatedItems(model, n).map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});

describe('relatedItems on the seed', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const SEED = ['seeds/zhengzhou/2020.txt', 'seeds/zhengzhou-2020-business-environment.txt']
    .map((p) => resolve(ROOT, p))
    .find((p) => existsSync(p))!;
  let model: Model;
  beforeAll(() => {
    model = ingestFile(SEED).model;
  });

  test('item 28 (出口退税不见面办理) lists item 91 (外贸出口退税资金池), before items only sharing 市税务局', () => {
    const related = relatedItems(model, 28);
    const numbers = related.map((r) => r.number);
    expect(numbers).toContain(91);
    const onlyDepartment = related.filter((r) => r.textSimilarity < 0.03);
    for (const r of onlyDepartment)
      expect(numbers.indexOf(91)).toBeLessThan(numbers.indexOf(r.number));
  });

  test('and item 91 lists item 28', () => {
    expect(relatedItems(model, 91).map((r) => r.number)).toContain(28);
  });
});
