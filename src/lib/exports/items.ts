/**
 * Small facts about items that every download needs, computed once here.
 */
import type { Deadline, Item } from '../../schemas/model.ts';

/**
 * Every department named on an item: its lead and responsible units, and its sub-items' (the
 * contract says the item already lists them; taking the union again costs nothing and keeps a
 * department calendar right even if a sub-item names a unit the item line does not).
 */
export function itemDepartments(item: Item): Set<string> {
  const names = new Set<string>([...item.leadUnits, ...item.responsibleUnits]);
  for (const sub of item.subitems) {
    for (const name of [...sub.leadUnits, ...sub.responsibleUnits]) names.add(name);
  }
  return names;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The deadline as a sortable ISO string: "2020-06" for a month, "2020-06-30" for a date,
 * "ongoing" for 持续推进 and its kin.
 */
export function deadlineIso(deadline: Deadline): string {
  switch (deadline.kind) {
    case 'month':
      return `${pad(deadline.year, 4)}-${pad(deadline.month)}`;
    case 'date':
      return `${pad(deadline.year, 4)}-${pad(deadline.month)}-${pad(deadline.day)}`;
    case 'ongoing':
      return 'ongoing';
    case 'none':
      return 'none';
  }
}

/**
 * The day a deadline falls due, "YYYY-MM-DD": the last day of the month for a month deadline, the
 * day itself for a date; null for an ongoing commitment (it has no day).
 */
export function deadlineDay(deadline: Deadline): string | null {
  switch (deadline.kind) {
    case 'month': {
      // Day 0 of the next month is the last day of this one (UTC, so no time zone can shift it).
      const last = new Date(Date.UTC(deadline.year, deadline.month, 0)).getUTCDate();
      return `${pad(deadline.year, 4)}-${pad(deadline.month)}-${pad(last)}`;
    }
    case 'date':
      return `${pad(deadline.year, 4)}-${pad(deadline.month)}-${pad(deadline.day)}`;
    case 'ongoing':
    case 'none':
      return null;
  }
}

/** The day after "YYYY-MM-DD" (an all-day event ends, exclusively, on the next day). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}
