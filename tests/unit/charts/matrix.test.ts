import { describe, expect, it } from 'vitest';
import { cosineDistance, similarityOrder } from '../../../src/lib/charts/cluster.ts';
import { buildMatrix, cellMarks, shortName } from '../../../src/lib/charts/matrix.ts';
import { syntheticModel } from '../support/model.ts';
import { chartModel } from '../support/plans.ts';

describe('similarityOrder', () => {
  it('puts rows with alike profiles next to each other', () => {
    const v = [
      [1, 0, 0, 0],
      [0, 0, 5, 1],
      [2, 1, 0, 0],
      [0, 0, 4, 2],
      [1, 1, 0, 0],
    ];
    const order = similarityOrder(v);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
    const pos = (i: number) => order.indexOf(i);
    expect(Math.abs(pos(1) - pos(3))).toBe(1);
    const group = [pos(0), pos(2), pos(4)].sort();
    expect(group[2]! - group[0]!).toBe(2);
  });

  it('treats an empty profile as unlike everything', () => {
    expect(cosineDistance([0, 0], [1, 2])).toBe(1);
    expect(cosineDistance([1, 2], [2, 4])).toBeCloseTo(0);
  });
});

describe('buildMatrix', () => {
  it('has a row per named department in pinyin order and a column per indicator', () => {
    const m = buildMatrix(chartModel(), { base: '/' });
    expect(m.rows.map((r) => r.name)).toEqual(['安阳市局', '市财政局', '市法院', '市税务局']);
    expect(m.cols.map((c) => c.title)).toEqual(['开办企业', '办理破产', '纳税']);
    const fa = m.rows.find((r) => r.name === '市法院')!;
    expect(fa.cells).toEqual([
      { lead: 0, responsible: 0 },
      { lead: 1, responsible: 1 },
      { lead: 0, responsible: 1 },
    ]);
    expect(fa.items).toBe(3);
  });

  it('links rows to department pages, columns to indicators, cells to the department anchor', () => {
    const m = buildMatrix(chartModel(), { base: '/sub/' });
    expect(m.svg.labels).toContain('href="/sub/zhengzhou/2020/departments/shi-fa-yuan/"');
    expect(m.svg.head).toContain('href="/sub/zhengzhou/2020/indicators/resolving-insolvency/"');
    expect(m.svg.body).toContain(
      'href="/sub/zhengzhou/2020/departments/shi-fa-yuan/#indicator-resolving-insolvency"',
    );
    expect(m.svg.body).toContain('市法院 · 办理破产：牵头 1 项，责任 1 项');
  });

  it('ranks rows by name, by total and by similarity', () => {
    const m = buildMatrix(chartModel(), { base: '/' });
    const order = (k: 'name' | 'total' | 'similar') =>
      [...m.rows].sort((a, b) => a.rank[k] - b.rank[k]).map((r) => r.name);
    expect(order('name')).toEqual(['安阳市局', '市财政局', '市法院', '市税务局']);
    expect(order('total')).toEqual(['市税务局', '市财政局', '市法院', '安阳市局']);
    expect(order('similar')).toHaveLength(4);
    expect(m.svg.body).toMatch(/data-o="\d \d \d"/);
  });

  it('tells lead from responsible in a cell: filled box, outlined box, both', () => {
    expect(cellMarks({ lead: 2, responsible: 0 }, 0)).toContain('class="ld"');
    expect(cellMarks({ lead: 2, responsible: 0 }, 0)).not.toContain('class="rs"');
    expect(cellMarks({ lead: 0, responsible: 3 }, 0)).toContain('class="rs"');
    const both = cellMarks({ lead: 1, responsible: 4 }, 0);
    expect(both).toContain('class="ld"');
    expect(both).toContain('class="rs"');
    expect(both).toContain('>4</text>');
  });

  it('keeps a plan 100× larger to the busiest rows and columns, the rest summed', () => {
    const big = syntheticModel(10_700);
    const m = buildMatrix(big, { base: '/', maxRows: 100, maxCols: 30 });
    expect(m.rows).toHaveLength(101);
    expect(m.cols).toHaveLength(30);
    expect(m.hiddenCols).toBe(161);
    expect(m.rows.at(-1)!.name).toBe(`其余${m.hiddenRows}个部门`);
    const sum = (rows: typeof m.rows) => rows.reduce((s, r) => s + r.items, 0);
    const all = buildMatrix(big, { base: '/', maxRows: 10_000, maxCols: 1000 });
    expect(all.rows).toHaveLength(400);
    expect(sum(m.rows)).toBe(sum(all.rows));
    expect(m.svg.body.length).toBeLessThan(400_000);
  });

  it('shortens long department labels but keeps the full name in the title', () => {
    expect(shortName('市市场监管局（市知识产权局）')).toBe('市市场监管局（市知识…');
    expect(shortName('市法院')).toBe('市法院');
  });

  it('prints the expected SVG', async () => {
    const m = buildMatrix(chartModel(), { base: '/' });
    await expect(m.svg.head).toMatchFileSnapshot('__snapshots__/matrix-head.svg');
    await expect(m.svg.labels).toMatchFileSnapshot('__snapshots__/matrix-labels.svg');
    await expect(m.svg.body).toMatchFileSnapshot('__snapshots__/matrix-body.svg');
  });
});
