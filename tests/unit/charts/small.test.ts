import { describe, expect, it } from 'vitest';
import {
  deadlineStrip,
  departmentBars,
  dueByMonth,
  monthSlots,
  noticeSlot,
} from '../../../src/lib/charts/small.ts';
import { makeItem, month, syntheticModel } from '../support/model.ts';
import { chartModel } from '../support/plans.ts';

describe('dueByMonth', () => {
  it('counts items per month, gaps and 持续推进 included, each bar linking to the timeline', () => {
    const v = dueByMonth(chartModel(), '/sub/');
    expect(v.rows.map((r) => [r.id, r.count])).toEqual([
      ['m-2020-03', 1],
      ['m-2020-04', 1],
      ['m-2020-05', 0],
      ['m-2020-06', 2],
      ['m-2020-07', 0],
      ['m-2020-08', 0],
      ['m-2020-09', 0],
      ['m-2020-10', 0],
      ['m-2020-11', 0],
      ['m-2020-12', 1],
      ['ongoing', 1],
    ]);
    expect(v.svg).toContain('href="/sub/zhengzhou/2020/timeline/#m-2020-06"');
    expect(v.svg).toContain('2020年6月：2 项');
  });

  it('links only months with items due: an empty month is no tab stop', () => {
    const v = dueByMonth(chartModel(), '/sub/');
    const links = [...v.svg.matchAll(/<a href="[^"]*#([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(v.rows.filter((r) => r.count > 0).map((r) => r.id));
    expect(v.rows.filter((r) => r.count === 0).every((r) => r.href === null)).toBe(true);
    expect(v.svg).toContain('2020年5月：0 项');
    // …and draws no hit area there (that rect is styled only inside a link; bare, it is black).
    for (const [g] of v.svg.matchAll(/<g class="empty">.*?<\/g>/g)) expect(g).not.toContain('hit');
  });

  it('places the notice after its month when issued on the last day', () => {
    const slots = monthSlots(chartModel().items);
    expect(noticeSlot(slots, '2020-04-30')).toBe(2);
    expect(noticeSlot(slots, '2020-04-15')).toBe(1);
    expect(noticeSlot(slots, '2019-01-01')).toBe(0);
    expect(noticeSlot(slots, '2021-01-01')).toBe(10);
    expect(noticeSlot(slots, null)).toBeNull();
  });

  it('prints the expected SVG', async () => {
    await expect(dueByMonth(chartModel(), '/').svg).toMatchFileSnapshot(
      '__snapshots__/due-by-month.svg',
    );
  });
});

describe('deadlineStrip', () => {
  it("places a department's items on the whole plan's months, lead and responsible apart", () => {
    const v = deadlineStrip(chartModel(), { name: '市法院' }, '/');
    expect(v.mode).toBe('marks');
    const placed = v.groups.flatMap((g) => g.items.map((i) => [g.id, i.number, i.lead]));
    expect(placed).toEqual([
      ['m-2020-04', 3, false],
      ['m-2020-06', 6, false],
      ['m-2020-12', 4, true],
    ]);
    expect(v.groups).toHaveLength(11);
    expect(v.svg).toContain('href="/zhengzhou/2020/items/4/"');
  });

  it('prints counts instead of chips above its threshold', () => {
    const big = syntheticModel(10_700, 190, 40);
    const v = deadlineStrip(big, { name: '部门1' }, '/');
    expect(v.mode).toBe('counts');
    expect(v.svg).not.toContain('/zhengzhou/2020/items/');
    const few = deadlineStrip(big, { name: '部门1' }, '/', { markThreshold: 100_000 });
    expect(few.mode).toBe('marks');
  });

  it('prints the expected SVG', async () => {
    await expect(deadlineStrip(chartModel(), { name: '市税务局' }, '/').svg).toMatchFileSnapshot(
      '__snapshots__/deadline-strip.svg',
    );
  });
});

describe('departmentBars', () => {
  it('lists the busiest departments first, linking to their section for the indicator', () => {
    const m = chartModel();
    const extra = makeItem({
      number: 7,
      indicator: 1,
      deadline: month(2020, 6),
      responsibleUnits: ['市法院'],
    });
    const v = departmentBars({ ...m, items: [...m.items, extra] }, m.indicators[0]!, '/');
    expect(v.rows.map((r) => [r.name, r.count.lead, r.count.responsible])).toEqual([
      ['市财政局', 1, 1],
      ['市税务局', 0, 2],
      ['市法院', 0, 1],
    ]);
    expect(v.svg).toContain(
      'href="/zhengzhou/2020/departments/shi-fa-yuan/#indicator-starting-a-business"',
    );
  });

  it('shows at most maxBars and says how many more there are', () => {
    const big = syntheticModel(10_700, 19, 400);
    const v = departmentBars(big, big.indicators[0]!, '/', { maxBars: 15 });
    expect(v.rows).toHaveLength(15);
    expect(v.hidden).toBeGreaterThan(0);
    expect(v.svg).toContain(`另有 ${v.hidden} 个部门`);
  });

  it('prints the expected SVG', async () => {
    const m = chartModel();
    await expect(departmentBars(m, m.indicators[1]!, '/').svg).toMatchFileSnapshot(
      '__snapshots__/department-bars.svg',
    );
  });
});
