/**
 * The only module that queries content collections. Pages ask it for the library, a place or a
 * plan and hand what they need to the pure view-model functions in src/lib.
 *
 * The library: places (slug order), each with its plans oldest first; every plan is one whole
 * model (`PlanModel`, the contract's plan model) reassembled from the generated collections.
 */
import { getCollection } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import type { Annotation, Model } from '../schemas/model.ts';
import { continuity, type ContinuityLink } from '../schemas/continuity.ts';
import { AnnotationError, fieldLine, missingItems } from './annotations.ts';
import { comparePlans, libraryOf } from './library.ts';

export type PlanModel = Model;
export type { Place, Library } from './library.ts';
import type { Library } from './library.ts';

const pinyin = new Intl.Collator('zh-CN');

let libraryPromise: Promise<Library> | undefined;

/** Every place and plan of the build: places by slug, each place's plans oldest first. */
export function getLibrary(): Promise<Library> {
  libraryPromise ??= loadLibrary();
  return libraryPromise;
}

/** "<place>/<plan>/…" → "<place>/<plan>". */
const planOf = (id: string) => id.split('/').slice(0, 2).join('/');

function groupBy<T extends { id: string }>(entries: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const e of entries) {
    const key = planOf(e.id);
    const list = out.get(key);
    if (list) list.push(e);
    else out.set(key, [e]);
  }
  return out;
}

async function loadLibrary(): Promise<Library> {
  const [plans, items, indicators] = await Promise.all([
    getCollection('plans'),
    getCollection('items'),
    getCollection('indicators'),
  ]);
  if (plans.length === 0)
    throw new Error(
      'content/plans/ holds no plan: add seeds/<place>/<plan>.txt and run `npm run ingest`.',
    );
  const itemsBy = groupBy(items);
  const indicatorsBy = groupBy(indicators);
  const models: Model[] = plans.map((p) => ({
    ...p.data,
    indicators: (indicatorsBy.get(p.id) ?? [])
      .map((e) => e.data)
      .sort((a, b) => a.number - b.number),
    items: (itemsBy.get(p.id) ?? []).map((e) => e.data).sort((a, b) => a.number - b.number),
    // departments.json comes in slug order; the model (and plan.json) lists departments in pinyin
    // order as the ingest does, code points breaking ties.
    departments: [...p.data.departments].sort(
      (a, b) => pinyin.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    ),
  }));
  return libraryOf(models.sort(comparePlans));
}

/** One plan; an unknown place or id is an error naming both. */
export async function getPlan(place: string, id: string): Promise<PlanModel> {
  const { plans } = await getLibrary();
  const plan = plans.find((p) => p.plan.place.slug === place && p.plan.id === id);
  if (!plan) throw new Error(`No plan ${place}/${id} in content/plans/.`);
  return plan;
}

/** getStaticPaths of a page under src/pages/[place]/[plan]/: one route per plan. */
export async function planStaticPaths(): Promise<
  { params: { place: string; plan: string }; props: { plan: PlanModel } }[]
> {
  const { plans } = await getLibrary();
  return plans.map((plan) => ({
    params: { place: plan.plan.place.slug, plan: plan.plan.id },
    props: { plan },
  }));
}

type Notes = Map<number, Annotation & { body: string }>;
let annotationsPromise: Promise<Map<string, Notes>> | undefined;

/**
 * Editors' status notes of one plan, keyed by item number. A note for a plan or an item the
 * library does not have stops the build, naming the file (the loader has already checked each
 * note's own fields).
 */
export async function getAnnotations(place: string, id: string): Promise<Notes> {
  // `astro dev` reloads notes as editors save them; a build reads them once.
  const all = import.meta.env.DEV
    ? await loadAnnotations()
    : await (annotationsPromise ??= loadAnnotations());
  return all.get(`${place}/${id}`) ?? new Map();
}

async function loadAnnotations(): Promise<Map<string, Notes>> {
  const [entries, library] = await Promise.all([getCollection('annotations'), getLibrary()]);
  const plans = new Map(library.plans.map((p) => [`${p.plan.place.slug}/${p.plan.id}`, p]));
  const problems: string[] = [];
  const out = new Map<string, Notes>();
  for (const [key, notes] of groupBy(entries)) {
    const described = notes.map((e) => {
      const file = e.filePath ?? `content/annotations/${e.id}.md`;
      const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
      return { file, item: e.data.item, itemLine: fieldLine(source, 'item') };
    });
    const plan = plans.get(key);
    if (!plan) {
      for (const n of described)
        problems.push(
          `${n.file}:1: there is no plan ${key} in the library (plans: ${[...plans.keys()].join(', ')})`,
        );
      continue;
    }
    problems.push(...missingItems(described, new Set(plan.items.map((i) => i.number))));
    out.set(key, new Map(notes.map((e) => [e.data.item, { ...e.data, body: e.body ?? '' }])));
  }
  if (problems.length > 0) throw new AnnotationError(problems);
  return out;
}

/** Every item's MDX entry of one plan, in item order, for `render(entry)`. */
export async function getItemEntries(place: string, id: string) {
  const prefix = `${place}/${id}/`;
  const entries = await getCollection('items', (e) => e.id.startsWith(prefix));
  return entries.sort((a, b) => a.data.number - b.data.number);
}

let continuityPromise: Promise<ContinuityLink[]> | undefined;

/**
 * Every continuity link of the library (content/continuity.json, written by the ingest after all
 * plans are built): later item → earlier item of the same place, kind, score, what changed.
 */
export function getContinuity(): Promise<ContinuityLink[]> {
  continuityPromise ??= Promise.resolve().then(() => {
    const file = 'content/continuity.json';
    if (!existsSync(file))
      throw new Error(`${file} is missing: run \`npm run ingest\` (it writes it with the plans).`);
    const parsed = continuity.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success)
      throw new Error(`${file} is not what the ingest writes: ${parsed.error.message}`);
    return parsed.data;
  });
  return continuityPromise;
}
