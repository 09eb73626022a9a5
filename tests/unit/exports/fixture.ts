/**
 * A small hand-made plan for the export tests: two indicators, four items (a month deadline, a
 * date, an ongoing one, one with sub-items), three departments.
 */
import type { Annotation, Item, Model } from '../../../src/schemas/model.ts';

const units = (lead: string[], responsible: string[]) => ({
  leadUnits: lead,
  responsibleUnits: responsible,
  unitLabels: { lead: lead.length ? '牵头单位' : null, responsible: '责任单位' },
});

function item(number: number, indicator: number, fields: Partial<Item>): Item {
  return {
    number,
    indicator,
    title: `事项${number}`,
    text: `事项${number}的全文。`,
    ...units([], ['市发展改革委']),
    deadline: { kind: 'month', year: 2020, month: 6 },
    deadlineText: '2020年6月',
    deadlineLabel: '完成时限',
    subitems: [],
    source: { line: 10 * number, endLine: 10 * number + 2 },
    corrections: [],
    ...fields,
  };
}

export function fixtureModel(): Model {
  return {
    sourceFile: 'seeds/test.txt',
    document: {
      title: '关于测试的通知',
      docNumber: '测办〔2020〕1号',
      issuers: ['测试市人民政府办公厅'],
      date: '2020-04-30',
      addressees: null,
      attachment: null,
    },
    notice: { sections: [] },
    indicators: [
      {
        number: 1,
        title: '开办企业',
        slug: 'starting-a-business',
        englishTitle: 'Starting a Business',
        items: [1, 2],
        source: { line: 5, endLine: 5 },
      },
      {
        number: 2,
        title: '获得电力',
        slug: 'getting-electricity',
        englishTitle: 'Getting Electricity',
        items: [3, 4],
        source: { line: 30, endLine: 30 },
      },
    ],
    items: [
      item(1, 1, {
        title: '推行“一网通办”，实现企业开办一个工作日办结',
        ...units(['市市场监管局'], ['市公安局', '市税务局']),
        deadline: { kind: 'month', year: 2020, month: 2 },
        deadlineText: '2020年2月',
      }),
      item(2, 1, {
        ...units([], ['市税务局']),
        deadline: { kind: 'date', year: 2020, month: 12, day: 31 },
        deadlineText: '2020年12月31日',
      }),
      item(3, 2, {
        ...units([], ['市税务局', '市公安局']),
        deadline: { kind: 'ongoing' },
        deadlineText: '持续推进',
      }),
      item(4, 2, {
        ...units(['市公安局'], ['市市场监管局']),
        deadline: { kind: 'month', year: 2021, month: 6 },
        deadlineText: '2021年6月',
        subitems: [
          {
            label: '（1）',
            text: '子项一。',
            ...units(['市公安局'], []),
            deadline: { kind: 'month', year: 2020, month: 9 },
            deadlineText: '2020年9月',
            deadlineLabel: '完成时限',
            source: { line: 41, endLine: 41 },
          },
          {
            label: '（2）',
            text: '子项二。',
            ...units([], ['市市场监管局']),
            deadline: { kind: 'month', year: 2021, month: 6 },
            deadlineText: '2021年6月',
            deadlineLabel: '完成时限',
            source: { line: 42, endLine: 42 },
          },
        ],
      }),
    ],
    departments: [
      {
        name: '市市场监管局',
        slug: 'shi-shi-chang-jian-guan-ju',
        aliases: [],
        kind: 'party-government',
      },
      { name: '市公安局', slug: 'shi-gong-an-ju', aliases: [], kind: 'party-government' },
      { name: '市税务局', slug: 'shi-shui-wu-ju', aliases: [], kind: 'central-provincial' },
      {
        name: '市发展改革委',
        slug: 'shi-fa-zhan-gai-ge-wei',
        aliases: [],
        kind: 'party-government',
      },
    ],
    corrections: [],
    normalization: [],
  };
}

export type Note = Annotation & { body: string };

export function fixtureNotes(): Map<number, Note> {
  return new Map([
    [
      2,
      {
        item: 2,
        status: 'done',
        asOf: '2021-01-15',
        evidence: [{ title: '市税务局公告', url: 'https://example.gov.cn/notice/1' }],
        body: '据公告，已于年内完成。',
      },
    ],
  ]);
}
