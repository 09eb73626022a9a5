/** The parse's own steps: header, marks and paragraphs, the attachment's levels, inline units. */
import { describe, expect, test } from 'vitest';
import { findUnitBlock } from '../../../scripts/ingest/blocks.ts';
import { carriesUnits, readEntry } from '../../../scripts/ingest/commitment.ts';
import { commitmentLevel } from '../../../scripts/ingest/level.ts';
import { outlineOf } from '../../../scripts/ingest/outline.ts';
import type { Entry } from '../../../scripts/ingest/types.ts';
import { Problems } from '../../../scripts/ingest/errors.ts';
import { dateOfLine, readHeader, splitSignature } from '../../../scripts/ingest/header.ts';
import { markOf, paragraphsOf, sectionsOf } from '../../../scripts/ingest/marks.ts';
import type { LogicalLine } from '../../../scripts/ingest/types.ts';

const lines = (...texts: string[]): LogicalLine[] =>
  texts.map((text, i) => ({ line: i + 1, endLine: i + 1, text }));

describe('header', () => {
  test('masthead, number, title with joint issuers, addressees', () => {
    const raw = [
      '中共郑州市委办公厅文件',
      '郑办〔2020〕14号',
      '中共郑州市委办公厅 郑州市人民政府办公厅 关于深入做好 2020 年优化营商环境 工作的通知',
      '各开发区党工委、管委会，各人民团体：',
      '为进一步激发市场主体活力，现将有关事宜通知如下。',
    ];
    const norm = lines(
      '中共郑州市委办公厅文件',
      '郑办〔2020〕14号',
      '中共郑州市委办公厅郑州市人民政府办公厅关于深入做好2020年优化营商环境工作的通知',
      '各开发区党工委、管委会，各人民团体：',
      '为进一步激发市场主体活力，现将有关事宜通知如下。',
    );
    const h = readHeader(norm, raw, new Problems('n.txt'));
    expect(h).toMatchObject({
      title: '中共郑州市委办公厅 郑州市人民政府办公厅关于深入做好2020年优化营商环境工作的通知',
      docNumber: '郑办〔2020〕14号',
      titleIssuers: ['中共郑州市委办公厅', '郑州市人民政府办公厅'],
      titleDate: null,
      addressees: '各开发区党工委、管委会，各人民团体：',
    });
    expect(h.body.map((l) => l.line)).toEqual([5]);
  });
  test('a title wrapped over lines, its date in brackets', () => {
    const texts = [
      '克拉玛依市人民政府办公室关于印发工作要点的',
      '通知（2023年5月10日）',
      '各有关单位：',
    ];
    const h = readHeader(lines(...texts), texts, new Problems('n.txt'));
    expect([h.title, h.titleIssuers, h.titleDate]).toEqual([
      '克拉玛依市人民政府办公室关于印发工作要点的通知',
      ['克拉玛依市人民政府办公室'],
      '2023-05-10',
    ]);
  });
  test('signature lines sit after the last sentence; the date line', () => {
    const { body, signature } = splitSignature(
      lines('营造优化营商环境的良好氛围。', '中共郑州市委办公厅', '郑州市人民政府办公厅'),
    );
    expect(body.map((l) => l.text)).toEqual(['营造优化营商环境的良好氛围。']);
    expect(signature).toEqual(['中共郑州市委办公厅', '郑州市人民政府办公厅']);
    expect(dateOfLine('2020年4月30日')).toBe('2020-04-30');
    expect(dateOfLine('2020年4月')).toBeNull();
  });
});

describe('marks and paragraphs', () => {
  test.each([
    ['一、开办企业', { kind: 'cn-dun', numeral: '一', rest: '开办企业' }],
    ['（十九）监督', { kind: 'cn-paren', numeral: '十九', rest: '监督' }],
    ['107.持续开展扫黑除恶', { kind: 'num-dot', numeral: '107', rest: '持续开展扫黑除恶' }],
    ['（2）提升管理服务水平。', { kind: 'num-paren', numeral: '2', rest: '提升管理服务水平。' }],
    ['2020年12月。', null],
  ])('%s', (text, mark) => {
    expect(markOf(text)).toEqual(mark);
  });
  test('a labelled paragraph continues over unmarked lines; sections by 一、', () => {
    const s = sectionsOf(
      lines('开头一段。', '一、重点工作', '（一）深化改革。', '接着写。', '二、要求', '另一段。'),
    );
    expect(s.map((x) => [x.number, x.title, x.paragraphs.map((p) => [p.label, p.text])])).toEqual([
      [null, '', [[null, '开头一段。']]],
      ['一', '重点工作', [['（一）', '深化改革。接着写。']]],
      ['二', '要求', [[null, '另一段。']]],
    ]);
    expect(paragraphsOf(lines('（一）加强组织实施', '持续健全机制。')).map((p) => p.label)).toEqual(
      ['（一）', null],
    );
  });
});

describe('outline and commitment level', () => {
  const outline = (...texts: string[]) => outlineOf(lines(...texts), texts, []);
  const carry = () => {
    const stats = { rules: 0 };
    return (e: Entry) => carriesUnits(readEntry(e, stats));
  };
  test('items are the level that carries units; headings are the levels above them', () => {
    const seedLike = outline(
      '一、开办企业',
      '1.压缩时间。',
      '责任单位：市税务局。完成时限：2020年6月。',
      '2.培育计划',
      '（1）推进。',
      '责任单位：市科技局。完成时限：2020年12月。',
    );
    expect(seedLike.entries.map((e) => e.level)).toEqual([
      'cn-dun@0',
      'num-dot@1',
      'num-dot@1',
      'num-paren@2',
    ]);
    expect(commitmentLevel(seedLike.entries, carry())).toBe('num-dot@1');
    const sanyaLike = outline(
      '一、重点任务',
      '（一）打造环境',
      '1.提升便利度',
      '（1）优化服务。（责任单位：市局；完成时限：2023年11月）',
    );
    expect(commitmentLevel(sanyaLike.entries, carry())).toBe('num-paren@3');
  });
  test('a number that continues no sequence is text', () => {
    const o = outline('一、任务', '1.甲。', '1000、2000元。', '2.乙。', '（2022）年版。');
    expect(o.entries.map((e) => e.label)).toEqual(['一、', '1.', '2.']);
  });
  test('units in brackets at the end of the text', () => {
    expect(
      findUnitBlock(
        '优化服务。（牵头单位：市局（市办）；配合单位：市委；完成时限：2023年11月）',
        new Set([0]),
      ),
    ).toMatchObject({
      form: 'inline',
      text: '优化服务。',
      block: '牵头单位：市局（市办）；配合单位：市委；完成时限：2023年11月',
    });
    expect(findUnitBlock('优化服务（含“一件事”）。', new Set([0]))).toBeNull();
  });
});
