/**
 * The continuity step on small plans written for each behaviour: what links and what does not, which
 * plans count as earlier, and what the texts say changed.
 */
import { describe, expect, test } from 'vitest';
import { COMPARED_PLANS, comparedWith } from '../../../src/schemas/continuity.ts';
import {
  changes,
  cutter,
  grams,
  linkPlans,
  runs,
  statedNumbers,
  type ContinuityItem,
  type ContinuityPlan,
} from '../../../scripts/ingest/continuity.ts';

function item(number: number, text: string, over: Partial<ContinuityItem> = {}): ContinuityItem {
  return {
    number,
    title: text.split('。')[0]!,
    text,
    indicator: 1,
    leadUnits: [],
    responsibleUnits: ['市政务办'],
    deadline: { kind: 'month', year: 2020, month: 12 },
    ...over,
  };
}

function plan(place: string, id: string, year: number, items: ContinuityItem[]): ContinuityPlan {
  return { place, id, year, indicators: [{ number: 1, title: '政务服务' }], items };
}

const EARLIER = [
  item(
    1,
    '推行联合测绘。制定联合测绘实施细则，推进建设项目涉及的规划、土地、房产、人防等的联合测绘全面落实落地。',
    {
      responsibleUnits: ['市资源规划局', '市住房保障局'],
    },
  ),
  item(
    2,
    '“一证办”扩容增效。在市县乡村四级全面推行凭身份证件“一证简办、一证通办”，今年再新增“一证办”事项150项。',
  ),
  item(3, '消除义务教育大班额。加快学校建设，拓展教育资源，增加学位数量，保障学位供给。', {
    responsibleUnits: ['市教育局'],
  }),
  item(4, '降低社会保险费名义费率。落实国家降费相关政策，稳步推进社会保险费征收体制改革。', {
    responsibleUnits: ['市人社局'],
  }),
];
const LATER = [
  item(
    1,
    '持续推进联合测绘。全面落实项目审批实行全流程联合测绘，统一测绘技术标准和规则，避免重复测绘。',
    {
      leadUnits: ['市资源规划局'],
      responsibleUnits: ['市人防办'],
      deadline: { kind: 'month', year: 2023, month: 12 },
    },
  ),
  item(2, '全面推行“一证办”。再梳理实现一批政务服务事项“一证办”，力争“一证办”事项达到500项。', {
    leadUnits: ['市大数据局'],
    deadline: { kind: 'month', year: 2023, month: 12 },
  }),
  item(3, '探索开展数据资产登记。积极推动数据资产登记、数据入表改革试点，培育数据商。', {
    leadUnits: ['市财政局'],
    deadline: { kind: 'ongoing' },
    deadlineText: '持续推进',
  }),
];

describe('linkPlans', () => {
  const links = linkPlans([plan('a', '2020', 2020, EARLIER), plan('a', '2023', 2023, LATER)]);
  const pairs = links.map((l) => `${l.later.item}→${l.earlier.item}`);

  test('a paraphrased renewal is linked as the same measure, both ends named by place, plan and item', () => {
    const l = links.find((x) => x.later.item === 1 && x.earlier.item === 1)!;
    expect(l).toMatchObject({
      later: { place: 'a', plan: '2023', item: 1 },
      earlier: { place: 'a', plan: '2020', item: 1 },
      kind: 'same',
    });
    expect(l.score).toBeGreaterThan(0);
    expect(pairs).toContain('2→2');
  });

  test('a new commitment links to nothing; unrelated earlier items are not linked', () => {
    expect(pairs.filter((p) => p.startsWith('3→'))).toEqual([]);
    expect(pairs.filter((p) => p.endsWith('→3') || p.endsWith('→4'))).toEqual([]);
  });

  test('a plan with no earlier plan of its place has no links, and places never mix', () => {
    expect(linkPlans([plan('a', '2020', 2020, EARLIER)])).toEqual([]);
    expect(linkPlans([plan('a', '2020', 2020, EARLIER), plan('b', '2023', 2023, LATER)])).toEqual(
      [],
    );
  });

  test('two plans of the same year are not earlier than each other', () => {
    expect(
      linkPlans([plan('a', '2023-credit', 2023, EARLIER), plan('a', '2023', 2023, LATER)]),
    ).toEqual([]);
  });

  test('a third plan links to both earlier plans; the input order does not matter', () => {
    const third = plan('a', '2025', 2025, [LATER[0]!]);
    const ps = [plan('a', '2020', 2020, EARLIER), plan('a', '2023', 2023, LATER), third];
    const out = linkPlans(ps);
    const from2025 = out.filter((l) => l.later.plan === '2025').map((l) => l.earlier.plan);
    expect(new Set(from2025)).toEqual(new Set(['2020', '2023']));
    expect(linkPlans([...ps].reverse())).toEqual(out);
  });

  test(`a long series is followed plan by plan: each plan against its ${COMPARED_PLANS} newest earlier plans`, () => {
    const years = [2018, 2019, 2020, 2021, 2022, 2023];
    const ps = years.map((y) => plan('a', String(y), y, [EARLIER[0]!, EARLIER[1]!]));
    const out = linkPlans(ps);
    const from2023 = new Set(out.filter((l) => l.later.plan === '2023').map((l) => l.earlier.plan));
    expect(from2023).toEqual(new Set(['2020', '2021', '2022']));
    // 2018 is reached through the links of the plans in between.
    const from2021 = new Set(out.filter((l) => l.later.plan === '2021').map((l) => l.earlier.plan));
    expect(from2021).toEqual(new Set(['2018', '2019', '2020']));
    expect(comparedWith(ps, ps[5]!).map((p) => p.id)).toEqual(['2020', '2021', '2022']);
    expect(comparedWith(ps, { id: 'x', year: null })).toEqual([]);
  });
});

describe('features', () => {
  test('department names and stock phrases are cut out before grams are made', () => {
    const cut = cutter(['市大数据局']);
    expect(runs('进一步优化营商环境，由市大数据局推进电子印章应用', cut)).toEqual([
      '由',
      '电子印章应用',
    ]);
    expect([...grams(['电子印章']).keys()]).toEqual(['电子', '子印', '印章', '电子印', '子印章']);
  });
});

describe('changes', () => {
  test('a count of the same thing, the new lead unit and the moved deadline', () => {
    const c = changes(EARLIER[1]!, LATER[1]!);
    expect(c).toContainEqual({
      kind: 'target',
      unit: '项',
      from: { value: 150, text: '150项' },
      to: { value: 500, text: '500项' },
    });
    expect(c).toContainEqual({ kind: 'lead', added: ['市大数据局'], from: ['市政务办'] });
    expect(c).toContainEqual({ kind: 'deadline', from: '2020年12月', to: '2023年12月' });
  });

  test('a lead unit the earlier item already named is no change; counts of other things are not compared', () => {
    const c = changes(EARLIER[0]!, LATER[0]!);
    expect(c.filter((x) => x.kind === 'lead')).toEqual([]);
    const a = item(1, '将企业设立登记等5个环节整合为一件事。');
    const b = item(1, '年底前新增50个一件事。');
    expect(changes(a, b).filter((x) => x.kind === 'target')).toEqual([]);
  });

  test('dates and ordinals are not counts', () => {
    expect(statedNumbers('2023年12月底前完成第3项，再新增100项')).toEqual([
      expect.objectContaining({ value: 100, unit: '项' }),
    ]);
  });

  test('where the model carries targets, only its targets are compared, in its words', () => {
    const a = item(1, '办理时限压缩至3个工作日，服务窗口5个。', {
      targets: [{ text: '压缩至3个工作日', measure: '办理时限', value: 3, unit: '工作日' }],
    });
    const b = item(1, '办理时限压缩至1个工作日，服务窗口8个。', {
      targets: [{ text: '压缩至1个工作日', measure: '办理时限', value: 1, unit: '工作日' }],
    });
    expect(changes(a, b).filter((c) => c.kind === 'target')).toEqual([
      {
        kind: 'target',
        unit: '工作日',
        from: { value: 3, text: '压缩至3个工作日' },
        to: { value: 1, text: '压缩至1个工作日' },
      },
    ]);
  });
});
