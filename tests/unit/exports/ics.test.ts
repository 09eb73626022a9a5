import { describe, expect, test } from 'vitest';
import {
  calendarEvents,
  calendarText,
  departmentCalendar,
  departmentItems,
  planCalendar,
} from '../../../src/lib/exports/ics.ts';
import type { Model } from '../../../src/schemas/model.ts';
import { foldingProblems, readCalendar } from './calendar.ts';
import { exportModel, exportNotes } from '../support/plans.ts';

const links = { base: '/', site: 'https://example.org' };

const departmentNamed = (model: Model, name: string) =>
  model.departments.find((d) => d.name === name)!;

describe('calendar.ics', () => {
  test('one all-day event per dated item, at the end of the deadline month', () => {
    const { events } = readCalendar(planCalendar(exportModel(), exportNotes(), links));
    expect(events.map((e) => [e.uid, e.start, e.end, e.allDay])).toEqual([
      ['zhengzhou-2020-item-1@example.org', '2020-02-29', '2020-03-01', true],
      ['zhengzhou-2020-item-2@example.org', '2020-12-31', '2021-01-01', true],
      // item 3 is ongoing: no event
      ['zhengzhou-2020-item-4@example.org', '2021-06-30', '2021-07-01', true],
    ]);
  });

  test("events carry the item's title and URL", () => {
    const { events } = readCalendar(planCalendar(exportModel(), exportNotes(), links));
    expect(events[0]).toMatchObject({
      summary: '第1项：推行“一网通办”，实现企业开办一个工作日办结',
      url: 'https://example.org/zhengzhou/2020/items/1/',
    });
    expect(events[0]!.description).toContain('完成时限：2020年2月');
    expect(events[0]!.description).toContain('牵头单位：市市场监管局');
    expect(events[0]!.description).toContain('进展：暂无进展记录');
    expect(events[1]!.description).toContain('进展：已完成（记录于 2021-01-15）');
  });

  test('lines are folded at 75 octets with CRLF, even for long Chinese titles', () => {
    const model = exportModel();
    model.items[0]!.title = '优化'.repeat(80) + '，含逗号；分号\\反斜杠';
    const text = planCalendar(model, new Map(), links);
    expect(foldingProblems(text)).toEqual([]);
    expect(readCalendar(text).events[0]!.summary).toBe(`第1项：${model.items[0]!.title}`);
  });

  test('the output depends on the content only: DTSTAMP from the note, else the notice date', () => {
    const a = planCalendar(exportModel(), exportNotes(), links);
    expect(planCalendar(exportModel(), exportNotes(), links)).toBe(a);
    const stamps = readCalendar(a).events.map((e) => e.stamp);
    expect(stamps).toEqual([
      '2020-04-30T00:00:00Z',
      '2021-01-15T00:00:00Z',
      '2020-04-30T00:00:00Z',
    ]);
  });

  test('without a site URL, UIDs use a fixed host and no relative URL property is written', () => {
    const text = planCalendar(exportModel(), new Map(), { base: '/sub/', site: undefined });
    const { events } = readCalendar(text);
    expect(events[0]).toMatchObject({ uid: 'zhengzhou-2020-item-1@zhengce-daohang', url: null });
    // The description names the page as a path on this site; it never poses as a link.
    const lines = events[0]!.description.split('\n');
    expect(lines.at(-1)).toBe('事项页面：本站的 /sub/zhengzhou/2020/items/1/');
    expect(lines.filter((l) => /^\/|^https?:/.test(l))).toEqual([]);
  });

  test('with a site URL, the description ends with the full URL of the item page', () => {
    const { events } = readCalendar(planCalendar(exportModel(), new Map(), links));
    expect(events[0]!.description.split('\n').at(-1)).toBe(events[0]!.url);
    expect(events[0]!.url).toMatch(/^https:\/\//);
  });
});

describe('department calendars', () => {
  test("hold exactly the department's dated items, lead or responsible", () => {
    const model = exportModel();
    const uids = (slug: string) => {
      const department = model.departments.find((d) => d.slug === slug)!;
      return readCalendar(departmentCalendar(model, department, new Map(), links)).events.map(
        (e) => e.uid,
      );
    };
    // 市公安局: responsible on 1, responsible on 3 (ongoing), lead on 4.
    expect(uids('shi-gong-an-ju')).toEqual([
      'zhengzhou-2020-item-1@example.org',
      'zhengzhou-2020-item-4@example.org',
    ]);
    // 市税务局: 1, 2, 3 (ongoing).
    expect(uids('shi-shui-wu-ju')).toEqual([
      'zhengzhou-2020-item-1@example.org',
      'zhengzhou-2020-item-2@example.org',
    ]);
    // 市发展改革委 names no item: an empty but valid calendar.
    expect(uids('shi-fa-zhan-gai-ge-wei')).toEqual([]);
  });

  test('with no dated item, still hold one component, as RFC 5545 requires', () => {
    const model = exportModel();
    const text = departmentCalendar(
      model,
      departmentNamed(model, '市发展改革委'),
      new Map(),
      links,
    );
    expect(foldingProblems(text)).toEqual([]);
    expect(readCalendar(text).events).toEqual([]);
    expect(text).toMatch(/\r\nBEGIN:VTIMEZONE\r\n[\s\S]*\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n$/);
    // A calendar with events needs no such filler.
    expect(planCalendar(model, new Map(), links)).not.toContain('VTIMEZONE');
  });

  test('are named for the department', () => {
    const model = exportModel();
    const text = departmentCalendar(model, departmentNamed(model, '市公安局'), new Map(), links);
    expect(readCalendar(text).name).toBe('市公安局 · 测办〔2020〕1号 完成时限');
  });

  test('departmentItems includes undated items (the calendar then skips them)', () => {
    const model = exportModel();
    const items = departmentItems(model, departmentNamed(model, '市税务局'));
    expect(items.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(calendarEvents(model, items, new Map(), links).map((e) => e.item)).toEqual([1, 2]);
  });
});

describe('iCalendar text', () => {
  const event = (summary: string, description: string) => ({
    uid: 'zhengzhou-2020-item-1@example.org',
    item: 1,
    day: '2020-06-30',
    summary,
    description,
    url: 'https://example.org/zhengzhou/2020/items/1/',
    stamp: '2020-04-09',
  });

  test('commas, semicolons, backslashes and line breaks come back as written', () => {
    const text = calendarText('市税务局, 市人社局; 日历', '第一行\n第二行, 含 \\ 号', [
      event('第1项：A; B, C', '郑办〔2020〕14号 第1项\n完成时限：2020年6月; 另见 a\\b'),
    ]);
    expect(foldingProblems(text)).toEqual([]);
    // The calendar's name and description are TEXT (RFC 7986), escaped as the events' fields are:
    // a line break in them would otherwise end the property.
    expect(text).toContain('\r\nX-WR-CALNAME:市税务局\\, 市人社局\\; 日历\r\n');
    expect(text).toContain('\r\nX-WR-CALDESC:第一行\\n第二行\\, 含 \\\\ 号\r\n');
    expect(readCalendar(text).events[0]).toMatchObject({
      summary: '第1项：A; B, C',
      description: '郑办〔2020〕14号 第1项\n完成时限：2020年6月; 另见 a\\b',
      start: '2020-06-30',
      end: '2020-07-01',
    });
  });

  test('folding never splits a character, four-octet ones included', () => {
    // 𠀀 (U+20000) is four octets in UTF-8; so many of them cross every fold boundary.
    const summary = '第1项：' + '𠀀办'.repeat(60);
    const text = calendarText('日历', '说明', [event(summary, '说明')]);
    expect(foldingProblems(text)).toEqual([]);
    expect(text).not.toContain('\uFFFD');
    expect(readCalendar(text).events[0]!.summary).toBe(summary);
    for (const line of text.split('\r\n').slice(1, -1))
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
  });
});
