/**
 * Related items: those saying similar things first, shared departments only as a tie-breaker.
 *
 * Text similarity is a cosine over character bigrams and trigrams weighted by rarity (idf), so
 * boilerplate ("推进", "企业", "办理", found in a fifth of the items) counts little and a shared rare
 * phrase ("出口退税") a lot. Grams that occur in more than a tenth of the items (and never more than
 * MAX_POSTINGS) carry little signal and are dropped; dot products are accumulated by walking the
 * postings of the item's own grams, so an item costs the length of a few short lists, not a pass
 * over the plan (10,700 items: a few seconds in all, where all pairs took minutes).
 *
 * Shared departments add at most DEPARTMENT_WEIGHT: enough to order items whose texts are about
 * equally close, never enough to put an item that merely shares 市税务局 above one on the same
 * subject. Items sharing only departments come last, still listed, so an item with unusual wording
 * keeps some neighbours.
 */
import type { Item, Model } from '../../schemas/model.ts';

/** Departments that name groups ("各开发区") relate everything to everything; they do not count. */
const GROUP_NAME = /^各/;

interface ItemVector {
  weights: Map<string, number>;
  norm: number;
  departments: Set<string>;
}

interface RelatedIndex {
  vectors: Map<number, ItemVector>;
  /** bigram → [item number, weight] for bigrams in 2…maxDf items. */
  byBigram: Map<string, [number, number][]>;
  /** department → items naming it, for departments named by at most MAX_DEPT_POSTINGS items. */
  byDepartment: Map<string, number[]>;
}

/** Longest posting list walked per bigram: bounds the work per item at any plan size. */
const MAX_POSTINGS = 100;
/** Departments named by more items than this relate too much to be a reason on their own. */
const MAX_DEPT_POSTINGS = 200;

/** Character n-grams of Han characters, letters and digits only; punctuation and spaces split runs. */
export function ngrams(text: string, n: number): string[] {
  const out: string[] = [];
  for (const run of text.split(/[^\p{Script=Han}\p{L}\p{N}]+/u)) {
    const chars = [...run];
    for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  }
  return out;
}

export const bigrams = (text: string): string[] => ngrams(text, 2);

/** The grams an item's text is compared by: bigrams and trigrams. */
function grams(text: string): string[] {
  return [...ngrams(text, 2), ...ngrams(text, 3)];
}

/** The most shared departments can add to a score (text similarity is 0…1). */
export const DEPARTMENT_WEIGHT = 0.02;
/** Below this cosine two texts are not called similar (the reason then names departments only). */
export const SIMILAR_TEXT = 0.05;

function departmentsOf(item: Item): Set<string> {
  return new Set([...item.leadUnits, ...item.responsibleUnits].filter((n) => !GROUP_NAME.test(n)));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(model: Model): RelatedIndex {
  const n = model.items.length;
  const tf = new Map<number, Map<string, number>>();
  const df = new Map<string, number>();
  for (const item of model.items) {
    const counts = new Map<string, number>();
    for (const g of grams(`${item.title}。${item.text}`)) counts.set(g, (counts.get(g) ?? 0) + 1);
    tf.set(item.number, counts);
    for (const g of counts.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  }
  const maxDf = Math.min(MAX_POSTINGS, Math.max(2, Math.floor(n / 10)));
  const vectors = new Map<number, ItemVector>();
  const byBigram = new Map<string, [number, number][]>();
  const byDepartment = new Map<string, number[]>();
  for (const item of model.items) {
    const weights = new Map<string, number>();
    let sum = 0;
    for (const [g, count] of tf.get(item.number)!) {
      const d = df.get(g)!;
      if (d > maxDf) continue;
      const w = (1 + Math.log(count)) * Math.log(1 + n / d);
      weights.set(g, w);
      sum += w * w;
      if (d > 1) push(byBigram, g, [item.number, w] as [number, number]);
    }
    const departments = departmentsOf(item);
    for (const name of departments) push(byDepartment, name, item.number);
    vectors.set(item.number, { weights, norm: Math.sqrt(sum), departments });
  }
  for (const [name, list] of byDepartment)
    if (list.length > MAX_DEPT_POSTINGS) byDepartment.delete(name);
  return { vectors, byBigram, byDepartment };
}

const cache = new WeakMap<Model, RelatedIndex>();

export interface RelatedItem {
  number: number;
  /** Departments it shares with the item (groups excluded), in the item's order. */
  sharedDepartments: string[];
  /** Cosine similarity of the texts, 0…1. */
  textSimilarity: number;
  score: number;
}

/**
 * Up to `limit` items related to item `number`, best first: text similarity, plus shared
 * departments (Jaccard, times DEPARTMENT_WEIGHT) as a tie-breaker; then by item number. Items with
 * neither similar text nor a shared department are never listed.
 */
export function relatedItems(model: Model, number: number, limit = 5): RelatedItem[] {
  let index = cache.get(model);
  if (!index) {
    index = buildIndex(model);
    cache.set(model, index);
  }
  const self = index.vectors.get(number);
  if (!self) return [];
  const dots = new Map<number, number>();
  for (const [g, w] of self.weights)
    for (const [m, v] of index.byBigram.get(g) ?? []) dots.set(m, (dots.get(m) ?? 0) + w * v);
  const candidates = new Set(dots.keys());
  for (const d of self.departments)
    for (const m of index.byDepartment.get(d) ?? []) candidates.add(m);
  candidates.delete(number);

  const out: RelatedItem[] = [];
  for (const m of candidates) {
    const other = index.vectors.get(m)!;
    const dot = dots.get(m) ?? 0;
    const textSimilarity = self.norm && other.norm ? dot / (self.norm * other.norm) : 0;
    const shared = [...self.departments].filter((d) => other.departments.has(d));
    const union = new Set([...self.departments, ...other.departments]).size;
    const deptScore = union ? shared.length / union : 0;
    if (textSimilarity < SIMILAR_TEXT && shared.length === 0) continue;
    const score = textSimilarity + DEPARTMENT_WEIGHT * deptScore;
    out.push({ number: m, sharedDepartments: shared, textSimilarity, score });
  }
  return out.sort((a, b) => b.score - a.score || a.number - b.number).slice(0, limit);
}
