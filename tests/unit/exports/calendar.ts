/** Reads an iCalendar file with ical.js, as a calendar program would, into plain event records. */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  url: string | null;
  /** DTSTART as "YYYY-MM-DD" (all-day events only). */
  start: string;
  end: string;
  allDay: boolean;
  stamp: string;
}

export function readCalendar(text: string): {
  name: string | null;
  events: ParsedEvent[];
  /** How many components (events, time zones …) the calendar holds; RFC 5545 wants one at least. */
  components: number;
} {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const name = calendar.getFirstPropertyValue('x-wr-calname');
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const url = vevent.getFirstPropertyValue('url');
    const stamp = vevent.getFirstPropertyValue('dtstamp');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      url: url === null ? null : String(url),
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      stamp: String(stamp),
    };
  });
  return {
    name: name === null ? null : String(name),
    events,
    components: calendar.getAllSubcomponents().length,
  };
}

/** Lines longer than RFC 5545's 75 octets (excluding CRLF); bare LF line ends. */
export function foldingProblems(text: string): string[] {
  const problems: string[] = [];
  if (/[^\r]\n/.test(text)) problems.push('a line ends with LF, not CRLF');
  if (!text.endsWith('\r\n')) problems.push('the last line does not end with CRLF');
  for (const line of text.split('\r\n').slice(0, -1)) {
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > 75) problems.push(`${octets} octets: ${line}`);
  }
  return problems;
}
