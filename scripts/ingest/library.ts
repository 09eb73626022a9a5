/**
 * The library: which plan a notice is (place and id from its path), the place's display name (from
 * the issuers, `place.json` winning), and department slugs that are one per canonical name across a
 * place's plans. Pure: no file is read here; cli.ts reads and writes.
 */
import type { Document, Model } from '../../src/schemas/model.ts';
import { uniqueSlugs } from './departments.ts';
import type { Problem } from './errors.ts';
import { comparePlans } from '../../src/lib/library.ts';

/** Lower-case ASCII words joined by "-": a place slug or a plan id (contract). */
export const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface PlanIdentity {
  place: string;
  id: string;
}

/**
 * The place and plan id of a notice from its path: `seeds/<place>/<plan>.txt` (any folder named
 * seeds), else a file named like the corpus, `<place>-<year>-….txt`, else the folder and the file
 * name. Null when no URL-safe pair can be read.
 */
export function planIdentity(path: string): PlanIdentity | null {
  const parts = path.split(/[\\/]/).filter(Boolean);
  const file = (parts.at(-1) ?? '').replace(/\.txt$/i, '');
  const folder = parts.at(-2) ?? '';
  const lower = (s: string) => s.toLowerCase();
  if (SEGMENT.test(lower(folder)) && SEGMENT.test(lower(file)) && parts.at(-3) === 'seeds')
    return { place: lower(folder), id: lower(file) };
  const corpus = /^([a-z]+)-(\d{4})(?:-.*)?$/i.exec(file);
  if (corpus) return { place: lower(corpus[1]!), id: corpus[2]! };
  if (SEGMENT.test(lower(folder)) && SEGMENT.test(lower(file)))
    return { place: lower(folder), id: lower(file) };
  return null;
}

/** The year of a plan: its id's leading four digits, else the notice's date, else its title's. */
export function planYear(id: string, doc: Pick<Document, 'date' | 'title'>): number | null {
  const fromId = /^(\d{4})(?:-|$)/.exec(id);
  if (fromId) return Number(fromId[1]);
  if (doc.date) return Number(doc.date.slice(0, 4));
  const fromTitle = /(20\d{2}|19\d{2})\s*年/.exec(doc.title);
  return fromTitle ? Number(fromTitle[1]) : null;
}

/**
 * A jurisdiction at the start of a body's name: 郑州市人民政府 → 郑州市, 中共郑州市委办公厅 → 郑州市,
 * 宁夏回族自治区市场监管厅 → 宁夏回族自治区, 上海市高级人民法院 → 上海市. A name that starts with a
 * bare level (自治区市场监管厅, 市政府) names no place.
 */
const JURISDICTION =
  /^(?:中共|国家税务总局)?(\p{Script=Han}{2,}?(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|县|旗))/u;
const BARE = /^(?:自治区|自治州|自治县|特别行政区|省|市|州|盟|县|区|旗)/u;

export function jurisdictionOf(name: string): string | null {
  const s = name.replace(/\s+/g, '');
  if (BARE.test(s)) return null;
  const m = JURISDICTION.exec(s);
  return m ? m[1]! : null;
}

/**
 * The place a notice names itself by: the jurisdiction most of its issuers (then its title) start
 * with; ties go to the first issuer's. Null when none does.
 */
export function placeNameOf(doc: Pick<Document, 'issuers' | 'title'>): string | null {
  const counts = new Map<string, number>();
  for (const name of [...doc.issuers, doc.title]) {
    const j = jurisdictionOf(name);
    if (j) counts.set(j, (counts.get(j) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [name, n] of counts) if (n > most) [best, most] = [name, n];
  return best;
}

/** `seeds/<place>/place.json`: `{ "name": "郑州市" }`. */
export function parsePlaceJson(json: string, file: string): { name: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw problem(file, `not valid JSON: ${(e as Error).message}`);
  }
  const name = (data as { name?: unknown } | null)?.name;
  if (typeof name !== 'string' || name.trim() === '')
    throw problem(file, 'expected { "name": "<the place’s name, e.g. 郑州市>" }');
  return { name: name.trim() };
}

function problem(file: string, message: string): Problem {
  return { file, line: 1, message };
}

/**
 * The display name of a place: place.json's when given, else the name its plans agree on. When
 * they disagree or none can be read, the slug, with a warning that asks for place.json.
 */
export function resolvePlaceName(
  slug: string,
  plans: readonly { file: string; name: string | null }[],
  placeJson: { name: string } | null,
  placeJsonFile: string,
): { name: string; warnings: Problem[] } {
  if (placeJson) return { name: placeJson.name, warnings: [] };
  const names = [...new Set(plans.map((p) => p.name).filter((n): n is string => n !== null))];
  if (names.length === 1) return { name: names[0]!, warnings: [] };
  const file = plans[0]?.file ?? placeJsonFile;
  const message =
    names.length === 0
      ? `warning: the issuers name no place; using "${slug}" (write ${placeJsonFile} with { "name": "…" })`
      : `warning: the plans of ${slug} name different places (${names.join('、')}); using "${names[0]}" (write ${placeJsonFile} to choose)`;
  return { name: names[0] ?? slug, warnings: [{ file, line: 1, message }] };
}

/**
 * One slug per canonical department name across a place's plans: the same name has the same slug
 * in every plan of the place, two names never share one (uniqueSlugs over the union of names).
 * Returns new models; the input is not changed.
 */
export function placeDepartmentSlugs(models: readonly Model[]): Model[] {
  const slugs = uniqueSlugs(models.flatMap((m) => m.departments.map((d) => d.name)));
  return models.map((m) => ({
    ...m,
    departments: m.departments.map((d) => ({ ...d, slug: slugs.get(d.name) ?? d.slug })),
  }));
}

/**
 * The library as the CLI builds it: every plan with its place's resolved name and place-wide
 * department slugs; plans in place order, then oldest first (year, then id).
 */
export function assembleLibrary(
  plans: readonly Model[],
  placeJson: ReadonlyMap<string, { name: string }>,
  placeJsonFile: (place: string) => string,
): { models: Model[]; warnings: Problem[] } {
  const byPlace = new Map<string, Model[]>();
  for (const m of plans) {
    const list = byPlace.get(m.plan.place.slug) ?? [];
    list.push(m);
    byPlace.set(m.plan.place.slug, list);
  }
  const warnings: Problem[] = [];
  const models: Model[] = [];
  for (const slug of [...byPlace.keys()].sort()) {
    const list = byPlace.get(slug)!;
    const { name, warnings: w } = resolvePlaceName(
      slug,
      list.map((m) => ({ file: m.sourceFile, name: placeNameOf(m.document) })),
      placeJson.get(slug) ?? null,
      placeJsonFile(slug),
    );
    warnings.push(...w);
    const named = list.map((m) => ({ ...m, plan: { ...m.plan, place: { slug, name } } }));
    models.push(...placeDepartmentSlugs(named).sort(comparePlans));
  }
  return { models, warnings };
}

export { comparePlans };
