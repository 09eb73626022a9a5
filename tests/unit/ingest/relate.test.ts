import { beforeAll, describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { ingestFile } from '../../../scripts/ingest/cli.ts';
import {
  MIN_COVERAGE,
  MIN_RUN,
  clauses,
  indexItems,
  longestRun,
  relatedItems,
  scoreParagraph,
} from '../../../scripts/ingest/relate.ts';
import type { Model } from '../../../src/schemas/model.ts';

const items = [
  {
    number: 1,
    text: '优化完善电子税务局各项功能，努力实现办税事项“零跑动”。主附税种实现“合并申报、一次缴纳”。',
  },
  { number: 2, text: '加强沟通协调，细化工作举措，优化完善工作机制。' },
  { number: 3, text: '继续加大执行力度，全力提升执结率，缩短结案平均用时。' },
];

describe('relating notice paragraphs to items', () => {
  test('clauses drop punctuation and quotes', () => {
    expect(clauses('努力实现办税事项“零跑动”。主附税种')).toEqual([
      [...'努力实现办税事项零跑动'],
      [...'主附税种'],
    ]);
  });
  test('longest shared run', () => {
    expect(longestRun([...'继续加大执行合同力度'], '继续加大执行力度')).toBe(6);
  });
  test('a clause copied from an item relates it; a shared stock phrase does not', () => {
    const p =
      '不断优化纳税服务水平。优化完善电子税务局各项功能，努力实现办税事项“零跑动”。要加强沟通协调。';
    const index = indexItems(items, [p]);
    expect(relatedItems(p, index)).toEqual([1]);
  });
  test('a trimmed copy still counts (继续加大执行合同力度 … 缩短结案平均用时)', () => {
    const p = '继续加大执行合同力度，全力提升执结率，缩短结案平均用时。';
    expect(relatedItems(p, indexItems(items, [p]))).toEqual([3]);
  });
});

describe('the threshold on the seed', () => {
  let model: Model;
  beforeAll(() => {
    model = ingestFile(resolve(import.meta.dirname, '../../../seeds/zhengzhou/2020.txt')).model;
  });
  test('scores fall clearly on either side of the threshold (a gap of at least 0.2 around it)', () => {
    const paragraphs = model.notice.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
    const index = indexItems(
      model.items.map((i) => ({
        number: i.number,
        text: [i.text, ...i.subitems.map((s) => s.text)].join(''),
      })),
      paragraphs,
    );
    const coverages = paragraphs.flatMap((p) =>
      [...scoreParagraph(p, index).values()].map((s) => s.coverage),
    );
    expect(coverages.length).toBeGreaterThan(20);
    const near = coverages.filter((c) => c > MIN_COVERAGE - 0.1 && c < MIN_COVERAGE + 0.1);
    expect(near).toEqual([]);
    const above = coverages.filter((c) => c >= MIN_COVERAGE);
    const below = coverages.filter((c) => c < MIN_COVERAGE);
    expect(Math.min(...above) - Math.max(...below)).toBeGreaterThanOrEqual(0.2);
    expect(MIN_RUN).toBe(8);
  });
});
