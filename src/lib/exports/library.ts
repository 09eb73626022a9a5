/**
 * The library's own downloads (contract, "Library data"): /data/library.json (every place and plan
 * with their URLs), /data/items.csv (every item of every plan, `place` and `plan` columns first),
 * and the calendar of one department across its place's plans
 * (/<place>/departments/<slug>.ics). Each reuses the plan's own export, so a plan's rows and
 * events are the same bytes in the plan's file and the library's.
 */
import { stringify } from 'csv-stringify/sync';
import type { Annotation } from '../../schemas/model.ts';
import { paths } from '../paths.ts';
import type { LibraryData, LibraryPlace, LibraryPlan } from '../views/library-common.ts';
import { newestFirst, planFullLabel } from '../views/library-common.ts';
import { departmentInPlans } from '../views/library-department.ts';
import { CSV_COLUMNS, csvRows } from './csv.ts';
import { calendarEvents, calendarText, departmentItems } from './ics.ts';
import { downloadUrl, type LinkContext } from './links.ts';

/** Editors' notes of every plan, by "<place>/<plan>". */
export type NotesByPlan = ReadonlyMap<string, ReadonlyMap<number, Annotation>>;

export const planKey = (plan: LibraryPlan) => `${plan.plan.place.slug}/${plan.plan.id}`;
const notesOf = (notes: NotesByPlan, plan: LibraryPlan) => notes.get(planKey(plan)) ?? new Map();

export const libraryDataPaths = {
  library: () => '/data/library.json',
  csv: () => '/data/items.csv',
  schema: () => paths.schema(),
} as const;

export interface LibraryJson {
  places: { slug: string; name: string; plans: string[] }[];
  plans: {
    place: string;
    id: string;
    title: string;
    docNumber: string | null;
    date: string | null;
    items: number;
    url: string;
    planJson: string;
  }[];
}

/** /data/library.json: places (each with its plan ids, oldest first), then every plan. */
export function libraryJson(library: LibraryData, links: LinkContext): LibraryJson {
  return {
    places: library.places.map((p) => ({
      slug: p.slug,
      name: p.name,
      plans: p.plans.map((x) => x.plan.id),
    })),
    plans: library.places.flatMap((place) =>
      place.plans.map((p) => ({
        place: place.slug,
        id: p.plan.id,
        title: p.plan.title,
        docNumber: p.document.docNumber,
        date: p.document.date,
        items: p.items.length,
        url: downloadUrl(links, paths.plan(place.slug, p.plan.id)),
        planJson: downloadUrl(links, `${paths.planData(place.slug, p.plan.id)}plan.json`),
      })),
    ),
  };
}

export function libraryJsonText(library: LibraryData, links: LinkContext): string {
  return `${JSON.stringify(libraryJson(library, links), null, 2)}\n`;
}

/** The library CSV's columns: place and plan, then the plan CSV's own. */
export const LIBRARY_CSV_COLUMNS = [
  {
    key: 'place',
    header: '地方',
    doc: '地方（网址名，如 zhengzhou），与 library.json 的 places[].slug 一致',
  },
  {
    key: 'plan',
    header: '计划',
    doc: '计划编号（网址名，如 2020），与 library.json 的 plans[].id 一致',
  },
  ...CSV_COLUMNS,
] as const;

/** /data/items.csv: every item of every plan, UTF-8 with a byte-order mark, CRLF. */
export function libraryCsv(library: LibraryData, notes: NotesByPlan, links: LinkContext): string {
  const rows = library.places.flatMap((place) =>
    place.plans.flatMap((plan) =>
      csvRows(plan, notesOf(notes, plan), links).map((row) => ({
        place: place.slug,
        plan: plan.plan.id,
        ...row,
      })),
    ),
  );
  return stringify(rows, {
    bom: true,
    header: true,
    // Chinese headers, as in each plan's items.csv (the keys stay the code's and plan.json's).
    columns: LIBRARY_CSV_COLUMNS.map((c) => ({ key: c.key, header: c.header })),
    record_delimiter: 'windows',
  });
}

/**
 * One department's calendar across its place's plans: every dated item of every plan naming it,
 * each event with the UID it has in the plan's own calendars (unique across the library), its
 * summary prefixed with the plan ("郑州市 2020年 第5项：…").
 */
export function placeDepartmentCalendar(
  place: LibraryPlace,
  slug: string,
  notes: NotesByPlan,
  links: LinkContext,
): string {
  const found = departmentInPlans(place, slug);
  const name = found[0]?.department.name ?? slug;
  const events = newestFirst(found.map((f) => f.plan))
    .reverse()
    .flatMap((plan) => {
      const department = found.find((f) => f.plan === plan)!.department;
      return calendarEvents(
        plan,
        departmentItems(plan, department),
        notesOf(notes, plan),
        links,
      ).map((e) => ({ ...e, summary: `${planFullLabel(plan.plan)} ${e.summary}` }));
    });
  return calendarText(
    `${name} · ${place.name} 各计划完成时限`,
    `${place.name}各份计划中，${name}牵头或参与的事项的完成时限（每项一个全天事件）。`,
    events,
  );
}
