import { describe, expect, test } from 'vitest';
import { readDeadline, readUnitBlock, splitUnits } from '../../../scripts/ingest/units.ts';

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
  ])('%s', (value, names) => {
    expect(splitUnits(value)).toEqual(names);
  });
});

describe('unit blocks', () => {
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
  ])('%s', (text, deadline) => {
    expect(readDeadline(text)).toEqual({ deadline });
  });
  test.each(['尽快', '2020年13月', '2023年2月30日', '6月底', ''])(
    '%s does not read as a date',
    (text) => {
      expect(readDeadline(text)).toHaveProperty('error');
    },
  );
});
