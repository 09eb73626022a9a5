/**
 * The small hand-made plans the unit tests read, built with ./model.ts. Each is shaped for what its
 * tests look at; their expected numbers depend on these exact items, so change a plan only with
 * the tests that read it.
 */
import type { Annotation, Model } from '../../../src/schemas/model.ts';
import { day, makeItem, makeModel, month, ongoing } from './model.ts';

/**
 * For the page view models (tests/unit/views-*.test.ts): a notice with sections and a correction,
 * four items over two indicators, five departments of three kinds (two with aliases).
 */
export function noticeModel(): Model {
  return makeModel({
    document: {
      title: '关于深入做好2020年优化营商环境工作的通知',
      docNumber: '郑办〔2020〕14号',
      issuers: ['中共郑州市委办公厅', '郑州市人民政府办公厅'],
      addressees: '各开发区党工委、管委会',
      attachment: {
        title: '郑州市打造一流营商环境2020年工作要点',
        preamble: '为深入贯彻……现制定2020年优化营商环境工作要点。',
        source: { line: 50, endLine: 50 },
        sections: [],
      },
    },
    notice: {
      sections: [
        {
          number: null,
          title: '',
          paragraphs: [
            {
              label: null,
              text: '为进一步激发市场主体活力。',
              relatedItems: [],
              source: { line: 9, endLine: 9 },
            },
          ],
        },
        {
          number: '二',
          title: '重点工作',
          paragraphs: [
            {
              label: '（一）',
              text: '（一）深化政务服务流程再造。推动商事登记。',
              relatedItems: [1, 2],
              source: { line: 21, endLine: 21 },
            },
            {
              label: '（四）',
              text: '不断优化纳税服务水平。推进出口退税不见面办理。',
              relatedItems: [3],
              source: { line: 29, endLine: 29 },
            },
          ],
        },
      ],
    },
    indicators: ['开办企业', '纳税'],
    items: [
      makeItem({
        number: 1,
        indicator: 1,
        title: '进一步压缩企业开办时间',
        text: '进一步压缩企业开办时间，推行电子营业执照和企业开办一网通办。',
        leadUnits: ['市市场监管局'],
        responsibleUnits: ['市税务局', '各开发区'],
        // As written, before normalisation (the item page shows it so).
        deadlineText: '2020 年 6 月',
        corrections: ['c1'],
      }),
      makeItem({
        number: 2,
        indicator: 1,
        title: '加快电子营业执照推广应用',
        text: '加快电子营业执照、电子印章推广应用，企业开办一网通办。',
        responsibleUnits: ['市大数据局', '市市场监管局', '市税务局'],
        deadline: month(2020, 12),
      }),
      makeItem({
        number: 3,
        indicator: 2,
        title: '推进出口退税不见面办理',
        text: '推进出口退税不见面办理，全面实现出口退税无纸化申报。',
        responsibleUnits: ['市税务局'],
        deadline: day(2020, 3, 31),
      }),
      makeItem({
        number: 4,
        indicator: 2,
        title: '优化纳税服务',
        text: '优化纳税服务。',
        leadUnits: ['市税务局'],
        responsibleUnits: ['郑州航空港区'],
        deadline: ongoing,
        subitems: [
          { label: '（1）', text: '优化电子税务局。', leadUnits: ['市税务局'] },
          {
            label: '（2）',
            text: '推广银税互动。',
            responsibleUnits: ['郑州航空港区'],
            deadline: ongoing,
          },
        ],
      }),
    ],
    departments: [
      { name: '市市场监管局', aliases: ['市市场监管局（市知识产权局）'] },
      { name: '郑州航空港区', aliases: ['航空港区'] },
    ],
    normalization: [
      {
        id: 'cjk-spaces',
        description: '去掉汉字与其他字符之间的空格。',
        example: { before: '2020 年 6 月', after: '2020年6月' },
        applied: 3,
      },
    ],
    corrections: [
      { id: 'c1', line: 11, before: '企业开\n办', after: '企业开办', reason: '分页断开了一个词。' },
    ],
  });
}

/**
 * For the downloads (tests/unit/exports/): two indicators, four items (a month deadline, a date,
 * an ongoing one, one with sub-items), four departments, one of which no item names.
 */
export function exportModel(): Model {
  return makeModel({
    document: {
      title: '关于测试的通知',
      docNumber: '测办〔2020〕1号',
      issuers: ['测试市人民政府办公厅'],
    },
    indicators: ['开办企业', '获得电力'],
    items: [
      makeItem({
        number: 1,
        indicator: 1,
        title: '推行“一网通办”，实现企业开办一个工作日办结',
        leadUnits: ['市市场监管局'],
        responsibleUnits: ['市公安局', '市税务局'],
        deadline: month(2020, 2),
      }),
      makeItem({
        number: 2,
        indicator: 1,
        responsibleUnits: ['市税务局'],
        deadline: day(2020, 12, 31),
      }),
      makeItem({
        number: 3,
        indicator: 2,
        responsibleUnits: ['市税务局', '市公安局'],
        deadline: ongoing,
      }),
      makeItem({
        number: 4,
        indicator: 2,
        leadUnits: ['市公安局'],
        responsibleUnits: ['市市场监管局'],
        deadline: month(2021, 6),
        subitems: [
          { label: '（1）', text: '子项一。', leadUnits: ['市公安局'], deadline: month(2020, 9) },
          {
            label: '（2）',
            text: '子项二。',
            responsibleUnits: ['市市场监管局'],
            deadline: month(2021, 6),
          },
        ],
      }),
    ],
    departments: ['市发展改革委'],
  });
}

export type Note = Annotation & { body: string };

/** The export plan's one status note: item 2, done. */
export function exportNotes(): Map<number, Note> {
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

/**
 * For the charts (tests/unit/charts/): six items over three indicators and four departments,
 * deadlines from March to December 2020 with gaps, one ongoing; the notice dated `date`.
 */
export function chartModel(date: string | null = '2020-04-30'): Model {
  const units = (leadUnits: string[], responsibleUnits: string[]) => ({
    leadUnits,
    responsibleUnits,
  });
  return makeModel({
    document: { date },
    indicators: ['开办企业', '办理破产', '纳税'],
    items: [
      { number: 1, indicator: 1, deadline: month(2020, 3), ...units([], ['市财政局', '市税务局']) },
      { number: 2, indicator: 1, deadline: month(2020, 6), ...units(['市财政局'], ['市税务局']) },
      { number: 3, indicator: 2, deadline: month(2020, 4), ...units([], ['市法院']) },
      {
        number: 4,
        indicator: 2,
        deadline: month(2020, 12),
        ...units(['市法院'], ['市财政局', '安阳市局']),
      },
      { number: 5, indicator: 3, deadline: ongoing, ...units([], ['市税务局']) },
      { number: 6, indicator: 3, deadline: day(2020, 6, 15), ...units(['市税务局'], ['市法院']) },
    ].map((spec) =>
      makeItem({ ...spec, source: { line: spec.number * 2, endLine: spec.number * 2 + 1 } }),
    ),
  });
}
