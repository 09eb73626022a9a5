/**
 * The only module that queries content collections. Pages ask it for the model and hand what they
 * need to the pure view-model functions in src/lib.
 */
import { getCollection } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import type { Annotation, Model } from '../schemas/model.ts';
import { AnnotationError, fieldLine, missingItems } from './annotations.ts';

const pinyin = new Intl.Collator('zh-CN');

let modelPromise: Promise<Model> | undefined;

/** The whole plan, reassembled from the generated collections, items and indicators in order. */
export function getModel(): Promise<Model> {
  modelPromise ??= loadModel();
  return modelPromise;
}

async function loadModel(): Promise<Model> {
  const [plans, items, indicators, departments] = await Promise.all([
    getCollection('plan'),
    getCollection('items'),
    getCollection('indicators'),
    getCollection('departments'),
  ]);
  const plan = plans[0];
  if (!plan) throw new Error('content/plan.json has no notice: run `npm run ingest`.');
  return {
    sourceFile: plan.data.sourceFile,
    document: plan.data.document,
    notice: plan.data.notice,
    corrections: plan.data.corrections,
    normalization: plan.data.normalization,
    warnings: plan.data.warnings,
    indicators: indicators.map((e) => e.data).sort((a, b) => a.number - b.number),
    items: items.map((e) => e.data).sort((a, b) => a.number - b.number),
    // The collection comes back in slug order; the model (and plan.json) lists departments in
    // pinyin order as the ingest does, code points breaking ties.
    departments: departments
      .map((e) => e.data)
      .sort(
        (a, b) =>
          pinyin.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
      ),
  };
}

let annotationsPromise: Promise<Map<number, Annotation & { body: string }>> | undefined;

/**
 * Editors' status notes keyed by item number. A note for an item the plan does not have stops the
 * build, naming the file (the loader has already checked each note's own fields).
 */
export function getAnnotations(): Promise<Map<number, Annotation & { body: string }>> {
  // `astro dev` reloads notes as editors save them; a build reads them once.
  if (import.meta.env.DEV) return loadAnnotations();
  annotationsPromise ??= loadAnnotations();
  return annotationsPromise;
}

async function loadAnnotations(): Promise<Map<number, Annotation & { body: string }>> {
  const [entries, model] = await Promise.all([getCollection('annotations'), getModel()]);
  const notes = entries.map((e) => {
    const file = e.filePath ?? `content/annotations/${e.id}.md`;
    const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
    return { file, item: e.data.item, itemLine: fieldLine(source, 'item') };
  });
  const problems = missingItems(notes, new Set(model.items.map((i) => i.number)));
  if (problems.length > 0) throw new AnnotationError(problems);
  return new Map(entries.map((e) => [e.data.item, { ...e.data, body: e.body ?? '' }]));
}

/** The MDX entry of one item, for `render(entry)`. */
export async function getItemEntry(number: number) {
  const entries = await getCollection('items', (e) => e.data.number === number);
  return entries[0];
}

/** Every item's MDX entry, in item order (item pages get theirs through getStaticPaths props). */
export async function getItemEntries() {
  const entries = await getCollection('items');
  return entries.sort((a, b) => a.data.number - b.data.number);
}
