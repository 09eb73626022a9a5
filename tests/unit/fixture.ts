/**
 * A small hand-made model in the shape of src/schemas/model.ts, for the view-model tests.
 * Four items over two indicators, five departments of three kinds, one correction.
 */
import type { Item, Model } from '../../src/schemas/model.ts';

const labels = { lead: '牵头单位', responsible: '责任单位' };

function item(partial: Partial<Item> & Pick<Item, 'number' | 'indicator' | 'title'>): Item {
  return {
    text: partial.title,
    leadUnits: [],
    responsibleUnits: [],
    deadline: { kind: 'month', year: 2020, month: 6 },
    deadlineText: '2020 年 6 月',
    deadlineLabel: '完成时限',
    unitLabels: labels,
    subitems: [],
    source: { line: partial.number * 10, endLine: partial.number * 10 + 2 },
    corrections: [],
    ...partial,
  };
}

export function fixtureModel(): Model {
  return {
    sourceFile: 'seeds/test.txt',
    document: {
      title: '关于深入做好2020年优化营商环境工作的通知',
      docNumber: '郑办〔2020〕14号',
      issuers: ['中共郑州市委办公厅', '郑州市人民政府办公厅'],
      date: '2020-04-30',
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
    indicators: [
      {
        number: 1,
        title: '开办企业',
        slug: 'starting-a-business',
        englishTitle: 'Starting a Business',
        items: [1, 2],
        source: { line: 57, endLine: 57 },
      },
      {
        number: 2,
        title: '纳税',
        slug: 'paying-taxes',
        englishTitle: 'Paying Taxes',
        items: [3, 4],
        source: { line: 179, endLine: 179 },
      },
    ],
    items: [
      item({
        number: 1,
        indicator: 1,
        title: '进一步压缩企业开办时间',
        text: '进一步压缩企业开办时间，推行电子营业执照和企业开办一网通办。',
        leadUnits: ['市市场监管局'],
        responsibleUnits: ['市税务局', '各开发区'],
        corrections: ['c1'],
      }),
      item({
        number: 2,
        indicator: 1,
        title: '加快电子营业执照推广应用',
        text: '加快电子营业执照、电子印章推广应用，企业开办一网通办。',
        leadUnits: [],
        responsibleUnits: ['市大数据局', '市市场监管局', '市税务局'],
        deadline: { kind: 'month', year: 2020, month: 12 },
        deadlineText: '2020年12月',
      }),
      item({
        number: 3,
        indicator: 2,
        title: '推进出口退税不见面办理',
        text: '推进出口退税不见面办理，全面实现出口退税无纸化申报。',
        responsibleUnits: ['市税务局'],
        deadline: { kind: 'date', year: 2020, month: 3, day: 31 },
        deadlineText: '2020年3月31日',
      }),
      item({
        number: 4,
        indicator: 2,
        title: '优化纳税服务',
        text: '优化纳税服务。',
        leadUnits: ['市税务局'],
        responsibleUnits: ['郑州航空港区'],
        deadline: { kind: 'ongoing' },
        deadlineText: '持续推进',
        subitems: [
          {
            label: '（1）',
            text: '优化电子税务局。',
            leadUnits: ['市税务局'],
            responsibleUnits: [],
            deadline: { kind: 'month', year: 2020, month: 6 },
            deadlineText: '2020年6月',
            deadlineLabel: '完成时限',
            unitLabels: labels,
            source: { line: 41, endLine: 41 },
          },
          {
            label: '（2）',
            text: '推广银税互动。',
            leadUnits: [],
            responsibleUnits: ['郑州航空港区'],
            deadline: { kind: 'ongoing' },
            deadlineText: '持续推进',
            deadlineLabel: '完成时限',
            unitLabels: labels,
            source: { line: 42, endLine: 42 },
          },
        ],
      }),
    ],
    departments: [
      {
        name: '市市场监管局',
        slug: 'shi-shi-chang-jian-guan-ju',
        aliases: ['市市场监管局（市知识产权局）'],
        kind: 'party-government',
      },
      { name: '市税务局', slug: 'shi-shui-wu-ju', aliases: [], kind: 'central-provincial' },
      { name: '市大数据局', slug: 'shi-da-shu-ju-ju', aliases: [], kind: 'party-government' },
      { name: '各开发区', slug: 'ge-kai-fa-qu', aliases: [], kind: 'district-zone' },
      {
        name: '郑州航空港区',
        slug: 'zheng-zhou-hang-kong-gang-qu',
        aliases: ['航空港区'],
        kind: 'district-zone',
      },
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
  };
}
