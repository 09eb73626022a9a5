/**
 * What readers see of continuity: item pages' 上一期/下一期, a plan's compare page, a place's and a
 * department's summaries, from a small library (zhengzhou 2020 → 2023, one other place).
 */
import { describe, expect, test } from 'vitest';
import { COMPARED_PLANS, type ContinuityLink } from '../../../src/schemas/continuity.ts';
import { libraryOf } from '../../../src/lib/library.ts';
import {
  changeText,
  compareView,
  departmentContinuity,
  itemContinuity,
  placeContinuity,
} from '../../../src/lib/views/continuity.ts';
import { makeItem, makeModel, month } from '../support/model.ts';

const plan = (place: string, name: string, id: string, year: number) => ({
  place: { slug: place, name },
  id,
  title: `${name}${year}年工作要点`,
  year,
});

const z2020 = makeModel({
  plan: plan('zhengzhou', '郑州市', '2020', 2020),
  indicators: ['政务服务'],
  items: [1, 2, 3].map((n) =>
    makeItem({ number: n, indicator: 1, title: `旧事项${n}`, responsibleUnits: ['市政务办'] }),
  ),
});
const z2023 = makeModel({
  plan: plan('zhengzhou', '郑州市', '2023', 2023),
  indicators: ['政务环境'],
  items: [1, 2].map((n) =>
    makeItem({
      number: n,
      indicator: 1,
      title: `新事项${n}`,
      leadUnits: n === 1 ? ['市大数据局'] : ['市政务办'],
      deadline: month(2023, 12),
    }),
  ),
});
const other = makeModel({
  plan: plan('sanya', '三亚市', '2023', 2023),
  indicators: ['政务服务'],
  items: [makeItem({ number: 1, indicator: 1 })],
});
const library = libraryOf([z2023, other, z2020]);
const ref = (plan: string, item: number) => ({ place: 'zhengzhou', plan, item });
const LINKS: ContinuityLink[] = [
  {
    later: ref('2023', 1),
    earlier: ref('2020', 1),
    kind: 'same',
    score: 0.4,
    changes: [
      {
        kind: 'target',
        unit: '项',
        from: { value: 150, text: '150项' },
        to: { value: 500, text: '500个' },
      },
      { kind: 'lead', added: ['市大数据局'], from: ['市政务办'] },
      { kind: 'deadline', from: '2020年6月', to: '2023年12月' },
    ],
  },
  { later: ref('2023', 1), earlier: ref('2020', 2), kind: 'related', score: 0.2, changes: [] },
];

describe('item pages', () => {
  test('a later item lists what it continues, same before related, with what changed in words', () => {
    const v = itemContinuity(LINKS, library, z2023.plan, 1);
    expect(v.continues).toBe(true);
    expect(v.previous).toHaveLength(1);
    expect(v.previous[0]!.plan).toMatchObject({ name: '郑州市 2020年', href: '/zhengzhou/2020/' });
    expect(v.previous[0]!.items.map((i) => [i.number, i.kindLabel, i.href])).toEqual([
      [1, '同一举措', '/zhengzhou/2020/items/1/'],
      [2, '相关举措', '/zhengzhou/2020/items/2/'],
    ]);
    expect(v.previous[0]!.items[0]!.changes).toEqual([
      '数字目标：150项 → 500个',
      '新的牵头单位：市大数据局（此前：市政务办）',
      '完成时限：2020年6月 → 2023年12月',
    ]);
    expect(v.compareHref).toBe('/zhengzhou/2023/compare/');
    expect(v.next).toEqual([]);
  });

  test('an earlier item lists what continues it; one nothing continues says the later plan does not list it', () => {
    const one = itemContinuity(LINKS, library, z2020.plan, 1);
    expect(one.next[0]!.items.map((i) => i.href)).toEqual(['/zhengzhou/2023/items/1/']);
    expect(one.continues).toBe(false);
    expect(one.compareHref).toBeNull();
    const three = itemContinuity(LINKS, library, z2020.plan, 3);
    expect(three.next).toEqual([]);
    expect(three.notListedIn.map((p) => p.name)).toEqual(['郑州市 2023年']);
  });

  test('an item of a place with one plan has nothing to show', () => {
    expect(itemContinuity(LINKS, library, other.plan, 1)).toEqual({
      previous: [],
      next: [],
      notListedIn: [],
      continues: false,
      compareHref: null,
    });
  });
});

describe('compare page', () => {
  test('counts, every item beside what it continues, new items, earlier items not listed again', () => {
    const v = compareView(LINKS, library, z2023);
    expect(v.counts).toEqual({ items: 2, continuing: 1, same: 1, new: 1, notListed: 1 });
    expect(
      v.rows.map((r) => [r.number, r.continues.flatMap((g) => g.items.map((i) => i.number))]),
    ).toEqual([
      [1, [1, 2]],
      [2, []],
    ]);
    expect(v.notListed).toEqual([
      expect.objectContaining({
        phrase: '2023年计划未再列出',
        items: [{ number: 3, title: '旧事项3', href: '/zhengzhou/2020/items/3/' }],
      }),
    ]);
    expect(JSON.stringify(v)).not.toMatch(/放弃/);
  });

  test('a plan with no earlier plan has no rows to compare and points to the later comparison', () => {
    const v = compareView(LINKS, library, z2020);
    expect(v.earlier).toEqual([]);
    expect(v.notListed).toEqual([]);
    expect(v.later.map((l) => l.compareHref)).toEqual(['/zhengzhou/2023/compare/']);
    expect(compareView(LINKS, library, other).later).toEqual([]);
  });
});

describe('a long series', () => {
  const years = [2018, 2019, 2020, 2021, 2022];
  const series = years.map((y) =>
    makeModel({
      plan: plan('kaifeng', '开封市', String(y), y),
      indicators: ['政务服务'],
      items: [makeItem({ number: 1, indicator: 1, title: `事项${y}` })],
    }),
  );
  const longLibrary = libraryOf(series);

  test(`a plan is compared with its ${COMPARED_PLANS} newest earlier plans, as the ingest links them`, () => {
    const v = compareView([], longLibrary, series[4]!);
    expect(v.earlier.map((p) => p.id)).toEqual(['2019', '2020', '2021']);
    expect(v.notListed.map((g) => g.plan.id)).toEqual(['2019', '2020', '2021']);
    expect(compareView([], longLibrary, series[0]!).later.map((p) => p.id)).toEqual([
      '2019',
      '2020',
      '2021',
    ]);
  });

  test('an item says "not listed again" only of the later plans that were compared with it', () => {
    const first = itemContinuity([], longLibrary, series[0]!.plan, 1);
    expect(first.notListedIn.map((p) => p.id)).toEqual(['2019', '2020', '2021']);
  });
});

describe('place and department pages', () => {
  test('a place lists each later plan with its counts; a place with one plan lists nothing', () => {
    expect(placeContinuity(LINKS, library, 'zhengzhou')).toEqual([
      expect.objectContaining({
        compareHref: '/zhengzhou/2023/compare/',
        items: 2,
        continuing: 1,
        new: 1,
        notListed: 1,
      }),
    ]);
    expect(placeContinuity(LINKS, library, 'sanya')).toEqual([]);
  });

  test('a department sees its carried-on commitments, with its role', () => {
    const v = departmentContinuity(LINKS, library, 'zhengzhou', '市大数据局');
    expect(v).toHaveLength(1);
    expect(v[0]!.total).toBe(1);
    expect(v[0]!.rows.map((r) => [r.number, r.role])).toEqual([[1, '牵头']]);
    const quiet = departmentContinuity(LINKS, library, 'zhengzhou', '市政务办');
    expect(quiet[0]!.rows).toEqual([]);
    expect(quiet[0]!.total).toBe(1);
  });

  test('a change with no earlier lead says only the new one', () => {
    expect(changeText({ kind: 'lead', added: ['市医保局'], from: [] })).toBe(
      '新的牵头单位：市医保局',
    );
  });
});
