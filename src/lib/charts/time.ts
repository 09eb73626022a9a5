/**
 * Deadlines on a calendar: month keys, the month range a plan spans, the end date of a deadline,
 * and labels as a Chinese reader writes them. Pure; dates are plain numbers, never Date objects'
 * local-time quirks (everything is computed in UTC).
 */
import type { Deadline } from '../../schemas/model.ts';

/** A calendar month, "YYYY-MM". */
export type MonthKey = string;

export interface Month {
  key: MonthKey;
  year: number;
  month: number;
}

export function monthKey(year: number, month: number): MonthKey {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The month a dated deadline falls in, or null for 持续推进. */
export function deadlineMonth(d: Deadline): MonthKey | null {
  return d.kind === 'ongoing' || d.kind === 'none' ? null : monthKey(d.year, d.month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day a deadline allows, "YYYY-MM-DD" (a month deadline ends on the month's last day). */
export function deadlineEnd(d: Deadline): string | null {
  if (d.kind === 'ongoing' || d.kind === 'none') return null;
  const day = d.kind === 'date' ? d.day : daysInMonth(d.year, d.month);
  return `${monthKey(d.year, d.month)}-${String(day).padStart(2, '0')}`;
}

/** Every month from `first` to `last` inclusive, gaps included: an axis, not a list of values. */
export function monthRange(first: MonthKey, last: MonthKey): Month[] {
  const [fy, fm] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  const out: Month[] = [];
  for (let y = fy, m = fm; y < ly || (y === ly && m <= lm); m === 12 ? (y++, (m = 1)) : m++) {
    out.push({ key: monthKey(y, m), year: y, month: m });
  }
  return out;
}

/** The months spanned by a set of deadlines (empty when all are 持续推进). */
export function deadlineDomain(deadlines: Deadline[]): Month[] {
  const keys = deadlines.map(deadlineMonth).filter((k): k is MonthKey => k !== null);
  if (keys.length === 0) return [];
  keys.sort();
  return monthRange(keys[0]!, keys[keys.length - 1]!);
}

/** "2020年6月"; the year is left out when `withYear` is false ("6月"). */
export function monthLabel(m: Month, withYear = true): string {
  return withYear ? `${m.year}年${m.month}月` : `${m.month}月`;
}

export function parseMonthKey(key: MonthKey): Month {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return { key, year, month };
}

/** "2020-04-30" → "2020年4月30日". */
export function dateLabel(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

/**
 * Where a day falls inside its month, from 0 (before the 1st) to 1 (after the last day):
 * the notice line sits at this fraction of its month's row.
 */
export function dayFraction(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return d / daysInMonth(y, m);
}

/** True when a deadline's last allowed day is on or before `date` (both "YYYY-MM-DD"). */
export function dueByDate(d: Deadline, date: string): boolean {
  const end = deadlineEnd(d);
  return end !== null && end <= date;
}
