import { expect, test } from 'vitest';
import {
  compareDeadlineValues,
  pagefindFilters,
  parseSearch,
  serializeSearch,
} from '../../src/lib/search-state.ts';

test('a shared search URL restores query and filters, and round-trips', () => {
  const search = `?q=${encodeURIComponent('出口退税')}&department=${encodeURIComponent('市税务局')}&deadline=&other=x`;
  const state = parseSearch(search);
  expect(state).toEqual({ q: '出口退税', filters: { department: '市税务局' } });
  expect(parseSearch(serializeSearch(state))).toEqual(state);
  expect(pagefindFilters(state)).toEqual({ department: '市税务局' });
});

test('the status filter lives in the URL like the others', () => {
  const state = parseSearch(`?status=${encodeURIComponent('推进中')}&q=x`);
  expect(state).toEqual({ q: 'x', filters: { status: '推进中' } });
  expect(serializeSearch(state)).toBe(`?q=x&status=${encodeURIComponent('推进中')}`);
  expect(pagefindFilters(state)).toEqual({ status: '推进中' });
});

test('an empty state serialises to no query string', () => {
  expect(serializeSearch({ q: '', filters: {} })).toBe('');
});

test('deadline filter values sort in time order, ongoing last', () => {
  const values = ['持续推进', '2020年12月', '2020年3月31日', '2020年3月', '2021年1月'];
  expect(values.sort(compareDeadlineValues)).toEqual([
    '2020年3月',
    '2020年3月31日',
    '2020年12月',
    '2021年1月',
    '持续推进',
  ]);
});
