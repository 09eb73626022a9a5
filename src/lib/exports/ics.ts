/**
 * /data/calendar.ics and /data/departments/<slug>.ics: one all-day event per dated item, on the day
 * it falls due (the last day of the month for "2020年6月"). Ongoing items have no day and no event.
 *
 * The RFC 5545 text (CRLF line ends, TEXT escaping, folding at 75 octets) is written here: the
 * format is a few fixed lines per event, and ical-generator, which wrote it before, measures every
 * character with a new TextEncoder while folding, which made calendars a seventh of the build time
 * of a 20-plan library (tests/unit/exports/ics.test.ts parses the output with ical.js). Everything
 * in the output derives from the model and the notes, never from the clock, so two builds of the
 * same content give the same bytes: DTSTAMP is the date of the item's status note, else the
 * notice's date.
 */
import type { Annotation, Department, Item, Model } from '../../schemas/model.ts';
import { planPaths } from '../paths.ts';
import { STATUS_LABELS } from '../status.ts';
import { deadlineDay, itemDepartments, nextDay } from './items.ts';
import { downloadUrl, isAbsolute, type LinkContext } from './links.ts';

/** Used for UIDs when the build has no SITE_URL. */
export const DEFAULT_UID_HOST = 'zhengce-daohang';
/** DTSTAMP when neither a note nor the notice has a date. */
const FALLBACK_STAMP = '2000-01-01';

/** One calendar event, before it is written as iCalendar text. */
export interface CalendarEvent {
  /** Stable across builds and unique across the library: `<place>-<plan>-item-<number>@<host>`. */
  uid: string;
  item: number;
  /** All-day event on this day, "YYYY-MM-DD". */
  day: string;
  summary: string;
  description: string;
  /** The item page; absolute, or base-relative when the build has no site URL. */
  url: string;
  /** "YYYY-MM-DD" the event's DTSTAMP is taken from. */
  stamp: string;
}

/** The events of `items` (undated ones skipped), in item order. */
export function calendarEvents(
  plan: Model,
  items: readonly Item[],
  annotations: ReadonlyMap<number, Annotation>,
  links: LinkContext,
): CalendarEvent[] {
  const host = links.site ? new URL(links.site).hostname : DEFAULT_UID_HOST;
  const indicatorTitles = new Map(plan.indicators.map((i) => [i.number, i.title]));
  const source = plan.document.docNumber ?? plan.document.title;
  const events: CalendarEvent[] = [];
  for (const item of items) {
    const day = deadlineDay(item.deadline);
    if (!day) continue;
    const note = annotations.get(item.number);
    const url = downloadUrl(links, planPaths(plan.plan).item(item.number));
    const indicator = indicatorTitles.get(item.indicator);
    const status = note
      ? `${STATUS_LABELS[note.status].label}（记录于 ${note.asOf}）`
      : STATUS_LABELS.none.label;
    const lines = [
      `${source} 第${item.number}项${indicator ? `（${indicator}）` : ''}`,
      item.title,
      `完成时限：${item.deadlineText}`,
      item.leadUnits.length > 0 ? `牵头单位：${item.leadUnits.join('、')}` : null,
      item.responsibleUnits.length > 0 ? `责任单位：${item.responsibleUnits.join('、')}` : null,
      `进展：${status}`,
      // Without SITE_URL the page has no full URL: say it is a path on this site, not a link.
      isAbsolute(url) ? url : `事项页面：本站的 ${url}`,
    ];
    events.push({
      uid: `${plan.plan.place.slug}-${plan.plan.id}-item-${item.number}@${host}`,
      item: item.number,
      day,
      summary: `第${item.number}项：${item.title}`,
      description: lines.filter((l) => l !== null).join('\n'),
      url,
      stamp: note?.asOf ?? plan.document.date ?? FALLBACK_STAMP,
    });
  }
  return events;
}

/**
 * RFC 5545 requires at least one component in a calendar. A department whose items are all ongoing
 * has no event, so its calendar carries this time zone (Beijing time, no daylight saving) instead:
 * valid, and referenced by nothing.
 */
const EMPTY_CALENDAR_COMPONENT = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Shanghai',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, line breaks. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 octets of one code point. */
const octets = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds one content line (RFC 5545 §3.1): no line longer than 75 octets, continuation lines begin
 * with a space, never inside a character.
 */
export function foldLine(line: string): string {
  let out = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    size += n;
    if (size > 74) {
      out += '\r\n ';
      size = n;
    }
    out += ch;
  }
  return out;
}

/** "2020-06-30" → "20200630". */
const dateValue = (day: string) => day.replaceAll('-', '');

/** Writes events as an iCalendar file. */
export function calendarText(name: string, description: string, events: CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//zhengce-daohang//plan-calendar//ZH',
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-CALDESC:${escapeText(description)}`,
    // Subscribers refresh once a day.
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      'SEQUENCE:0',
      `DTSTAMP:${dateValue(event.stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${dateValue(event.day)}`,
      `DTEND;VALUE=DATE:${dateValue(nextDay(event.day))}`,
      'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
      'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE',
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
    );
    // A relative URL is not a URI a calendar program accepts; it stays in the description.
    if (isAbsolute(event.url)) lines.push(`URL;VALUE=URI:${event.url}`);
    lines.push('END:VEVENT');
  }
  if (events.length === 0) lines.push(...EMPTY_CALENDAR_COMPONENT);
  lines.push('END:VCALENDAR');
  // RFC 5545 ends every content line, the last one too, with CRLF.
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The dated items that name `department` among their units. */
export function departmentItems(plan: Model, department: Department): Item[] {
  return plan.items.filter((item) => itemDepartments(item).has(department.name));
}

/** /data/calendar.ics: every dated item. */
export function planCalendar(
  plan: Model,
  annotations: ReadonlyMap<number, Annotation>,
  links: LinkContext,
): string {
  const source = plan.document.docNumber ?? plan.document.title;
  return calendarText(
    `${source} 完成时限`,
    `${plan.document.title}：各事项的完成时限（每项一个全天事件，在时限所在月的最后一天）。`,
    calendarEvents(plan, plan.items, annotations, links),
  );
}

/** /data/departments/<slug>.ics: the dated items naming one department (lead or responsible). */
export function departmentCalendar(
  plan: Model,
  department: Department,
  annotations: ReadonlyMap<number, Annotation>,
  links: LinkContext,
): string {
  const source = plan.document.docNumber ?? plan.document.title;
  return calendarText(
    `${department.name} · ${source} 完成时限`,
    `${plan.document.title}：${department.name}牵头或负责的事项的完成时限。`,
    calendarEvents(plan, departmentItems(plan, department), annotations, links),
  );
}
