/**
 * Two other notices of the genre (tests/fixtures/corpus/, copies of ../shared/corpus): different
 * layouts, same model. Counts, every item with units and a deadline and no label left in its text,
 * and a sample of items checked by hand against the source lines.
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingestFile } from '../../../scripts/ingest/cli.ts';
import type { Model } from '../../../src/schemas/model.ts';

const DIR = resolve(import.meta.dirname, '../../fixtures/corpus');
const karamay = ingestFile(resolve(DIR, 'karamay-2023-fangguanfu.txt')).model;
const sanya = ingestFile(resolve(DIR, 'sanya-2023-business-environment.txt')).model;

const LABEL = /(牵头单位|牵头部门|责任单位|责任部门|配合单位|完成时限|整改时限)[：:]/;
function pick(m: Model, n: number) {
  const i = m.items.find((x) => x.number === n)!;
  return {
    indicator: i.indicator,
    line: i.source.line,
    lead: i.leadUnits,
    responsible: i.responsibleUnits,
    labels: i.unitLabels,
    deadline: i.deadline,
    deadlineText: i.deadlineText,
  };
}

describe.each([
  ['karamay', karamay, 71, ['持续深化简政放权', '不断创新监管机制', '持续优化政务服务']],
  [
    'sanya',
    sanya,
    61,
    [
      '打造公平有序的市场环境',
      '打造高效便捷的政务环境',
      '打造公正规范的法治环境',
      '打造自由便利的贸易投资环境',
      '打造包容普惠创新的发展环境',
    ],
  ],
] as const)('%s', (_name, model, count, indicators) => {
  test(`${count} items numbered 1…${count}, each with units and a deadline, no label left in the text`, () => {
    expect(model.items.map((i) => i.number)).toEqual(
      Array.from({ length: count }, (_, k) => k + 1),
    );
    for (const i of model.items) {
      expect(i.leadUnits.length + i.responsibleUnits.length).toBeGreaterThan(0);
      expect(i.deadlineText).not.toBe('');
      expect(i.text).not.toMatch(LABEL);
      expect(i.text).not.toMatch(/^[（(]|[（(]$/);
    }
  });
  test('indicators are the top-level groups that hold items', () => {
    expect(model.indicators.map((i) => i.title)).toEqual(indicators);
    expect(model.indicators.flatMap((i) => i.items)).toEqual(model.items.map((i) => i.number));
  });
});

describe('karamay: labels on their own lines, 1. numbering under 一、/（一）', () => {
  test('header', () => {
    expect(karamay.document).toMatchObject({
      title: '克拉玛依市人民政府办公室关于印发克拉玛依市2023年“放管服”改革工作要点的通知',
      issuers: ['克拉玛依市人民政府办公室'],
      date: '2023-05-10',
    });
    expect(karamay.document.attachment?.title).toBe('克拉玛依市2023年“放管服”改革工作要点');
    expect(
      karamay.document.attachment?.sections.map((s) => [
        s.number,
        s.title,
        s.paragraphs.map((p) => p.label),
      ]),
    ).toEqual([['四', '工作要求', ['（二十三）', '（二十四）', '（二十五）']]]);
  });
  test.each([
    [
      1,
      {
        indicator: 1,
        line: 26,
        lead: ['市发改委'],
        responsible: ['各区人民政府', '市政务服务和公共资源交易中心', '市级各有关部门'],
        labels: { lead: '牵头单位', responsible: '责任单位' },
        deadline: { kind: 'month', year: 2023, month: 6 },
        deadlineText: '2023年6月底前并长期坚持',
      },
    ],
    [
      4,
      {
        indicator: 1,
        line: 64,
        lead: ['市自然资源局'],
        responsible: ['各区人民政府', '市“工改”领导小组各成员单位'],
        labels: { lead: '牵头单位', responsible: '责任单位' },
        deadline: { kind: 'month', year: 2023, month: 6 },
        deadlineText: '2023年6月底前',
      },
    ],
    [
      67,
      {
        indicator: 3,
        line: 687,
        lead: ['市医保局'],
        responsible: [],
        labels: { lead: '牵头单位', responsible: null },
        deadline: { kind: 'month', year: 2023, month: 12 },
        deadlineText: '2023年12月底前',
      },
    ],
    [
      70,
      {
        indicator: 3,
        line: 713,
        lead: ['市人社局'],
        responsible: ['各区人民政府', '市财政局', '市级各有关部门'],
        labels: { lead: '牵头单位', responsible: '责任单位' },
        deadline: { kind: 'month', year: 2023, month: 6 },
        deadlineText: '2023年6月底前',
      },
    ],
  ])('item %i', (n, expected) => {
    expect(pick(karamay, n)).toEqual(expected);
  });
  test('item 4 keeps its text across the wrapped lines, the lone 。 included', () => {
    expect(karamay.items[3]!.text).toMatch(
      /^制定《克拉玛依市“拿地即发证”实施方案（试行）》，.*《不动产权证（土地）》。$/,
    );
  });
});

describe('sanya: (1) items under (一)/1., units inline in brackets, half-width punctuation', () => {
  test('header', () => {
    expect(sanya.document).toMatchObject({
      title: '三亚市人民政府办公室关于印发《三亚市创建一流营商环境2023年实施方案》的通知',
      issuers: ['三亚市人民政府办公室'],
      date: '2023-03-29',
      addressees: '各区人民政府，育才生态区管委会，市各相关单位：',
    });
    expect(sanya.document.attachment?.sections.map((s) => [s.number, s.title])).toEqual([
      ['一', '总体要求'],
      ['三', '组织保障'],
    ]);
  });
  test.each([
    [
      1,
      {
        indicator: 1,
        line: 26,
        lead: ['市市场监督管理局'],
        responsible: ['市各相关单位'],
        labels: { lead: '牵头单位', responsible: '配合单位' },
        deadline: { kind: 'month', year: 2023, month: 11 },
        deadlineText: '2023年11月',
      },
    ],
    [
      5,
      {
        indicator: 1,
        line: 72,
        lead: [],
        responsible: [
          '崖州湾科技城管理局',
          '中央商务区管理局',
          '现代服务业产业园管理委员会',
          '市自然资源和规划局',
        ],
        labels: { lead: null, responsible: '责任单位' },
        deadline: { kind: 'month', year: 2023, month: 6 },
        deadlineText: '2023年6月',
      },
    ],
    [
      11,
      {
        indicator: 1,
        line: 131,
        lead: ['市发展和改革委员会'],
        responsible: [
          '市公共资源交易中心',
          '市营商环境建设局',
          '市住房和城乡建设局',
          '市交通运输局',
          '市水务局',
          '市科技工业信息化局',
          '市农业农村局',
          '行业主管部门',
        ],
        labels: { lead: '牵头单位', responsible: '配合单位' },
        deadline: { kind: 'month', year: 2023, month: 6 },
        deadlineText: '2023年6月',
      },
    ],
    [
      38,
      {
        indicator: 3,
        line: 331,
        lead: ['市人民检察院', '市中级人民法院'],
        responsible: ['市城郊人民检察院', '市公安局', '市城郊人民法院'],
        labels: { lead: '牵头单位', responsible: '配合单位' },
        deadline: { kind: 'month', year: 2023, month: 6 },
        deadlineText: '2023年6月',
      },
    ],
  ])('item %i', (n, expected) => {
    expect(pick(sanya, n)).toEqual(expected);
  });
  test('the stray bracket of item 11 is a warning, not an error: raw sanya needs no corrections file', () => {
    expect(sanya.corrections).toEqual([]);
    expect(sanya.warnings).toEqual([
      {
        line: 132,
        message:
          'item 11 ((11)): the bracket of its units is never closed; read to the end of its text',
      },
    ]);
    expect(sanya.items[10]!.deadline).toEqual({ kind: 'month', year: 2023, month: 6 });
  });
  test('the text of an item ends before its bracketed units', () => {
    expect(sanya.items[0]!.text).toMatch(/加载在营业执照上的电子版许可证予以认可。$/);
  });
});
