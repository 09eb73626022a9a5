import { describe, expect, test } from 'vitest';
import {
  deadlineDay,
  deadlineIso,
  itemDepartments,
  nextDay,
} from '../../../src/lib/exports/items.ts';
import { exportModel } from '../support/plans.ts';

describe('deadlineDay: an event falls on the last day of the deadline month', () => {
  test.each([
    [{ kind: 'month', year: 2020, month: 6 } as const, '2020-06-30'],
    [{ kind: 'month', year: 2020, month: 2 } as const, '2020-02-29'],
    [{ kind: 'month', year: 2021, month: 2 } as const, '2021-02-28'],
    [{ kind: 'month', year: 2020, month: 12 } as const, '2020-12-31'],
    [{ kind: 'date', year: 2020, month: 9, day: 15 } as const, '2020-09-15'],
    [{ kind: 'ongoing' } as const, null],
  ])('%j → %s', (deadline, day) => {
    expect(deadlineDay(deadline)).toBe(day);
  });
});

test.each([
  [{ kind: 'month', year: 2020, month: 6 } as const, '2020-06'],
  [{ kind: 'date', year: 2020, month: 9, day: 5 } as const, '2020-09-05'],
  [{ kind: 'ongoing' } as const, 'ongoing'],
])('deadlineIso %j → %s', (deadline, iso) => {
  expect(deadlineIso(deadline)).toBe(iso);
});

test.each([
  ['2020-06-30', '2020-07-01'],
  ['2020-12-31', '2021-01-01'],
  ['2020-02-28', '2020-02-29'],
])('nextDay %s → %s', (day, next) => {
  expect(nextDay(day)).toBe(next);
});

test('itemDepartments takes lead, responsible and sub-item units', () => {
  const model = exportModel();
  const four = model.items[3]!;
  four.leadUnits = [];
  four.responsibleUnits = [];
  expect([...itemDepartments(four)].sort()).toEqual(['市公安局', '市市场监管局'].sort());
  expect([...itemDepartments(model.items[0]!)]).toEqual(['市市场监管局', '市公安局', '市税务局']);
});
