/** Step 1 of the parse: the outline (numbered lines, their kinds, depths and sequences). */
import { describe, expect, test } from 'vitest';
import { markOf, outlineOf } from '../../../scripts/ingest/outline.ts';
import type { LogicalLine, Warning } from '../../../scripts/ingest/types.ts';

const lines = (...texts: string[]): LogicalLine[] =>
  texts.map((text, i) => ({ line: i + 1, endLine: i + 1, text }));
function outline(...texts: string[]) {
  const warnings: Warning[] = [];
  const o = outlineOf(lines(...texts), texts, warnings);
  return { ...o, warnings, labels: o.entries.map((e) => `${e.label}@${e.depth}`) };
}

describe('marks', () => {
  test.each([
    ['一、总体要求', 'cn-dun', 1],
    ['（十三)强化组织领导', 'cn-paren', 13],
    ['(二)加强监督', 'cn-paren', 2],
    ['12.优化服务', 'num-dot', 12],
    ['3﹒推进改革', 'num-dot', 3],
    ['（4）持续推进', 'num-paren', 4],
    ['第二十一条 附则', 'article', 21],
  ])('%s', (text, kind, value) => {
    expect(markOf(text)).toMatchObject({ kind, value });
  });
  test.each(['（核发）', '30万元、', '2023年，全市', '（街道）', '1-1.25倍'])(
    '%s is no mark',
    (t) => {
      expect(markOf(t)).toBeNull();
    },
  );
});

describe('sequences', () => {
  test('numbering straight through sub-sections, and restarting in each', () => {
    expect(outline('一、甲', '（一）乙', '1.丙。', '2.丁。', '（二）戊', '3.己。').labels).toEqual([
      '一、@0',
      '（一）@1',
      '1.@2',
      '2.@2',
      '（二）@1',
      '3.@2',
    ]);
    expect(outline('一、甲', '（一）乙', '1.丙。', '（二）戊', '1.己。').labels).toEqual([
      '一、@0',
      '（一）@1',
      '1.@2',
      '（二）@1',
      '1.@2',
    ]);
  });
  test('a number that continues no sequence is text of the entry above', () => {
    const o = outline('一、甲', '1.补助', '1000、', '2000元。', '（2022）年版', '2.乙。');
    expect(o.labels).toEqual(['一、@0', '1.@1', '2.@1']);
    expect(o.entries[1]!.body.map((l) => l.text)).toEqual(['1000、', '2000元。', '（2022）年版']);
  });
  test('a closing section may continue the numbering of the one before', () => {
    expect(
      outline('一、甲', '（一）乙。', '（二）丙。', '二、工作要求', '（三）丁。').labels,
    ).toEqual(['一、@0', '（一）@1', '（二）@1', '二、@0', '（三）@1']);
  });
  test('a skipped or repeated number is an entry and a warning', () => {
    expect(outline('一、甲', '1.乙。', '3.丙。').warnings).toEqual([
      { line: 3, message: 'entry 3 follows 1: the entry between them is missing' },
    ]);
    expect(outline('一、甲', '1.乙。', '2.丙。', '2.丁。').warnings).toEqual([
      { line: 4, message: 'entry 2 is numbered twice' },
    ]);
  });
  test('digits after the dot: a year is glued to its entry; a decimal mid-sentence is text', () => {
    const o = outline('一、甲', '1.乙。', '2.2023年底前完成。', '压缩至', '3.5个工作日。');
    expect(o.labels).toEqual(['一、@0', '1.@1', '2.@1']);
    expect(o.entries[2]!.mark.rest).toBe('2023年底前完成。');
    expect(o.warnings.map((w) => w.line)).toEqual([3, 5]);
  });
  test('labels as the source writes them', () => {
    const texts = ['一、甲', '1．乙。', '(1)丙。'];
    const o = outlineOf(lines('一、甲', '1.乙。', '（1）丙。'), texts, []);
    expect(o.entries.map((e) => e.label)).toEqual(['一、', '1．', '(1)']);
  });
});
