import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  DEFAULT_MARK_THRESHOLD,
  layoutRows,
  timelineRows,
} from '../../../src/lib/charts/timeline.ts';
import {
  deadlineDomain,
  deadlineEnd,
  dueByDate,
  monthRange,
} from '../../../src/lib/charts/time.ts';
import { makeItem, month, ongoing, syntheticModel } from '../support/model.ts';
import { chartModel } from '../support/plans.ts';

describe('months', () => {
  it('spans every month between the first and last deadline, empty months included', () => {
    const keys = deadlineDomain([month(2020, 11), ongoing, month(2021, 2)]).map((m) => m.key);
    expect(keys).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
    expect(monthRange('2020-03', '2020-03').map((m) => m.key)).toEqual(['2020-03']);
    expect(deadlineDomain([ongoing])).toEqual([]);
  });

  it('ends a month deadline on its last day and compares it with the notice date', () => {
    expect(deadlineEnd(month(2020, 2))).toBe('2020-02-29');
    expect(dueByDate(month(2020, 4), '2020-04-30')).toBe(true);
    expect(dueByDate(month(2020, 5), '2020-04-30')).toBe(false);
    expect(dueByDate(ongoing, '2020-04-30')).toBe(false);
  });
});

describe('timeline rows', () => {
  it('has a row per month of the plan, then the 持续推进 lane, items by indicator', () => {
    const rows = timelineRows(chartModel().items);
    expect(rows.map((r) => r.id)).toEqual([
      'm-2020-03',
      'm-2020-04',
      'm-2020-05',
      'm-2020-06',
      'm-2020-07',
      'm-2020-08',
      'm-2020-09',
      'm-2020-10',
      'm-2020-11',
      'm-2020-12',
      'ongoing',
    ]);
    expect(rows[3]!.items.map((i) => i.number)).toEqual([2, 6]);
    expect(rows.at(-1)!.label).toBe('持续推进');
    const reversed = timelineRows([
      makeItem({ number: 9, indicator: 2, deadline: month(2020, 6) }),
      makeItem({ number: 3, indicator: 1, deadline: month(2020, 6) }),
    ]);
    expect(reversed[0]!.items.map((i) => i.number)).toEqual([3, 9]);
  });

  it('puts the notice line after its month when issued on the last day, before it otherwise', () => {
    const rows = timelineRows(chartModel().items);
    const h = () => 20;
    const endOfApril = layoutRows(rows, h, '2020-04-30');
    const april = endOfApril.rows[1]!;
    const may = endOfApril.rows[2]!;
    expect(endOfApril.noticeY).toBeGreaterThan(april.top + april.height);
    expect(endOfApril.noticeY).toBeLessThan(may.top);
    const midApril = layoutRows(rows, h, '2020-04-15');
    expect(midApril.noticeY).toBeLessThan(midApril.rows[1]!.top);
    expect(midApril.noticeY).toBeGreaterThan(midApril.rows[0]!.top);
    const before = layoutRows(rows, h, '2019-12-01');
    expect(before.noticeY).toBeLessThan(before.rows[0]!.top);
    const after = layoutRows(rows, h, '2021-01-10');
    expect(after.noticeY).toBeGreaterThan(after.rows[9]!.top);
    expect(after.noticeY).toBeLessThan(after.rows[10]!.top);
    expect(layoutRows(rows, h, null).noticeY).toBeNull();
    const noOngoing = rows.filter((r) => r.id !== 'ongoing');
    const late = layoutRows(noOngoing, h, '2021-03-01');
    expect(late.noticeY).toBeGreaterThan(late.rows.at(-1)!.top + 20);
    expect(
      layoutRows(
        rows.filter((r) => r.id === 'ongoing'),
        h,
        '2020-04-30',
      ).noticeY,
    ).toBeNull();
  });
});

describe('buildTimeline', () => {
  it('draws one linked, numbered mark per item under the site base', () => {
    const view = buildTimeline(chartModel(), { base: '/sub/' });
    expect(view.mode).toBe('marks');
    for (const n of [1, 2, 3, 4, 5, 6]) {
      expect(view.svg).toContain(`id="item-${n}" href="/sub/zhengzhou/2020/items/${n}/"`);
    }
    expect(view.svg).toContain('id="ongoing"');
    expect(view.svg).toContain('role="group" aria-labelledby="tl-title"');
  });

  it('marks the items due by the notice date and says how many there are', () => {
    const view = buildTimeline(chartModel(), { base: '/' });
    const early = view.groups.flatMap((g) => g.items).filter((i) => i.early);
    expect(early.map((i) => i.number)).toEqual([1, 3]);
    expect(view.notice).toEqual({ date: '2020-04-30', label: '2020年4月30日', early: 2 });
    expect(view.svg).toContain('以上 2 项截止不晚于此日');
    expect(buildTimeline(chartModel(null), { base: '/' }).svg).not.toContain('发文日');
    const beforeAll = buildTimeline(chartModel('2020-01-15'), { base: '/' });
    expect(beforeAll.notice!.early).toBe(0);
    expect(beforeAll.svg).toContain('发文日 2020年1月15日：事项均在此日之后到期');
    expect(beforeAll.svg).not.toContain('class="band"');
  });

  it('gives each indicator a distinct colour-and-shape pair and lists it in the legend', () => {
    const view = buildTimeline(chartModel(), { base: '/' });
    const pairs = view.legend.map((l) => `${l.colour}/${l.shape}`);
    expect(new Set(pairs).size).toBe(3);
    expect(view.legend.map((l) => [l.indicator.title, l.count])).toEqual([
      ['开办企业', 2],
      ['办理破产', 2],
      ['纳税', 2],
    ]);
  });

  it('offers department filters in pinyin order, with each item pointing at its departments', () => {
    const view = buildTimeline(chartModel(), { base: '/' });
    const names = view.filters!.departments.map((d) => d.name);
    expect(names).toEqual(['安阳市局', '市财政局', '市法院', '市税务局']);
    const four = view.groups.flatMap((g) => g.items).find((i) => i.number === 4)!;
    expect(four.departments.map((d) => names[d])).toEqual(['安阳市局', '市财政局', '市法院']);
    expect(four.lead).toEqual(['市法院']);
    expect(four.responsible).toEqual(['市财政局', '安阳市局']);
  });

  it('switches to counts per month above the mark threshold', () => {
    const small = chartModel();
    expect(buildTimeline(small, { base: '/', markThreshold: 6 }).mode).toBe('marks');
    const counts = buildTimeline(small, { base: '/', markThreshold: 5 });
    expect(counts.mode).toBe('counts');
    expect(counts.svg).not.toContain('id="item-');
    expect(counts.groups.find((g) => g.id === 'm-2020-06')!.count).toBe(2);
    expect(counts.filters).toBeNull();
  });

  it('stays bounded for a plan 100× larger, and draws marks when the threshold allows', () => {
    const big = syntheticModel(10_700);
    const view = buildTimeline(big, { base: '/' });
    expect(view.mode).toBe('counts');
    expect(view.svg.length).toBeLessThan(10_000);
    expect(view.groups.length).toBe(11);
    expect(view.groups.every((g) => g.items.length === 0 && g.top.length <= 3)).toBe(true);
    expect(view.groups.reduce((s, g) => s + g.count, 0)).toBe(10_700);
    const medium = syntheticModel(DEFAULT_MARK_THRESHOLD, 19, 80);
    expect(buildTimeline(medium, { base: '/' }).mode).toBe('marks');
  });

  it('prints the expected SVG', async () => {
    const view = buildTimeline(chartModel(), { base: '/' });
    await expect(view.svg).toMatchFileSnapshot('__snapshots__/timeline-small.svg');
    const counts = buildTimeline(chartModel(), { base: '/', markThreshold: 1 });
    await expect(counts.svg).toMatchFileSnapshot('__snapshots__/timeline-counts.svg');
  });
});
