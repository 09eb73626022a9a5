/** The test-model builder derives what the ingest derives and refuses a model the ingest could not emit. */
import { describe, expect, test } from 'vitest';
import { day, makeItem, makeModel, ongoing } from './model.ts';

describe('makeModel', () => {
  test('derives indicator item lists, slugs and the departments the items name', () => {
    const model = makeModel({
      indicators: ['纳税', '自定义指标'],
      items: [
        makeItem({ number: 1, indicator: 2, leadUnits: ['市税务局'] }),
        makeItem({
          number: 2,
          indicator: 1,
          responsibleUnits: ['市法院'],
          subitems: [{ label: '（1）', text: '子项。', responsibleUnits: ['安阳市局'] }],
        }),
      ],
      departments: ['市发展改革委', { name: '市法院', aliases: ['郑州市法院'] }],
    });
    expect(model.indicators.map((i) => [i.number, i.slug, i.englishTitle, i.items])).toEqual([
      [1, 'paying-taxes', 'Paying Taxes', [2]],
      [2, 'zi-ding-yi-zhi-biao', null, [1]],
    ]);
    // Pinyin order, with the ingest's slugs and kinds; a sub-item's unit counts too.
    expect(model.departments).toEqual([
      { name: '安阳市局', slug: 'an-yang-shi-ju', aliases: [], kind: 'party-government' },
      {
        name: '市发展改革委',
        slug: 'shi-fa-zhan-gai-ge-wei',
        aliases: [],
        kind: 'party-government',
      },
      { name: '市法院', slug: 'shi-fa-yuan', aliases: ['郑州市法院'], kind: 'court-procuratorate' },
      { name: '市税务局', slug: 'shi-shui-wu-ju', aliases: [], kind: 'central-provincial' },
    ]);
  });

  test('writes deadlines and unit labels as a notice would', () => {
    const item = makeItem({
      number: 3,
      indicator: 1,
      deadline: day(2020, 3, 31),
      responsibleUnits: ['市税务局'],
      subitems: [{ label: '（1）', text: '子项。', deadline: ongoing }],
    });
    expect(item).toMatchObject({
      title: '事项3的标题',
      deadlineText: '2020年3月31日',
      unitLabels: { lead: null, responsible: '责任单位' },
      source: { line: 30, endLine: 32 },
    });
    expect(item.subitems[0]).toMatchObject({ deadlineText: '持续推进', source: { line: 31 } });
  });

  test('refuses what the ingest could not emit', () => {
    const item = makeItem({ number: 1, indicator: 2 });
    expect(() => makeModel({ indicators: ['纳税'], items: [item] })).toThrow(/indicator 2/);
    expect(() =>
      makeModel({
        indicators: ['纳税'],
        items: [makeItem({ number: 1, indicator: 1, corrections: ['c9'] })],
      }),
    ).toThrow(/correction c9/);
    // The ingest folds a second name in brackets into the first: an item never names it so.
    const alias = makeItem({
      number: 1,
      indicator: 1,
      leadUnits: ['市市场监管局（市知识产权局）'],
    });
    expect(() => makeModel({ indicators: ['纳税'], items: [alias] })).toThrow(/市知识产权局/);
    expect(() =>
      makeModel({ indicators: ['纳税'], items: [makeItem({ number: 0, indicator: 1 })] }),
    ).toThrow();
  });
});
