import { describe, expect, test } from 'vitest';
import {
  isStructural,
  joinPageBreaks,
  type LogicalLine,
} from '../../../scripts/ingest/structure.ts';

const lines = (...texts: [number, string][]): LogicalLine[] =>
  texts.map(([line, text]) => ({ line, endLine: line, text }));

describe('page-break repair', () => {
  test('a line that ends mid-sentence is joined to the next, keeping both line numbers', () => {
    const out = joinPageBreaks(
      lines([119, '供电公司直'], [121, '接查询营业执照。'], [123, '责任单位：郑州供电公司。']),
    );
    expect(out.lines).toEqual([
      { line: 119, endLine: 121, text: '供电公司直接查询营业执照。' },
      { line: 123, endLine: 123, text: '责任单位：郑州供电公司。' },
    ]);
    expect(out.joins).toBe(1);
  });
  test.each([
    ['责任单位：市资源规划局、市住房保障局、市税务局。完', '成时限：2020年6月。'],
    ['责任单位：市人社局、市税务局、市社保中心。完成时限：', '2020年12月。'],
    ['牵头单位：市法院。责任单位：市金融局。完成时限：2020', '年12月。'],
    ['责任单位：市财政局、郑州市各预算单位、各相关金融机', '构。完成时限：2020年12月。'],
    ['牵头单位：市科技局。责任单位：市财政局，各', '开发区、县（市）区。完成时限：2020年12月。'],
    ['将“不动产登记一窗受理”', '“不动产审核登簿”与“缴费缮证”环节合并为一个环节。'],
  ])('joins %s + %s', (a, b) => {
    expect(joinPageBreaks(lines([1, a], [3, b])).lines.map((l) => l.text)).toEqual([a + b]);
  });
  test.each([
    ['13.部分高压外部工程行政审批列入豁免清单无需办理。', '150米及以下沿市政道路……'],
    ['83.大力实施科技型企业培育计划', '（1）持续推进科技型企业优惠扶持政策落实。'],
    ['一、开办企业', '1.进一步压缩企业开办时间。'],
    ['二、办理建筑许可', '持续推进。'],
    ['责任单位：市市场监管局（市知识产权局）、市金融局。', '完成时限：2020年12月。'],
    ['推进改革', '2.加快电子营业执照推广应用。'],
  ])('does not join %s + %s', (a, b) => {
    expect(joinPageBreaks(lines([1, a], [2, b])).lines).toHaveLength(2);
  });
  test('a short labelled heading keeps its paragraph apart; a wrapped one is continued', () => {
    expect(
      joinPageBreaks(
        lines([1, '（一）加强组织实施，完善工作体系和政策体系'], [2, '持续健全联动工作机制。']),
      ).lines,
    ).toHaveLength(2);
    expect(
      joinPageBreaks(
        lines(
          [1, '（十四）完善市、区、乡镇（街道）、村（社区）四级综合性政务服务大厅集中服务'],
          [2, '模式，打造“15分钟政务服务圈”。'],
        ),
      ).lines,
    ).toHaveLength(1);
    expect(
      joinPageBreaks(
        lines([1, '（十）针对重点领域，进一步加大执法力度，'], [2, '严厉打击商标侵权。']),
      ).lines,
    ).toHaveLength(1);
  });
  test('what starts something new', () => {
    expect(
      ['一、指导思想', '（一）强化责任担当。', '12.低压', '（2）提升', '牵头单位：市法院。'].every(
        isStructural,
      ),
    ).toBe(true);
    expect(['2020年12月。', '150米及以下', '2.0版推进'].some(isStructural)).toBe(false);
  });
});
