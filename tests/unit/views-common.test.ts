import { planPaths } from '../../src/lib/paths.ts';
import { describe, expect, test } from 'vitest';
import {
  bounded,
  byDeadline,
  deadlineLabel,
  departmentRef,
  formatIsoDate,
  issuedTitle,
  monthAnchor,
  monthKey,
  searchHref,
  timelineMonthHref,
} from '../../src/lib/views/common.ts';
import type { Deadline } from '../../src/schemas/model.ts';
import { noticeModel } from './support/plans.ts';

const month: Deadline = { kind: 'month', year: 2020, month: 6 };
const date: Deadline = { kind: 'date', year: 2020, month: 6, day: 30 };
const ongoing: Deadline = { kind: 'ongoing' };

describe('deadlines', () => {
  test.each([
    [month, '2020年6月', '2020-06', 'm-2020-06'],
    [date, '2020年6月30日', '2020-06', 'm-2020-06'],
    [ongoing, '持续推进', 'ongoing', 'ongoing'],
  ])('%o reads %s, falls in %s, anchored at #%s', (d, label, key, anchor) => {
    expect(deadlineLabel(d)).toBe(label);
    expect(monthKey(d)).toBe(key);
    expect(monthAnchor(key)).toBe(anchor);
    expect(timelineMonthHref(planPaths({ place: { slug: 'a' }, id: '2020' }), d)).toBe(
      `/a/2020/timeline/#${anchor}`,
    );
  });

  test('byDeadline puts a date before the end of its month, ongoing work last, ties by number', () => {
    const items = [
      { number: 1, deadline: ongoing },
      { number: 2, deadline: month },
      { number: 3, deadline: date },
      { number: 4, deadline: { kind: 'month', year: 2020, month: 3 } as Deadline },
      { number: 5, deadline: month },
    ];
    expect(byDeadline(items).map((i) => i.number)).toEqual([4, 3, 2, 5, 1]);
  });

  test('formatIsoDate writes a Chinese date without leading zeros', () => {
    expect(formatIsoDate('2020-04-30')).toBe('2020年4月30日');
    expect(formatIsoDate(null)).toBeNull();
  });
});

describe('departments and lists', () => {
  test('an alias resolves to the canonical department and its page', () => {
    const model = noticeModel();
    expect(departmentRef(model, '市市场监管局（市知识产权局）')).toEqual({
      name: '市市场监管局',
      slug: 'shi-shi-chang-jian-guan-ju',
      href: '/zhengzhou/2020/departments/shi-shi-chang-jian-guan-ju/',
    });
    expect(departmentRef(model, '不存在的单位').href).toBeNull();
  });

  test('bounded keeps the first entries and says how many are hidden', () => {
    expect(bounded([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], total: 5, hidden: 2 });
    expect(bounded([1], 3)).toEqual({ shown: [1], total: 1, hidden: 0 });
  });

  test('searchHref carries filters in the URL, encoded', () => {
    expect(searchHref({ department: '市税务局' })).toBe(
      `/search/?department=${encodeURIComponent('市税务局')}`,
    );
    expect(searchHref({})).toBe('/search/');
  });
});

describe('issuedTitle', () => {
  test.each([
    [
      { title: '关于做好工作的通知', issuers: ['甲办公厅', '乙办公厅'] },
      '甲办公厅、乙办公厅《关于做好工作的通知》',
    ],
    [
      { title: '甲办公厅 乙办公厅关于做好工作的通知', issuers: ['甲办公厅', '乙办公厅'] },
      '《甲办公厅 乙办公厅关于做好工作的通知》',
    ],
    [{ title: '关于做好工作的通知', issuers: [] }, '《关于做好工作的通知》'],
  ])('%o → %s (issuers named once)', (doc, expected) => {
    expect(issuedTitle(doc)).toBe(expected);
  });
});
