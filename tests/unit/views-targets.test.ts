import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { extractTargets } from '../../scripts/ingest/targets.ts';
import { targetsCsv } from '../../src/lib/exports/targets-csv.ts';
import {
  itemTargetsView,
  targetLevel,
  targetsPageView,
  formatValue,
} from '../../src/lib/views/targets.ts';
import { sortOrder } from '../../src/scripts/targets-sort.ts';
import type { Item } from '../../src/schemas/model.ts';
import { makeItem, makeModel, type ItemSpec } from './support/model.ts';

/** An item whose targets are read from its texts, as the ingest reads them. */
function item(spec: ItemSpec): Item {
  const built = makeItem(spec);
  return {
    ...built,
    targets: [
      ...extractTargets(built.text).map((t) => ({ ...t, subitem: null })),
      ...built.subitems.flatMap((s) =>
        extractTargets(s.text).map((t) => ({ ...t, subitem: s.label })),
      ),
    ],
  };
}

function plan() {
  return makeModel({
    indicators: ['开办企业', '获得电力', '纳税'],
    items: [
      item({ number: 1, indicator: 1, text: '企业开办时间压缩至1个工作日，资料精简至3项。' }),
      item({
        number: 2,
        indicator: 2,
        text: '优化报装。',
        subitems: [
          { label: '（1）', text: '低压客户办电时间不超过5个工作日。' },
          { label: '（2）', text: '办电环节由4个减为2个环节，网上办理率达到90%。' },
        ],
      }),
      item({ number: 3, indicator: 3, text: '持续优化纳税服务。' }),
    ],
  });
}

describe('item page: targets and marks', () => {
  test('each target is listed with its level and its words marked where they stand', () => {
    const m = plan();
    const view = itemTargetsView(m.items[0]!);
    expect(view.targets.map((t) => [t.level, t.words, t.anchor])).toEqual([
      ['不超过 1 工作日', '压缩至1个工作日', 'target-1'],
      ['不超过 3 项', '精简至3项', 'target-2'],
    ]);
    expect(view.paragraphs).toEqual([
      {
        segments: [
          { text: '企业开办时间', mark: null },
          { text: '压缩至1个工作日', mark: 'target-1' },
          { text: '，资料', mark: null },
          { text: '精简至3项', mark: 'target-2' },
          { text: '。', mark: null },
        ],
      },
    ]);
  });

  test('sub-items keep their labels, and their targets are marked in their own paragraph', () => {
    const view = itemTargetsView(plan().items[1]!);
    const text = view.paragraphs.map((p) => p.segments.map((s) => s.text).join(''));
    expect(text).toEqual([
      '优化报装。',
      '（1）低压客户办电时间不超过5个工作日。',
      '（2）办电环节由4个减为2个环节，网上办理率达到90%。',
    ]);
    const marked = view.paragraphs.map((p) => p.segments.filter((s) => s.mark).map((s) => s.text));
    expect(marked).toEqual([[], ['不超过5个工作日'], ['由4个减为2个环节', '达到90%']]);
    expect(view.targets.map((t) => [t.subitem, t.baseline])).toEqual([
      ['（1）', null],
      ['（2）', '原为 4 环节'],
      ['（2）', null],
    ]);
  });

  test('words not found where the model says are looked up, and left unmarked if absent', () => {
    const base = plan().items[0]!;
    const moved = { ...base, targets: base.targets.map((t) => ({ ...t, start: 0 })) };
    expect(itemTargetsView(moved).targets.map((t) => t.anchor)).toEqual(['target-1', 'target-2']);
    const gone = { ...base, targets: [{ ...base.targets[0]!, text: '不在原文中' }] };
    const view = itemTargetsView(gone);
    expect(view.targets[0]!.anchor).toBeNull();
    expect(view.paragraphs[0]!.segments).toEqual([{ text: base.text, mark: null }]);
  });

  test('levels read as a reader says them', () => {
    expect(targetLevel({ comparator: 'max', value: 16, unit: '工作日' })).toBe('不超过 16 工作日');
    expect(targetLevel({ comparator: 'min', value: 85, unit: '%' })).toBe('不低于 85%');
    expect(targetLevel({ comparator: 'exact', value: 3000, unit: '张' })).toBe('3000 张');
    expect(formatValue(0.1 + 0.2)).toBe('0.3');
  });
});

describe('targets page', () => {
  test('groups by indicator in plan order, leaves out indicators without targets, counts', () => {
    const view = targetsPageView(plan());
    expect(view.groups.map((g) => [g.indicator.title, g.rows.length])).toEqual([
      ['开办企业', 2],
      ['获得电力', 3],
    ]);
    expect(view.counts).toMatchObject({ targets: 5, itemsWithTargets: 2, items: 3 });
    expect(view.counts.byComparator.map((b) => [b.comparator, b.count])).toEqual([
      ['max', 4],
      ['min', 1],
      ['exact', 0],
    ]);
    expect(view.counts.units[0]).toEqual({ unit: '工作日', count: 2 });
    expect(view.groups[1]!.rows[1]).toMatchObject({
      href: '/zhengzhou/2020/items/2/#target-2',
      subitem: '（2）',
      unit: '环节',
      baseline: '原为 4 环节',
    });
  });

  test('sorting by unit keeps values in order within a unit, by measure in pinyin order', () => {
    const rows = [
      { order: 0, measure: '审批时间', unit: '工作日', value: 5 },
      { order: 1, measure: '办电环节', unit: '环节', value: 2 },
      { order: 2, measure: '材料', unit: '工作日', value: 1 },
      { order: 3, measure: '办理率', unit: '%', value: 90 },
    ];
    // Pinyin: % first, then 工作日 (gong), 环节 (huan); 办电 (ban dian) before 办理 (ban li).
    expect(sortOrder(rows, 'unit')).toEqual([3, 2, 0, 1]);
    expect(sortOrder(rows, 'unit', -1)).toEqual([1, 0, 2, 3]);
    expect(sortOrder(rows, 'measure')).toEqual([1, 3, 2, 0]);
  });
});

describe('targets.csv', () => {
  test('BOM, Chinese headers, one row per target, links to the marked words', () => {
    const text = targetsCsv(plan(), { base: '/sub/', site: 'https://example.org' });
    expect(text.startsWith('\uFEFF事项编号,指标,')).toBe(true);
    expect(text).toContain('\r\n');
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(5);
    expect(rows[3]).toMatchObject({
      事项编号: '2',
      子项: '（2）',
      比较方式: 'max',
      数值: '2',
      单位: '环节',
      原有数值: '4',
      原有单位: '环节',
      原文用语: '由4个减为2个环节',
      事项网址: 'https://example.org/sub/zhengzhou/2020/items/2/#target-2',
    });
  });
  test('a plan without targets gives the header row only', () => {
    const m = makeModel({
      indicators: ['纳税'],
      items: [item({ number: 1, indicator: 1, text: '持续优化纳税服务。' })],
    });
    const rows = parse(targetsCsv(m, { base: '/', site: undefined }).slice(1)) as string[][];
    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toBe('事项编号');
  });
});
