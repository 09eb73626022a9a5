/**
 * The fifteen notices of the corpus (tests/fixtures/corpus/, byte-for-byte copies of
 * ../shared/corpus): each gives a model with the item count its README states (hand-counted by the
 * counting rule there), units on every item, a deadline on every item of the four notices that
 * write one for each (and none on the others), no label word left in any item's text, and no
 * department name that is a sentence. Three items of each notice (the first, the middle one and the
 * last) were read by hand against the source lines: label, opening words, lead and responsible
 * units, deadline.
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingestFile } from '../../../scripts/ingest/cli.ts';
import type { Deadline, Model } from '../../../src/schemas/model.ts';

const DIR = resolve(import.meta.dirname, '../../fixtures/corpus');

interface Sample {
  label: string;
  opens: string;
  lead: string[];
  responsible: string[];
  deadline: Deadline;
}

const none: Deadline = { kind: 'none' };
const month = (year: number, m: number): Deadline => ({ kind: 'month', year, month: m });

/** name → README item count, whether every item writes a deadline, the hand-read sample. */
const CORPUS: [string, number, boolean, Record<number, Sample>][] = [
  [
    'karamay-2023-fangguanfu',
    71,
    true,
    {
      1: {
        label: '1.',
        opens: '落实《市场准入负面清单（2022）年版》',
        lead: ['市发改委'],
        responsible: ['各区人民政府', '市政务服务和公共资源交易中心', '市级各有关部门'],
        deadline: month(2023, 6),
      },
      36: {
        label: '36.',
        opens: '深化行政执法综合信息平台建设',
        lead: ['市司法局'],
        responsible: ['各区人民政府', '市级各有关部门'],
        deadline: month(2023, 12),
      },
      71: {
        label: '71.',
        opens: '2022年3月前阶段性调整价格补贴联动机制',
        lead: ['市发改委'],
        responsible: ['各区人民政府', '市财政局', '市级各有关部门'],
        deadline: month(2023, 12),
      },
    },
  ],
  [
    'sanya-2023-business-environment',
    61,
    true,
    {
      1: {
        label: '(1)',
        opens: '持续优化企业开办服务。',
        lead: ['市市场监督管理局'],
        responsible: ['市各相关单位'],
        deadline: month(2023, 11),
      },
      31: {
        label: '(31)',
        opens: '建立健全“企业吹哨、政府报到”服务机制。',
        lead: ['市营商环境建设局'],
        responsible: ['市各相关单位'],
        deadline: month(2023, 9),
      },
      61: {
        label: '(61)',
        opens: '优化综合立体交通。',
        lead: ['市交通运输局'],
        responsible: [
          '各区人民政府',
          '育才生态区管理委员会',
          '市发展和改革委员会',
          '市自然资源和规划局',
          '市住房和城乡建设局',
          '市科技工业信息化局',
          '崖州湾科技城管理局',
          '三亚交通投资集团有限公司',
          '三亚城市投资建设集团有限公司',
          '三亚科技投资集团有限公司',
        ],
        deadline: month(2023, 11),
      },
    },
  ],
  [
    'zhengzhou-2023-business-environment',
    31,
    true,
    {
      1: {
        label: '1．',
        opens: '强化政务服务数字化应用。',
        lead: ['市大数据局'],
        responsible: ['各开发区管委会', '区县（市）政府', '市政府有关部门'],
        deadline: month(2023, 12),
      },
      16: {
        label: '16．',
        opens: '开展“一照多址”改革。',
        lead: ['市市场监管局'],
        responsible: ['各开发区管委会', '区县（市）政府'],
        deadline: month(2023, 12),
      },
      31: {
        label: '31．',
        opens: '优化政府采购流程。',
        lead: ['市财政局', '市公共资源交易中心'],
        responsible: ['市直各预算单位'],
        deadline: month(2023, 12),
      },
    },
  ],
  [
    'shanghai-2023-bankruptcy',
    35,
    false,
    {
      1: {
        label: '（一）',
        opens: '充分认识管理人的法定地位和职权。',
        lead: [],
        responsible: ['各相关政府部门', '有关企事业单位'],
        deadline: none,
      },
      18: {
        label: '（十八）',
        opens: '支持重整企业开展市场监管领域信用修复。',
        lead: [],
        responsible: ['市市场监管局', '市发展改革委', '市高院', '市公共信用信息服务中心'],
        deadline: none,
      },
      35: {
        label: '（三十五）',
        opens: '强化责任落实。',
        lead: [],
        responsible: ['各相关政府部门'],
        deadline: none,
      },
    },
  ],
  [
    'kunming-2023-electricity',
    23,
    false,
    {
      1: {
        label: '1.',
        opens: '提供专项服务推动企业节能增效。',
        lead: [],
        responsible: ['各产业园区管委会', '市发展改革委', '市工业和信息化局', '昆明供电局'],
        deadline: none,
      },
      12: {
        label: '12.',
        opens: '优化迁改工程审批权限。',
        lead: [],
        responsible: ['昆明供电局'],
        deadline: none,
      },
      23: {
        label: '23.',
        opens: '创新金融服务解决企业扩配套项目立项问题。',
        lead: [],
        responsible: ['昆明供电局'],
        deadline: none,
      },
    },
  ],
  [
    'ningxia-2023-market-regulation',
    22,
    false,
    {
      1: {
        label: '1.',
        opens: '推行民营商事主体登记确认制改革。',
        lead: [],
        responsible: [
          '市场监管厅登记注册局',
          '信用监督管理处',
          '信息中心',
          '各市市场监管局',
          '各县〔区〕市场监管局',
          '审批服务管理局',
          '宁东市场监管局',
        ],
        deadline: none,
      },
      11: {
        label: '11.',
        opens: '强化反垄断和反不正当竞争执法。',
        lead: [],
        responsible: [
          '市场监管厅价格监督检查和反不正当竞争局',
          '各市市场监管局',
          '各县〔区〕市场监管局',
          '宁东市场监管局',
        ],
        deadline: none,
      },
      22: {
        label: '22.',
        opens: '助推民营企业知识产权质押融资。',
        lead: [],
        responsible: [
          '市场监管厅知识产权促进处',
          '各市市场监管局',
          '各县〔区〕市场监管局',
          '宁东市场监管局',
        ],
        deadline: none,
      },
    },
  ],
  [
    'foshan-2023-construction-approval',
    23,
    false,
    {
      1: {
        label: '1.',
        opens: '建设单位取得用地成交确认书后，一并申请建设用地规划许可证',
        lead: ['市自然资源局'],
        responsible: ['各区人民政府'],
        deadline: none,
      },
      12: {
        label: '3.',
        opens: '精简工程建设许可和施工许可手续。',
        lead: ['市自然资源局', '市住房城乡建设局'],
        responsible: ['各区人民政府'],
        deadline: none,
      },
      23: {
        label: '2.',
        opens: '5G基站建设（不包括发射装置）环保审批手续实施豁免管理',
        lead: ['市生态环境局'],
        responsible: ['各区人民政府'],
        deadline: none,
      },
    },
  ],
  [
    'yunfu-2023-ports',
    9,
    false,
    {
      1: {
        label: '（一）',
        opens: '深化口岸通关模式改革。',
        lead: ['云浮海关', '云浮新港'],
        responsible: ['云安区政府', '市商务局', '罗定海关'],
        deadline: none,
      },
      5: {
        label: '（五）',
        opens: '积极推动多式联运改革。',
        lead: ['市交通运输局'],
        responsible: ['各县（市、区）人民政府'],
        deadline: none,
      },
      9: {
        label: '（九）',
        opens: '支持跨境电商等新业态发展。',
        lead: ['市商务局', '云浮海关'],
        responsible: [
          '各县（市、区）政府',
          '市金融工作局',
          '市税务局',
          '中国人民银行云浮市中心支行',
          '罗定海关',
          '云浮银保监分局',
        ],
        deadline: none,
      },
    },
  ],
  [
    'ruichang-2023-pilot',
    27,
    false,
    {
      1: {
        label: '1.',
        opens: '破除不合理限制。',
        lead: [],
        responsible: ['发改委', '市监局'],
        deadline: none,
      },
      14: {
        label: '14.',
        opens: '提升跨境贸易便利化水平。',
        lead: [],
        responsible: ['商务局', '港航分局', '交通运输局'],
        deadline: none,
      },
      27: {
        label: '27.',
        opens: '优化涉企服务。',
        lead: [],
        responsible: [
          '市监局',
          '政务服务中心',
          '应急管理局',
          '大唐新区',
          '自然资源局',
          '住建局',
          '公安局',
          '工商联',
          '供销社',
          '各产业链链长单位',
        ],
        deadline: none,
      },
    },
  ],
  [
    'jiangxi-2023-elderly-care',
    17,
    false,
    {
      1: {
        label: '（一）',
        opens: '增加社区养老服务设施供给。',
        lead: [],
        responsible: [
          '省民政厅',
          '省发展改革委',
          '省自然资源厅',
          '省住房城乡建设厅',
          '省财政厅',
          '省国资委',
          '各市政府',
          '各县〔区〕政府',
        ],
        deadline: none,
      },
      9: {
        label: '（九）',
        opens: '培育发展社会化养老机构。',
        lead: [],
        // 以下责任单位中均包含各市、县〔区〕政府，不再列出 (item 1's label).
        responsible: [
          '省民政厅',
          '省发展改革委',
          '省自然资源厅',
          '省财政厅',
          '各市政府',
          '各县〔区〕政府',
        ],
        deadline: none,
      },
      17: {
        label: '（十七）',
        opens: '发挥志愿服务组织和慈善公益力量。',
        lead: [],
        responsible: [
          '省民政厅',
          '省文明办',
          '省红十字会',
          '省慈善总会',
          '各市政府',
          '各县〔区〕政府',
        ],
        deadline: none,
      },
    },
  ],
  [
    'zhangjiakou-2023-open-government',
    18,
    false,
    {
      1: {
        label: '（一）',
        opens: '扎实推进重大国家战略部署信息公开。',
        lead: [
          '市发展和改革委员会',
          '市工业和信息化局',
          '市生态环境局',
          '市商务局',
          '市文化广电和旅游局',
          '市体育局',
          '市农业农村局',
          '市乡村振兴局',
          '市水务局',
          '市林业和草原局',
          '市能源局',
        ],
        responsible: [],
        deadline: none,
      },
      9: {
        label: '（九）',
        opens: '提高政策宣传解读质效。',
        lead: ['市政府办公室', '市政府新闻办公室'],
        responsible: [],
        deadline: none,
      },
      18: {
        label: '（十八）',
        opens: '扎实推进基层政务公开。',
        lead: ['各县区政府'],
        responsible: [],
        deadline: none,
      },
    },
  ],
  [
    'henan-2023-credit',
    21,
    false,
    {
      1: {
        label: '1.',
        opens: '强化信用条例实施。',
        lead: ['省发展改革委'],
        responsible: ['省各有关部门'],
        deadline: none,
      },
      11: {
        label: '2.',
        opens: '创新融资信用服务应用。',
        lead: [],
        responsible: [
          '省发展改革委',
          '行政审批政务信息管理局',
          '地方金融监管局',
          '人行郑州中心支行',
          '省财政厅',
          '科技厅',
          '工业和信息化厅',
          '河南银保监局',
        ],
        deadline: none,
      },
      21: {
        label: '2.',
        opens: '传承中原诚信文化。',
        lead: [],
        responsible: ['省委宣传部', '省文化和旅游厅'],
        deadline: none,
      },
    },
  ],
  [
    'zhangzhou-2023-transaction-costs',
    24,
    false,
    {
      1: {
        label: '（一）',
        opens: '实施市场准入负面清单管理。',
        lead: ['市发改委', '商务局'],
        responsible: ['各县（区）人民政府', '开发区（投资区）管委会'],
        deadline: none,
      },
      12: {
        label: '（十二）',
        opens: '提升线上服务能力。',
        // 市发改委（审改办、大数据局）: the bracketed names are aliases of one department.
        lead: ['市发改委'],
        responsible: [
          '市行政服务中心管委会',
          '公安局',
          '市场监管局',
          '各县（区）人民政府',
          '开发区（投资区）管委会',
        ],
        deadline: none,
      },
      24: {
        label: '（二十四）',
        opens: '强化问题反馈处理机制。',
        lead: ['市发改委', '工信局'],
        responsible: ['市政府办公室', '各县（区）人民政府', '开发区（投资区）管委会'],
        deadline: none,
      },
    },
  ],
  [
    'jilin-2023-finance',
    17,
    false,
    {
      1: {
        label: '1．',
        opens: '深入推进“放管服”改革。',
        lead: [],
        responsible: ['行政审批办公室'],
        deadline: none,
      },
      9: {
        label: '9．',
        opens: '发挥区域性股权市场作用。',
        lead: [],
        responsible: ['证券市场处'],
        deadline: none,
      },
      17: {
        label: '17．',
        opens: '加快长春市绿色金融改革创新试验区申建步伐。',
        lead: [],
        responsible: ['政策法规处'],
        deadline: none,
      },
    },
  ],
  [
    'shaanxi-2023-market-regulation',
    37,
    true,
    {
      1: {
        label: '1.',
        opens: '深化“证照分离”改革。',
        lead: [],
        responsible: ['登记指导处'],
        deadline: month(2023, 12),
      },
      19: {
        label: '19.',
        opens: '加强与行业主管部门监管协作。',
        lead: [],
        responsible: ['登记指导处', '信用监管处', '科技信息处'],
        deadline: month(2023, 12),
      },
      37: {
        label: '（三）',
        opens: '营造良好氛围。',
        lead: [],
        responsible: ['综合规划处', '新闻宣传处', '相关处室'],
        deadline: month(2023, 12),
      },
    },
  ],
];

/** The README's header of each notice: document number, date, issuers (first, how many). */
const HEADERS: Record<string, [string | null, string, string, number]> = {
  'karamay-2023-fangguanfu': [null, '2023-05-10', '克拉玛依市人民政府办公室', 1],
  'sanya-2023-business-environment': [null, '2023-03-29', '三亚市人民政府办公室', 1],
  'zhengzhou-2023-business-environment': ['郑政文[2023]62号', '2023-04-19', '郑州市人民政府', 1],
  'shanghai-2023-bankruptcy': ['沪高法〔2023〕47号', '2023-02-14', '上海市高级人民法院', 18],
  'kunming-2023-electricity': ['昆政办笺〔2023〕2号', '2023-03-29', '昆明市人民政府办公室', 1],
  'ningxia-2023-market-regulation': [null, '2023-03-13', '宁夏回族自治区市场监管厅', 1],
  'foshan-2023-construction-approval': [
    null,
    '2023-05-30',
    '佛山市工程建设项目审批制度改革工作领导小组办公室',
    1,
  ],
  'yunfu-2023-ports': ['云商务〔2023〕32号', '2023-03-15', '云浮市商务局', 1],
  'ruichang-2023-pilot': ['瑞府办字〔2023〕2号', '2023-01-19', '瑞昌市人民政府办公室', 1],
  'jiangxi-2023-elderly-care': ['赣府厅字〔2023〕41号', '2023-05-16', '江西省人民政府办公厅', 1],
  'zhangjiakou-2023-open-government': [
    '张政办函〔2023〕86号',
    '2023-05-25',
    '张家口市人民政府办公室',
    1,
  ],
  'henan-2023-credit': ['豫发改财金〔2023〕39号', '2023-01-19', '河南省发展和改革委员会', 1],
  'zhangzhou-2023-transaction-costs': [
    '漳政办〔2023〕6号',
    '2023-03-17',
    '漳州市人民政府办公室',
    1,
  ],
  'jilin-2023-finance': [null, '2023-06-20', '吉林省地方金融监督管理局', 1],
  'shaanxi-2023-market-regulation': [
    '陕市监发〔2023〕85号',
    '2023-02-28',
    '陕西省市场监督管理局',
    1,
  ],
};

const LABEL =
  /(牵\s*头\s*(单\s*位|部\s*门|处\s*室)|责\s*任\s*(单\s*位|部\s*门|处\s*室)|配\s*合\s*(单\s*位|部\s*门)|完\s*成\s*时\s*限|时限要求|整改时限)\s*[：:]/u;
/** A department name that is a sentence: sentence marks, words of obligation, or too long. */
const SENTENCE = /[。，,；;：:！？]|要|应当|确保|不再列出/u;

const models = new Map<string, Model>();
const model = (name: string) => {
  if (!models.has(name)) models.set(name, ingestFile(resolve(DIR, `${name}.txt`)).model);
  return models.get(name)!;
};

describe.each(CORPUS)('%s', (name, count, everyDeadline, sample) => {
  test('header: title ending 的通知, document number, date, issuers', () => {
    const d = model(name).document;
    const [docNumber, date, issuer, issuers] = HEADERS[name]!;
    expect(d.title).toMatch(/^\S+关于\S+的通知$/u);
    expect(d.title.startsWith(issuer)).toBe(true);
    expect({
      docNumber: d.docNumber,
      date: d.date,
      first: d.issuers[0],
      n: d.issuers.length,
    }).toEqual({ docNumber, date, first: issuer, n: issuers });
  });
  test(`${count} items numbered 1…${count}`, () => {
    expect(model(name).items.map((i) => i.number)).toEqual(
      Array.from({ length: count }, (_, k) => k + 1),
    );
  });
  test('units on every item; no label left in any text; no department name is a sentence', () => {
    for (const i of model(name).items) {
      expect(i.leadUnits.length + i.responsibleUnits.length, `item ${i.number}`).toBeGreaterThan(0);
      expect(i.text, `item ${i.number}`).not.toMatch(LABEL);
      expect(i.text, `item ${i.number}`).not.toMatch(/[（(〔［[]$/u);
      for (const u of [...i.leadUnits, ...i.responsibleUnits]) {
        expect(u, `item ${i.number}`).not.toMatch(SENTENCE);
        expect([...u].length, `item ${i.number}: ${u}`).toBeLessThanOrEqual(30);
      }
    }
  });
  test(everyDeadline ? 'a deadline on every item' : 'no deadline is made up', () => {
    for (const i of model(name).items) {
      if (everyDeadline) {
        expect(i.deadline.kind, `item ${i.number}`).not.toBe('none');
        expect(i.deadlineText, `item ${i.number}`).toMatch(/\S/);
      } else {
        expect(i.deadline, `item ${i.number}`).toEqual({ kind: 'none' });
        expect(i.deadlineText).toBeNull();
      }
    }
  });
  test.each(Object.entries(sample))('item %s, read by hand', (n, s) => {
    const i = model(name).items[Number(n) - 1]!;
    expect({
      label: i.label,
      opens: i.text.slice(0, s.opens.length),
      lead: i.leadUnits,
      responsible: i.responsibleUnits,
      deadline: i.deadline,
    }).toEqual(s);
  });
});
