import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { libraryCsv, libraryJson, placeDepartmentCalendar } from '../../src/lib/exports/library.ts';
import { libraryAboutView } from '../../src/lib/views/library-about.ts';
import {
  PLACES_BEFORE_INITIALS,
  PLANS_PER_PLACE,
  groupedIndex,
  planEntry,
} from '../../src/lib/views/library-common.ts';
import { libraryDataView } from '../../src/lib/views/library-data.ts';
import {
  DETAILED_PLANS,
  placeDepartmentSlugs,
  placeDepartmentView,
} from '../../src/lib/views/library-department.ts';
import { libraryHomeView } from '../../src/lib/views/library-home.ts';
import { PLAN_COLUMNS, placeView } from '../../src/lib/views/library-place.ts';
import {
  phoneRows,
  SOURCE_MAX_ROWS,
  sourceLines,
  sourceView,
  textWidth,
} from '../../src/lib/views/library-source.ts';
import { lineRefSegments } from '../../src/lib/views/line-refs.ts';
import { libraryOf, libraryPlan, smallLibrary } from './support/library.ts';
import { makeItem, month } from './support/model.ts';

const links = { base: '/', site: undefined };
const library = smallLibrary();
const zhengzhou = library.places.find((p) => p.slug === 'zhengzhou')!;

/** A library of `places` places with `plans` plans each, one item per plan. */
function wideLibrary(places: number, plans: number) {
  const slugs = Array.from(
    { length: places },
    (_, i) => `${String.fromCharCode(97 + (i % 26))}place${i}`,
  );
  return libraryOf(
    slugs.flatMap((slug, i) =>
      Array.from({ length: plans }, (_, k) =>
        libraryPlan({
          place: [slug, `地方${i}`],
          id: String(2000 + k),
          year: 2000 + k,
          items: [
            makeItem({
              number: 1,
              indicator: 1,
              leadUnits: ['市税务局'],
              deadline: month(2000 + k, 6),
            }),
          ],
        }),
      ),
    ),
  );
}

describe('home', () => {
  test('counts places, plans, items and departments (one per canonical name within a place)', () => {
    // Zhengzhou: 市税务局, 市财政局, 市市场监管局; Karamay: its own 市税务局.
    expect(libraryHomeView(library).figures).toEqual({
      places: 2,
      plans: 3,
      items: 7,
      departments: 4,
    });
  });

  test('lists places with their plans newest first and links the longest series', () => {
    const view = libraryHomeView(library);
    const zz = view.groups.flatMap((g) => g.places).find((p) => p.slug === 'zhengzhou')!;
    expect(zz.plans.map((p) => p.label)).toEqual(['2023年', '2020年']);
    expect(zz.href).toBe('/zhengzhou/');
    expect(view.series).toMatchObject({
      name: '郑州市',
      href: '/zhengzhou/',
      plans: 2,
      span: '2020–2023',
    });
    expect(view.series?.latest.href).toBe('/zhengzhou/2023/');
  });

  test('the series is whichever place has most plans, not a fixed name', () => {
    const more = libraryOf([
      ...library.plans,
      ...['2021', '2022'].map((id) =>
        libraryPlan({
          place: ['karamay', '克拉玛依市'],
          id,
          year: Number(id),
          items: [makeItem({ number: 1, indicator: 1, leadUnits: ['市税务局'] })],
        }),
      ),
    ]);
    expect(libraryHomeView(more).series?.name).toBe('克拉玛依市');
  });

  test('a library of one plan per place has no series', () => {
    expect(libraryHomeView(wideLibrary(3, 1)).series).toBeNull();
  });

  test('1,000 plans: places grouped under initials, each listing a bounded number of plans', () => {
    const big = wideLibrary(100, 10);
    const view = libraryHomeView(big);
    expect(view.figures.plans).toBe(1000);
    expect(view.groups.length).toBeGreaterThan(1);
    expect(view.initials.map((i) => i.initial)).toEqual(view.groups.map((g) => g.initial));
    const listed = view.groups.flatMap((g) => g.places).flatMap((p) => p.plans);
    expect(listed.length).toBe(100 * PLANS_PER_PLACE);
    expect(
      view.groups.flatMap((g) => g.places).every((p) => p.morePlans === 10 - PLANS_PER_PLACE),
    ).toBe(true);
  });

  test('a small library is one list without initials', () => {
    const groups = groupedIndex(wideLibrary(PLACES_BEFORE_INITIALS, 1), planEntry);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.initial).toBeNull();
  });
});

describe('place page', () => {
  test('plans in time order with their counts, corrections and warnings linked to the source', () => {
    const view = placeView(zhengzhou);
    expect(view.plans.map((p) => p.id)).toEqual(['2020', '2023']);
    expect(view.plans[0]).toMatchObject({
      items: 3,
      corrections: 1,
      warnings: 1,
      correctionsHref: '/zhengzhou/2020/source/#corrections',
      warningsHref: '/zhengzhou/2020/source/#warnings',
    });
    expect(view.figures).toEqual({ plans: 2, items: 5, departments: 3 });
  });

  test("each department's load in each plan: led and taken part in, absent where not named", () => {
    const view = placeView(zhengzhou);
    const rows = view.groups.flatMap((g) => g.rows.shown);
    const tax = rows.find((r) => r.name === '市税务局')!;
    expect(tax.cells).toEqual([
      { lead: 1, partner: 1 },
      { lead: 1, partner: 0 },
    ]);
    expect(tax.total).toEqual({ lead: 2, partner: 1 });
    expect(tax.href).toBe(`/zhengzhou/departments/${tax.slug}/`);
    const finance = rows.find((r) => r.name === '市财政局')!;
    expect(finance.cells).toEqual([{ lead: 1, partner: 2 }, null]);
  });

  test('a place with many plans shows only its latest plans as columns, the rest in totals', () => {
    const place = wideLibrary(1, 10).places[0]!;
    const view = placeView(place);
    expect(view.columns).toHaveLength(PLAN_COLUMNS);
    expect(view.columns.at(-1)!.id).toBe('2009');
    expect(view.olderPlans).toBe(10 - PLAN_COLUMNS);
    expect(view.groups.flatMap((g) => g.rows.shown)[0]!.total).toEqual({ lead: 10, partner: 0 });
  });
});

describe('department across a place', () => {
  const slug = zhengzhou.plans[0]!.departments.find((d) => d.name === '市税务局')!.slug;

  test('by plan, newest first: lead and partner counts, items with deadlines, linked', () => {
    const view = placeDepartmentView(zhengzhou, slug);
    expect(view.totals).toEqual({ plans: 2, lead: 2, partner: 1, dated: 2 });
    expect(view.plans.map((p) => p.id)).toEqual(['2023', '2020']);
    const p2020 = view.plans[1]!;
    expect(p2020.load).toEqual({ lead: 1, partner: 1 });
    expect(p2020.items.shown.map((i) => [i.number, i.roleLabel, i.deadline])).toEqual([
      [1, '牵头', '2020年6月'],
      [2, '参与', '2020年3月'],
    ]);
    expect(p2020.items.shown[0]!.href).toBe('/zhengzhou/2020/items/1/');
    expect(p2020.departmentHref).toBe(`/zhengzhou/2020/departments/${slug}/`);
    expect(view.calendarHref).toBe(`/zhengzhou/departments/${slug}.ics`);
  });

  test('names the plans of the place that do not name it', () => {
    const fin = zhengzhou.plans[0]!.departments.find((d) => d.name === '市财政局')!.slug;
    expect(placeDepartmentView(zhengzhou, fin).absentFrom.map((p) => p.label)).toEqual(['2023年']);
  });

  test('only the latest plans list their items; older ones are one line', () => {
    const place = wideLibrary(1, DETAILED_PLANS + 3).places[0]!;
    const view = placeDepartmentView(place, placeDepartmentSlugs(place)[0]!);
    expect(view.plans.filter((p) => p.items.shown.length > 0)).toHaveLength(DETAILED_PLANS);
    expect(view.plans.at(-1)!.items).toMatchObject({ shown: [], total: 1, hidden: 1 });
  });

  test('one calendar across the plans: each dated item once, UIDs unique, plan named', () => {
    const text = placeDepartmentCalendar(zhengzhou, slug, new Map(), links);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(uids).toHaveLength(2); // 2020 items 1 and 2; 2023's item is ongoing
    expect(new Set(uids).size).toBe(2);
    expect(events.map((e) => String(e.getFirstPropertyValue('summary')))).toEqual([
      '郑州市 2020年 第1项：事项1的标题',
      '郑州市 2020年 第2项：事项2的标题',
    ]);
  });
});

describe('source page', () => {
  const plan = zhengzhou.plans[0]!;
  const text =
    '\uFEFF第一行\r\n' + Array.from({ length: 40 }, (_, i) => `行${i + 2}`).join('\n') + '\n';

  test('numbers lines as the ingest does: BOM dropped, any line ending, no line after the last', () => {
    expect(sourceLines('a\r\nb\rc\nd\n')).toEqual(['a', 'b', 'c', 'd']);
    expect(sourceLines('\uFEFFa')).toEqual(['a']);
    const view = sourceView(plan, text);
    expect(view.lineCount).toBe(41);
    expect(view.lines[0]).toMatchObject({ number: 1, id: 'L1', text: '第一行' });
  });

  test('marks the lines a correction spans and the line of a warning, with notes on the first', () => {
    const view = sourceView(plan, text);
    const at = (n: number) => view.lines[n - 1]!;
    expect([at(21).corrected, at(22).corrected, at(23).corrected]).toEqual([true, true, false]);
    expect(at(21).notes.map((n) => n.kind)).toEqual(['correction']);
    expect(at(21).notes[0]!.lead).toContain('“企业开⏎办”改为“企业开办”');
    expect(at(31)).toMatchObject({ warned: true });
    expect(at(31).notes[0]!.text).toContain('持续推进');
    expect(view.corrections[0]!.href).toBe('/zhengzhou/2020/source/#L21');
    expect(view.warnings[0]).toMatchObject({ id: 'w1', href: '/zhengzhou/2020/source/#L31' });
  });

  test('links each item from the line it begins on', () => {
    const view = sourceView(plan, text);
    expect(view.lines[9]!.items).toEqual([{ number: 1, href: '/zhengzhou/2020/items/1/' }]);
  });

  test('estimates the rows a line takes on a phone: Chinese a full width, Latin and digits half', () => {
    expect(textWidth('优化营商环境')).toBe(6);
    expect(textWidth('（2020年）')).toBe(5);
    expect(textWidth('GB/T 1')).toBe(3);
    expect(phoneRows('')).toBe(1);
    expect(phoneRows('一'.repeat(15))).toBe(1);
    expect(phoneRows('一'.repeat(16))).toBe(2);
    expect(phoneRows('a'.repeat(30))).toBe(1);
    expect(phoneRows('一'.repeat(400))).toBe(27);
    expect(phoneRows('一'.repeat(3000))).toBe(SOURCE_MAX_ROWS);
    // Beside an item's link the text column is narrower; a note adds its own rows.
    expect(phoneRows('一'.repeat(15), { itemLink: true })).toBe(2);
    expect(phoneRows('一'.repeat(15), { notes: ['勘误：' + '二'.repeat(30)] })).toBe(3);
    expect(sourceView(plan, '短\n' + '长'.repeat(40)).lines.map((l) => l.rows)).toEqual([1, 3]);
  });
});

describe('library data', () => {
  test('library.json: places with plan ids, every plan with its URLs', () => {
    const json = libraryJson(library, links);
    expect(json.places).toEqual([
      { slug: 'karamay', name: '克拉玛依市', plans: ['2023'] },
      { slug: 'zhengzhou', name: '郑州市', plans: ['2020', '2023'] },
    ]);
    expect(json.plans).toHaveLength(3);
    expect(json.plans[1]).toMatchObject({
      place: 'zhengzhou',
      id: '2020',
      items: 3,
      url: '/zhengzhou/2020/',
      planJson: '/zhengzhou/2020/data/plan.json',
    });
  });

  test('items.csv: BOM, place and plan first, one row per item of every plan', () => {
    const text = libraryCsv(library, new Map(), links);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    // Chinese headers, as each plan's items.csv has them.
    expect(Object.keys(rows[0]!).slice(0, 3)).toEqual(['地方', '计划', '编号']);
    expect(rows).toHaveLength(7);
    expect(rows.filter((r) => r['地方'] === 'zhengzhou' && r['计划'] === '2020')).toHaveLength(3);
    expect(rows.find((r) => r['地方'] === 'karamay')!['网址']).toBe('/karamay/2023/items/1/');
  });

  test('/data/ groups each plan’s downloads under its place', () => {
    const view = libraryDataView(library, new Map(), links, '{}');
    expect(view.downloads.map((d) => d.fileName)).toEqual([
      'library.json',
      'items.csv',
      'plan.schema.json',
    ]);
    const zz = view.groups.flatMap((g) => g.places).find((p) => p.slug === 'zhengzhou')!;
    expect(zz.plans[0]!.links.map((f) => f.href)).toContain('/zhengzhou/2023/data/plan.json');
  });
});

describe('about', () => {
  test('counts corrections and warnings and lists only the plans that have any, linked', () => {
    const view = libraryAboutView(library);
    expect(view.figures).toEqual({ places: 2, plans: 3, corrections: 1, warnings: 1 });
    const listed = view.groups.flatMap((g) => g.places).flatMap((p) => p.plans);
    expect(listed.map((p) => p.href)).toEqual(['/zhengzhou/2020/']);
    expect(listed[0]!.links).toEqual([
      { label: '勘误 1 条', href: '/zhengzhou/2020/source/#corrections' },
      { label: '提示 1 条', href: '/zhengzhou/2020/source/#warnings' },
      { label: '原文', href: '/zhengzhou/2020/source/' },
    ]);
    expect(view.clean).toBe(2);
  });
});

describe('line references', () => {
  test('each "第…行" in a text becomes a link to its first line; the rest stays text', () => {
    const href = (n: number) => `#L${n}`;
    expect(lineRefSegments('“招聘信息”，第305行）在第 12–14 行', href)).toEqual([
      { text: '“招聘信息”，' },
      { text: '第305行', href: '#L305' },
      { text: '）在' },
      { text: '第 12–14 行', href: '#L12' },
    ]);
    expect(lineRefSegments('没有行号', href)).toEqual([{ text: '没有行号' }]);
  });
});
