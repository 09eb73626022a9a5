/**
 * The downloads of the built site (.e2e/root, SITE_URL https://example.org; .e2e/sub under a
 * sub-folder base), read the way their users read them: plan.json checked against the published
 * plan.schema.json with Ajv, items.csv with csv-parse, the calendars with ical.js.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CSV_COLUMNS } from '../../src/lib/exports/csv.ts';
import { planValidator } from '../unit/exports/ajv.ts';
import { foldingProblems, readCalendar } from '../unit/exports/calendar.ts';
import { planFolders } from './support/pages.ts';
import { serveStatic, type StaticSite } from './support/server.ts';
import { ROOT_BUILD, SUB_BASE, SUB_BUILD, SEED_PLAN } from './support/sites.ts';

const SITE = 'https://example.org';

interface PlanItem {
  number: number;
  title: string;
  leadUnits: string[];
  responsibleUnits: string[];
  deadline: { kind: 'month' | 'date' | 'ongoing'; year?: number; month?: number; day?: number };
  deadlineText: string;
  subitems: { leadUnits: string[]; responsibleUnits: string[] }[];
}
interface Plan {
  items: PlanItem[];
  departments: { name: string; slug: string }[];
  annotations: { item: number; status: string; asOf: string }[];
}

let root: StaticSite;
let sub: StaticSite;
let plan: Plan;

/** items.csv's rows by column key: the file's headers are Chinese (CSV_COLUMNS maps them). */
function readCsv(text: string | Buffer): Record<string, string>[] {
  const keys = new Map<string, string>(CSV_COLUMNS.map((c) => [c.header, c.key]));
  return parse(text, {
    bom: true,
    columns: (header: string[]) => header.map((h) => keys.get(h) ?? h),
  }) as Record<string, string>[];
}

async function get(site: StaticSite, path: string): Promise<Response> {
  const library = path === 'data/plan.schema.json';
  const response = await fetch(new URL(library ? path : SEED_PLAN + path, site.url));
  expect(response.status, path).toBe(200);
  return response;
}

beforeAll(async () => {
  root = await serveStatic(ROOT_BUILD, '/');
  sub = await serveStatic(SUB_BUILD, SUB_BASE);
  plan = (await (await get(root, 'data/plan.json')).json()) as Plan;
});

afterAll(async () => {
  await root?.close();
  await sub?.close();
});

const isDated = (item: PlanItem) => item.deadline.kind === 'month' || item.deadline.kind === 'date';

describe('/data/plan.json', () => {
  test('is valid against /data/plan.schema.json', async () => {
    const schema = (await (await get(root, 'data/plan.schema.json')).json()) as Record<
      string,
      unknown
    >;
    expect(schema.$id).toBe(`${SITE}/data/plan.schema.json`);
    const validate = planValidator(schema);
    expect(validate(plan), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(plan.items.length).toBeGreaterThan(0);
    expect(plan.departments.length).toBeGreaterThan(0);
  });

  test('is the model `ingest --json` prints, plus the notes', async () => {
    const { stdout } = await promisify(execFile)(
      'npm',
      ['run', '--silent', 'ingest', '--', '--json', 'seeds/zhengzhou/2020.txt'],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const { annotations, ...model } = plan as Plan & Record<string, unknown>;
    expect(Array.isArray(annotations)).toBe(true);
    expect(model).toEqual(JSON.parse(stdout));
  });

  test('is the same file whatever base the site is built under', async () => {
    const a = await (await get(root, 'data/plan.json')).text();
    const b = await (await get(sub, 'data/plan.json')).text();
    expect(b).toBe(a);
  });
});

describe('/data/items.csv', () => {
  test('starts with a byte-order mark and has one row per item', async () => {
    const bytes = Buffer.from(await (await get(root, 'data/items.csv')).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = readCsv(bytes);
    expect(rows.map((r) => Number(r.number))).toEqual(plan.items.map((i) => i.number));
    const notes = new Map(plan.annotations.map((a) => [a.item, a]));
    rows.forEach((row, i) => {
      const item = plan.items[i]!;
      expect(row.title).toBe(item.title);
      expect(row.deadlineText).toBe(item.deadlineText);
      expect(row.leadUnits ? row.leadUnits.split('；') : []).toEqual(item.leadUnits);
      expect(row.responsibleUnits ? row.responsibleUnits.split('；') : []).toEqual(
        item.responsibleUnits,
      );
      expect(row.url).toBe(`${SITE}/${SEED_PLAN}items/${item.number}/`);
      expect(row.status).toBe(notes.get(item.number)?.status ?? '');
    });
  });

  test('links items under the sub-folder base', async () => {
    const rows = readCsv(await (await get(sub, 'data/items.csv')).text());
    expect(rows[0]!.url).toBe(`${SITE}${SUB_BASE}${SEED_PLAN}items/${plan.items[0]!.number}/`);
  });
});

describe('/data/calendar.ics', () => {
  test('one all-day event per dated item, on the last day of its deadline month', async () => {
    const text = await (await get(root, 'data/calendar.ics')).text();
    expect(foldingProblems(text)).toEqual([]);
    const { events } = readCalendar(text);
    const dated = plan.items.filter(isDated);
    expect(events.map((e) => e.uid)).toEqual(
      dated.map((i) => `zhengzhou-2020-item-${i.number}@example.org`),
    );
    events.forEach((event, i) => {
      const item = dated[i]!;
      const { year, month, day } = item.deadline;
      const [y, m, d] = event.start.split('-').map(Number);
      const [, endMonth, endDay] = event.end.split('-').map(Number);
      expect(event.allDay).toBe(true);
      expect([y, m]).toEqual([year, month]);
      if (item.deadline.kind === 'date') expect(d).toBe(day);
      // An all-day event ends the next day; after the last day of a month comes the 1st.
      else expect([endDay, endMonth]).toEqual([1, (month! % 12) + 1]);
      expect(event.summary).toContain(item.title);
      expect(event.url).toBe(`${SITE}/${SEED_PLAN}items/${item.number}/`);
    });
  });
});

describe('/data/departments/<slug>.ics', () => {
  test("each department's calendar holds exactly its dated items", async () => {
    for (const department of plan.departments) {
      const text = await (await get(root, `data/departments/${department.slug}.ics`)).text();
      expect(foldingProblems(text), department.slug).toEqual([]);
      const { name, events, components } = readCalendar(text);
      expect(name).toContain(department.name);
      expect(components, department.slug).toBeGreaterThan(0);
      const expected = plan.items
        .filter(isDated)
        .filter((item) =>
          [item, ...item.subitems].some(
            (u) =>
              u.leadUnits.includes(department.name) || u.responsibleUnits.includes(department.name),
          ),
        )
        .map((item) => `zhengzhou-2020-item-${item.number}@example.org`);
      expect(
        events.map((e) => e.uid),
        department.name,
      ).toEqual(expected);
    }
  });
});

describe('/data/', () => {
  test('links every download, and each link works under a sub-folder base', async () => {
    const html = await (await get(sub, 'data/')).text();
    const hrefs = [...html.matchAll(/href="([^"]+\.(?:json|csv|ics))"/g)].map((m) => m[1]!);
    for (const file of ['plan.json', 'items.csv', 'calendar.ics'])
      expect(hrefs).toContain(`${SUB_BASE}${SEED_PLAN}data/${file}`);
    // One schema for every plan of the library.
    expect(hrefs).toContain(`${SUB_BASE}data/plan.schema.json`);
    for (const href of hrefs) {
      const response = await fetch(new URL(href, sub.url));
      expect(response.status, href).toBe(200);
    }
  });

  test('documents every CSV column and gives the calendar URL to subscribe to', async () => {
    const html = await (await get(root, 'data/')).text();
    const csv = await (await get(root, 'data/items.csv')).text();
    const [header] = parse(csv, { bom: true, to_line: 1 }) as string[][];
    for (const column of header!) expect(html).toContain(`<code>${column}</code>`);
    expect(html).toContain(`${SITE}/${SEED_PLAN}data/calendar.ics`);
  });
});

describe('every plan of the library', () => {
  const folders = planFolders(ROOT_BUILD);

  test('the default build holds every notice of seeds/ as a plan', () => {
    const seeds = readdirSync('seeds', { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .flatMap((e) =>
        readdirSync(`seeds/${e.name}`)
          .filter((f) => f.endsWith('.txt'))
          .map((f) => `${e.name}/${f.replace(/\.txt$/, '')}/`),
      )
      .sort();
    expect(folders).toEqual(seeds);
  });

  test('serves a plan.json that validates against the one schema and names its plan', async () => {
    const schema = (await (
      await fetch(new URL('data/plan.schema.json', root.url))
    ).json()) as Record<string, unknown>;
    const validate = planValidator(schema);
    for (const folder of folders) {
      const json = (await (
        await fetch(new URL(`${folder}data/plan.json`, root.url))
      ).json()) as Plan & {
        plan: { place: { slug: string }; id: string };
      };
      expect(validate(json), `${folder}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(
        true,
      );
      expect(`${json.plan.place.slug}/${json.plan.id}/`).toBe(folder);
    }
  });

  test('no two calendar events of the library share a UID', async () => {
    const uids = new Map<string, string>();
    for (const folder of folders) {
      const { events } = readCalendar(
        await (await fetch(new URL(`${folder}data/calendar.ics`, root.url))).text(),
      );
      for (const e of events) {
        expect(uids.get(e.uid), `${e.uid} in ${folder}`).toBeUndefined();
        uids.set(e.uid, folder);
      }
    }
    expect(uids.size).toBeGreaterThan(plan.items.filter(isDated).length);
  });
});
