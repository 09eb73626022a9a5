import { describe, expect, test } from 'vitest';
import { bigrams, relatedItems } from '../../src/lib/views/related.ts';
import { itemView, lineLabel } from '../../src/lib/views/item.ts';
import { noticeModel } from './support/plans.ts';

describe('itemView', () => {
  const model = noticeModel();

  test('names each unit with its role and links it to its department page', () => {
    const view = itemView(model, 1, '/zhengzhou/2020/items/1/');
    expect(view.units).toEqual([
      {
        role: '牵头单位',
        units: [
          {
            name: '市市场监管局',
            slug: 'shi-shi-chang-jian-guan-ju',
            href: '/zhengzhou/2020/departments/shi-shi-chang-jian-guan-ju/',
            filter: '市市场监管局',
          },
        ],
      },
      {
        role: '责任单位',
        units: [
          {
            name: '市税务局',
            slug: 'shi-shui-wu-ju',
            href: '/zhengzhou/2020/departments/shi-shui-wu-ju/',
            filter: '市税务局',
          },
          {
            name: '各开发区',
            slug: 'ge-kai-fa-qu',
            href: '/zhengzhou/2020/departments/ge-kai-fa-qu/',
            filter: '各开发区',
          },
        ],
      },
    ]);
    expect(view.departments).toEqual(['市市场监管局', '市税务局', '各开发区']);
  });

  test('leaves out a role the item does not have', () => {
    expect(itemView(model, 3, '/zhengzhou/2020/items/3/').units.map((g) => g.role)).toEqual([
      '责任单位',
    ]);
  });

  test('keeps the deadline as written and links it to the timeline', () => {
    const { deadline } = itemView(model, 1, '/zhengzhou/2020/items/1/');
    expect(deadline).toMatchObject({
      text: '2020 年 6 月',
      role: '完成时限',
      label: '2020年6月',
      monthHref: '/zhengzhou/2020/timeline/#m-2020-06',
      timelineHref: '/zhengzhou/2020/timeline/#item-1',
    });
    expect(itemView(model, 4, '/zhengzhou/2020/items/4/').deadline.monthHref).toBe(
      '/zhengzhou/2020/timeline/#ongoing',
    );
  });

  test('links previous and next items, none beyond the ends', () => {
    expect(itemView(model, 1, null).prev).toBeNull();
    expect(itemView(model, 1, null).next).toEqual({
      number: 2,
      title: '加快电子营业执照推广应用',
      href: '/zhengzhou/2020/items/2/',
    });
    expect(itemView(model, 4, null).next).toBeNull();
  });

  test('lists the corrections applied inside the item and its source lines', () => {
    const view = itemView(model, 1, null);
    expect(view.corrections.map((c) => c.id)).toEqual(['c1']);
    expect(view.source).toMatchObject({ line: 10, endLine: 12, label: '第 10–12 行' });
    expect(itemView(model, 2, null).corrections).toEqual([]);
  });

  test('sub-items carry their own units and deadlines', () => {
    const view = itemView(model, 4, null);
    expect(
      view.subitems.map((s) => [s.label, s.units.map((g) => g.role), s.deadline.text]),
    ).toEqual([
      ['（1）', ['牵头单位'], '2020年6月'],
      ['（2）', ['责任单位'], '持续推进'],
    ]);
  });

  test('the citation names plan, item, issuers, document number, date, lines and URL', () => {
    const { citation } = itemView(model, 3, 'https://example.org/zhengzhou/2020/items/3/');
    expect(citation).toBe(
      '《郑州市打造一流营商环境2020年工作要点》第3项“推进出口退税不见面办理”，' +
        '中共郑州市委办公厅、郑州市人民政府办公厅《关于深入做好2020年优化营商环境工作的通知》附件' +
        '（郑办〔2020〕14号，2020年4月30日），源文件第30–32行。https://example.org/zhengzhou/2020/items/3/',
    );
  });

  test('without a site URL the citation ends at the source lines, with no relative URL', () => {
    const { citation } = itemView(model, 3, null);
    expect(citation).toMatch(/源文件第30–32行。$/);
    expect(citation).not.toContain('/zhengzhou/2020/items/');
  });

  test('an unknown item is an error, not an empty page', () => {
    expect(() => itemView(model, 99, null)).toThrow(/No item 99/);
  });

  test('lineLabel gives one line or a range', () => {
    expect(lineLabel(5, 5)).toBe('第 5 行');
    expect(lineLabel(5, 7)).toBe('第 5–7 行');
  });
});

describe('relatedItems', () => {
  const model = noticeModel();

  test('bigrams skip punctuation and spaces', () => {
    expect(bigrams('电子、执照 ab')).toEqual(['电子', '执照', 'ab']);
  });

  test('finds items that share departments or wording, best first, never itself', () => {
    const related = relatedItems(model, 1);
    expect(related.map((r) => r.number)).not.toContain(1);
    // Item 2 shares two departments and the words 电子营业执照 / 企业开办一网通办.
    expect(related[0]?.number).toBe(2);
    expect(related[0]?.sharedDepartments).toEqual(['市市场监管局', '市税务局']);
  });

  test('group names like 各开发区 do not make items related', () => {
    const related = relatedItems(model, 1);
    for (const r of related) expect(r.sharedDepartments).not.toContain('各开发区');
  });

  test('is bounded by the limit', () => {
    expect(relatedItems(model, 1, 1)).toHaveLength(1);
  });

  test('itemView explains why an item is related', () => {
    const [first] = itemView(model, 1, null).related;
    expect(first).toMatchObject({ number: 2, href: '/zhengzhou/2020/items/2/' });
    expect(first?.reason).toContain('同涉及市市场监管局、市税务局');
  });
});

test('a correction shows the line break it repaired', () => {
  const view = itemView(noticeModel(), 1, null);
  expect(view.corrections[0]?.beforeShown).toBe('企业开⏎办');
});
