/**
 * The seed's whole model against expectations checked by hand against the source text:
 * tests/fixtures/ingest-seed/items.tsv holds every item's indicator, line, units and deadline.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ingestFile } from '../../../scripts/ingest/cli.ts';
import type { Model } from '../../../src/schemas/model.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEED = resolve(ROOT, 'seeds/zhengzhou/2020.txt');
let model: Model;
beforeAll(() => {
  model = ingestFile(SEED).model;
});

function row(i: Model['items'][number]): string {
  const d =
    i.deadline.kind === 'ongoing' || i.deadline.kind === 'none'
      ? i.deadline.kind
      : `${i.deadline.year}-${String(i.deadline.month).padStart(2, '0')}`;
  return [
    i.number,
    i.indicator,
    i.source.line,
    i.leadUnits.join('、') || '-',
    i.responsibleUnits.join('、'),
    `${i.deadlineLabel}：${i.deadlineText}`,
    d,
  ].join('\t');
}

describe('the seed model', () => {
  test('every item matches the reviewed table (indicator, line, units, deadline)', () => {
    const expected = readFileSync(resolve(ROOT, 'tests/fixtures/ingest-seed/items.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(model.items.map(row)).toEqual(expected);
  });

  test('header: issuers, number, date, title without stray spaces', () => {
    expect(model.document).toMatchObject({
      title: '中共郑州市委办公厅 郑州市人民政府办公厅关于深入做好2020年优化营商环境工作的通知',
      docNumber: '郑办〔2020〕14号',
      issuers: ['中共郑州市委办公厅', '郑州市人民政府办公厅'],
      date: '2020-04-30',
      addressees: expect.stringMatching(/^各开发区党工委、管委会.*各人民团体：$/),
    });
    expect(model.document.attachment?.title).toBe('郑州市打造一流营商环境2020年工作要点');
    expect(model.document.attachment?.preamble).toMatch(
      /^为深入贯彻.*现制定2020年优化营商环境工作要点。$/,
    );
  });

  test('19 indicators in order with English slugs, 107 items', () => {
    expect(model.items.map((i) => i.number)).toEqual(Array.from({ length: 107 }, (_, k) => k + 1));
    expect(model.indicators.map((i) => [i.title, i.slug, i.items[0], i.items.at(-1)])).toEqual([
      ['开办企业', 'starting-a-business', 1, 2],
      ['办理建筑许可', 'dealing-with-construction-permits', 3, 10],
      ['获得电力', 'getting-electricity', 11, 14],
      ['获得用水用气', 'getting-water-and-gas', 15, 19],
      ['登记财产', 'registering-property', 20, 25],
      ['纳税', 'paying-taxes', 26, 31],
      ['跨境贸易', 'trading-across-borders', 32, 37],
      ['办理破产', 'resolving-insolvency', 38, 40],
      ['获得信贷', 'getting-credit', 41, 45],
      ['保护中小投资者', 'protecting-minority-investors', 46, 46],
      ['执行合同', 'enforcing-contracts', 47, 48],
      ['劳动力市场监管', 'labor-market-regulation', 49, 52],
      ['政府采购', 'government-procurement', 53, 56],
      ['招标投标', 'tendering-and-bidding', 57, 61],
      ['政务服务', 'government-services', 62, 72],
      ['知识产权创造保护和运用', 'intellectual-property', 73, 79],
      ['市场监管', 'market-regulation', 80, 82],
      ['包容普惠创新', 'inclusive-innovation', 83, 101],
      ['监督检查', 'supervision-and-inspection', 102, 107],
    ]);
  });

  test('notice: opening paragraph, 一 指导思想, 二 重点工作 with six key tasks, 三 有关要求', () => {
    const s = model.notice.sections;
    expect(s.map((x) => [x.number, x.title, x.paragraphs.map((p) => p.label)])).toEqual([
      [null, '', [null]],
      ['一', '指导思想', [null]],
      ['二', '重点工作', ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）']],
      ['三', '有关要求', ['（一）', '（二）', '（三）']],
    ]);
    // Half-width numbering and punctuation of lines 27–45 read as full-width.
    expect(s[3]!.paragraphs[0]!.text).toContain(
      '《郑州市打造一流营商环境2020年工作要点》（见附件），靠前主动服务，',
    );
  });

  test('key tasks relate to the items they restate', () => {
    const tasks = model.notice.sections[2]!.paragraphs.map((p) => p.relatedItems);
    expect(tasks).toEqual([
      [64],
      [65, 67],
      [41, 42, 45],
      [26, 27, 28, 29, 30],
      [38, 40, 48],
      [14, 15, 19, 49, 50, 95, 96],
    ]);
    for (const sec of [0, 1, 3])
      for (const p of model.notice.sections[sec]!.paragraphs) expect(p.relatedItems).toEqual([]);
  });

  test('page breaks are repaired and the corrections applied', () => {
    const text = (n: number) => model.items[n - 1]!.text;
    expect(text(14)).toContain('供电公司直接查询营业执照');
    expect(text(51)).toContain('及时发布招聘信息，积极组织');
    expect(text(82)).toContain('加强与其他“放管服”改革');
    expect(text(100)).toContain('PM₂.₅年均浓度');
    expect(text(38)).toContain('提升管理人履职能力和业务水平');
    expect(model.notice.sections[2]!.paragraphs[1]!.text).toContain(
      '进一步丰富完善“郑好办”APP功能应用',
    );
    expect(
      model.items.filter((i) => i.corrections.length).map((i) => [i.number, i.corrections]),
    ).toEqual([
      [38, ['c2']],
      [51, ['c3']],
      [82, ['c4']],
      [100, ['c5']],
    ]);
    for (const i of model.items) {
      expect(i.text).not.toMatch(/(牵头单位|责任单位|完成时限|整改时限)：/);
      expect(i.text).not.toMatch(/ /);
    }
  });

  test('item 83: sub-items with their own units; the item has their union and the latest deadline', () => {
    const i = model.items[82]!;
    expect(i.title).toBe('大力实施科技型企业培育计划');
    expect(i.subitems.map((s) => [s.label, s.responsibleUnits, s.source.line])).toEqual([
      ['（1）', ['市科技局'], 470],
      ['（2）', ['市科技局', '市财政局', '市税务局'], 474],
    ]);
    expect(i.responsibleUnits).toEqual(['市科技局', '市财政局', '市税务局']);
    expect(i.source).toEqual({ line: 468, endLine: 476 });
  });

  test('departments: one 市市场监管局 with its alias; kinds from the table; unique slugs', () => {
    const byName = new Map(model.departments.map((d) => [d.name, d]));
    expect(byName.get('市市场监管局')?.aliases).toEqual(['市市场监管局（市知识产权局）']);
    expect(byName.has('市市场监管局（市知识产权局）')).toBe(false);
    expect(
      [
        '市税务局',
        '金水海关',
        '人行郑州中心支行',
        '郑州供电公司',
        '郑州航空港区',
        '各审批职能部门',
        '市法院',
        '市发展改革委',
      ].map((n) => byName.get(n)?.kind),
    ).toEqual([
      'central-provincial',
      'central-provincial',
      'central-provincial',
      'enterprise',
      'district-zone',
      'collective',
      'court-procuratorate',
      'party-government',
    ]);
    const slugs = model.departments.map((d) => d.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const used = new Set(model.items.flatMap((i) => [...i.leadUnits, ...i.responsibleUnits]));
    expect([...used].sort()).toEqual(model.departments.map((d) => d.name).sort());
  });

  test('titles are short and never cut inside a word', () => {
    for (const i of model.items) {
      expect([...i.title].length).toBeLessThanOrEqual(30);
      expect(i.text.startsWith(i.title)).toBe(true);
    }
    expect(model.items[87]!.title).toBe('加快实现APEC商务旅行卡等网上申报、网上审批');
  });
});
