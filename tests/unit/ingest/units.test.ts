import { describe, expect, test } from 'vitest';
import {
  readDeadline,
  readRoles,
  readUnitBlock,
  splitUnits,
} from '../../../scripts/ingest/units.ts';

describe('unit lists', () => {
  test.each([
    [
      '市市场监管局、市公安局；各开发区、县（市）区',
      ['市市场监管局', '市公安局', '各开发区', '各县（市）区'],
    ],
    [
      '自贸区郑州片区、各开发区、县（市）区、市资源规划局',
      ['自贸区郑州片区', '各开发区', '各县（市）区', '市资源规划局'],
    ],
    [
      '郑州公积金中心、市社保中心等市直机关相关部门及各开发区、县（市）区',
      ['郑州公积金中心', '市社保中心', '市直机关相关部门', '各开发区', '各县（市）区'],
    ],
    [
      '市资源规划局等“一件事”涉及部门，各开发区、县（市）区',
      ['市资源规划局', '“一件事”涉及部门', '各开发区', '各县（市）区'],
    ],
    [
      '市司法局、“双随机、一公开”监管工作联席会议各成员单位、各开发区、县（市）区',
      ['市司法局', '“双随机、一公开”监管工作联席会议各成员单位', '各开发区', '各县（市）区'],
    ],
    ['市市场监管局（市知识产权局）、市金融局', ['市市场监管局（市知识产权局）', '市金融局']],
    ['市管各企业和高等院校', ['市管各企业和高等院校']],
    [
      '市发改委，市政务服务和公共资源交易中心等市级各有关部门',
      ['市发改委', '市政务服务和公共资源交易中心', '市级各有关部门'],
    ],
    ['市税务局、市税务局', ['市税务局']],
    [
      '各市、县〔区〕市场监管局、宁东市场监管局',
      ['各市市场监管局', '各县〔区〕市场监管局', '宁东市场监管局'],
    ],
    ['各县（市、区）人民政府', ['各县（市、区）人民政府']],
    ['全市供水、燃气企业，市人防办', ['全市供水、燃气企业', '市人防办']],
    ['市大数据局等', ['市大数据局']],
    ['相关政府部门及单位', ['相关政府部门及单位']],
    ['综合规划处、新闻宣传处等相关处室', ['综合规划处', '新闻宣传处', '相关处室']],
  ])('%s', (value, names) => {
    expect(splitUnits(value)).toEqual(names);
  });
});

describe('unit blocks', () => {
  test('roles inside a labelled value: X牵头，Y按职责分工负责', () => {
    const b = readUnitBlock('责任单位：省发展改革委牵头，省各有关部门按职责分工负责');
    expect([b.lead?.names, b.responsible?.names]).toEqual([['省发展改革委'], ['省各有关部门']]);
  });
  test('a sentence after the value is handed back, not a unit', () => {
    const b = readUnitBlock('责任单位：省民政厅、各县政府。以下责任单位中均包含各县政府，不再列出');
    expect(b.responsible?.names).toEqual(['省民政厅', '各县政府']);
    expect(b.trailing).toBe('以下责任单位中均包含各县政府，不再列出');
  });
  test('unlabelled roles', () => {
    const b = readRoles('审批局牵头，省局相关处室按职责分工负责，完成时限：2023年底前');
    expect([b.lead?.names, b.responsible?.names, b.deadline?.text]).toEqual([
      ['审批局'],
      ['省局相关处室'],
      '2023年底前',
    ]);
  });
  test('lead, responsible and deadline, labels kept as written', () => {
    expect(
      readUnitBlock('牵头单位：市商务局、市物流口岸局。责任单位：金水海关。整改时限：2020年12月。'),
    ).toEqual({
      lead: { label: '牵头单位', names: ['市商务局', '市物流口岸局'] },
      responsible: { label: '责任单位', names: ['金水海关'] },
      deadline: { label: '整改时限', text: '2020年12月' },
      trailing: '',
      problems: [],
    });
  });
  test('labels without full stops between them (one per line in the source)', () => {
    const b = readUnitBlock(
      '牵头单位：市发改委责任单位：各区人民政府，市级各有关部门完成时限：2023年6月底前并长期坚持',
    );
    expect(b.lead?.names).toEqual(['市发改委']);
    expect(b.responsible?.names).toEqual(['各区人民政府', '市级各有关部门']);
    expect(b.deadline?.text).toBe('2023年6月底前并长期坚持');
  });
  test('配合单位 counts as responsible, its label kept', () => {
    expect(
      readUnitBlock('牵头单位：市发改委；配合单位：市商务局；完成时限：2023年11月').responsible,
    ).toEqual({
      label: '配合单位',
      names: ['市商务局'],
    });
  });
  test('text before the first label is a problem', () => {
    expect(readUnitBlock('说明。责任单位：市商务局。完成时限：2020年6月。').problems).toHaveLength(
      1,
    );
  });
});

describe('deadlines', () => {
  test.each([
    ['2020年6月', { kind: 'month', year: 2020, month: 6 }],
    ['2020 年 12 月', { kind: 'month', year: 2020, month: 12 }],
    ['2023年6月底前', { kind: 'month', year: 2023, month: 6 }],
    ['2023年6月底前并长期坚持', { kind: 'month', year: 2023, month: 6 }],
    ['2023年12月30日', { kind: 'date', year: 2023, month: 12, day: 30 }],
    ['2023年12月30日前', { kind: 'date', year: 2023, month: 12, day: 30 }],
    ['2020年底', { kind: 'month', year: 2020, month: 12 }],
    ['持续推进', { kind: 'ongoing' }],
    ['长期坚持', { kind: 'ongoing' }],
    ['2023年底前', { kind: 'month', year: 2023, month: 12 }],
    ['2023年上半年', { kind: 'month', year: 2023, month: 6 }],
    ['2023年第三季度', { kind: 'month', year: 2023, month: 9 }],
    ['2023—2025年', { kind: 'month', year: 2025, month: 12 }],
    ['（2023年6月）', { kind: 'month', year: 2023, month: 6 }],
  ])('%s', (text, deadline) => {
    expect(readDeadline(text)).toEqual({ deadline });
  });
  test('read loosely with the plan year: a deadline without a year, a date inside words', () => {
    expect(readDeadline('6月底前', 2023)).toEqual({
      deadline: { kind: 'month', year: 2023, month: 6 },
      loose: "read as 2023 (the plan's year)",
    });
    expect(readDeadline('力争2023年9月底前基本完成', 2023)).toMatchObject({
      deadline: { kind: 'month', year: 2023, month: 9 },
    });
    expect(readDeadline('尽快', 2023)).toHaveProperty('error');
  });
  test.each(['尽快', '2020年13月', '2023年2月30日', '6月底', ''])(
    '%s does not read as a date',
    (text) => {
      expect(readDeadline(text)).toHaveProperty('error');
    },
  );
});
