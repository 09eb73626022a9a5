/**
 * Small hand-made models for the chart tests, and a deterministic synthetic plan of any size for
 * the scale tests (100× the real one: 10,700 items).
 */
import type { Deadline, Department, Indicator, Item, Model } from '../../../src/schemas/model.ts';
import { departmentKind } from '../../../src/schemas/model.ts';

export const month = (year: number, m: number): Deadline => ({ kind: 'month', year, month: m });
export const day = (year: number, m: number, day: number): Deadline => ({
  kind: 'date',
  year,
  month: m,
  day,
});
export const ongoing: Deadline = { kind: 'ongoing' };

function deadlineText(d: Deadline): string {
  if (d.kind === 'ongoing') return '持续推进';
  if (d.kind === 'month') return `${d.year}年${d.month}月`;
  return `${d.year}年${d.month}月${d.day}日`;
}

export function item(
  number: number,
  indicator: number,
  deadline: Deadline,
  lead: string[],
  responsible: string[],
  title = `事项${number}的标题`,
): Item {
  return {
    number,
    indicator,
    title,
    text: `${title}。`,
    leadUnits: lead,
    responsibleUnits: responsible,
    deadline,
    deadlineText: deadlineText(deadline),
    deadlineLabel: '完成时限',
    unitLabels: { lead: lead.length ? '牵头单位' : null, responsible: '责任单位' },
    subitems: [],
    source: { line: number * 2, endLine: number * 2 + 1 },
    corrections: [],
  };
}

export function indicator(number: number, title: string, slug: string, items: Item[]): Indicator {
  return {
    number,
    title,
    slug,
    englishTitle: null,
    items: items.filter((i) => i.indicator === number).map((i) => i.number),
    source: { line: 1, endLine: 1 },
  };
}

export function department(
  name: string,
  slug: string,
  kind: Department['kind'] = 'party-government',
): Department {
  return { name, slug, aliases: [], kind };
}

export function model(
  items: Item[],
  indicators: [number, string, string][],
  departments: [string, string][],
  noticeDate: string | null = '2020-04-30',
): Model {
  return {
    sourceFile: 'seeds/test.txt',
    document: {
      title: '测试通知',
      docNumber: '测〔2020〕1号',
      issuers: ['测试办公厅'],
      date: noticeDate,
      addressees: null,
      attachment: null,
    },
    notice: { sections: [] },
    indicators: indicators.map(([n, t, s]) => indicator(n, t, s, items)),
    items,
    departments: departments.map(([n, s]) => department(n, s)),
    corrections: [],
    normalization: [],
  };
}

/** Six items, three indicators, four departments; notice dated 2020-04-30. */
export function smallModel(date: string | null = '2020-04-30'): Model {
  const items = [
    item(1, 1, month(2020, 3), [], ['市财政局', '市税务局']),
    item(2, 1, month(2020, 6), ['市财政局'], ['市税务局']),
    item(3, 2, month(2020, 4), [], ['市法院']),
    item(4, 2, month(2020, 12), ['市法院'], ['市财政局', '安阳市局']),
    item(5, 3, ongoing, [], ['市税务局']),
    item(6, 3, day(2020, 6, 15), ['市税务局'], ['市法院']),
  ];
  return model(
    items,
    [
      [1, '开办企业', 'starting-a-business'],
      [2, '办理破产', 'resolving-insolvency'],
      [3, '纳税', 'paying-taxes'],
    ],
    [
      ['市财政局', 'shi-cai-zheng-ju'],
      ['市税务局', 'shi-shui-wu-ju'],
      ['市法院', 'shi-fa-yuan'],
      ['安阳市局', 'an-yang-shi-ju'],
    ],
    date,
  );
}

/** A deterministic plan of `n` items over `indicators` indicators and `departments` departments. */
export function syntheticModel(n: number, indicators = 190, departments = 400): Model {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const names = Array.from({ length: departments }, (_, i) => `部门${i + 1}`);
  const items: Item[] = [];
  for (let k = 1; k <= n; k++) {
    const ind = 1 + Math.floor(rand() * indicators);
    const r = rand();
    const d = r < 0.1 ? ongoing : month(2020, 3 + Math.floor(rand() * 10));
    const lead = rand() < 0.4 ? [names[Math.floor(rand() * departments)]!] : [];
    const resp = [...new Set([0, 1, 2].map(() => names[Math.floor(rand() * departments)]!))].filter(
      (x) => !lead.includes(x),
    );
    items.push(item(k, ind, d, lead, resp));
  }
  return {
    ...model(
      items,
      Array.from({ length: indicators }, (_, i) => [i + 1, `指标${i + 1}`, `indicator-${i + 1}`]),
      [],
    ),
    departments: names.map((name, i) => ({
      name,
      slug: `bu-men-${i + 1}`,
      aliases: [],
      kind: departmentKind.options[i % departmentKind.options.length]!,
    })),
  };
}
