/**
 * A query as the search runs it: its terms, each with the variants (the term itself, then the
 * glossary's terms for it) that are searched and merged. Pure; used by src/scripts/search.ts and the
 * tests.
 *
 * "通电要多久" → [{ text: 通电, variants: 通电, 办电, 用电, 获得电力, 报装 }] (question words dropped);
 * "开公司 执照" → two terms, a page must hold a variant of each; "开公司执照" is split the same way
 * where the glossary knows its parts.
 */
import { GLOSSARY, MAX_VARIANTS, QUESTION_WORDS, type GlossaryKind } from '../../data/glossary.ts';

/**
 * What was typed weighs twice a glossary term: a page holding the reader's own words ranks above
 * one holding only a variant (merge.ts scores a match between weight and twice it).
 */
export const TYPED_WEIGHT = 2;

export interface Variant {
  text: string;
  /** TYPED_WEIGHT for what was typed; at most 0.9 for the glossary's terms, in their order. */
  weight: number;
  /** The glossary group kinds that gave this variant (empty for the typed term). */
  kinds: GlossaryKind[];
}

export interface QueryTerm {
  text: string;
  variants: Variant[];
}

/** Every word and term of the glossary → the groups it belongs to. */
const groupsByKey = new Map<string, number[]>();
GLOSSARY.forEach((group, index) => {
  for (const key of [...group.words, ...group.terms]) {
    const k = normalize(key);
    const list = groupsByKey.get(k) ?? [];
    if (!list.includes(index)) list.push(index);
    groupsByKey.set(k, list);
  }
});
const longestKey = Math.max(...[...groupsByKey.keys()].map((k) => k.length));

/** Single characters left between glossary words that carry no meaning of their own. */
const PARTICLES = new Set(['的', '和', '与', '及', '了', '在', '要', '去', '办', '怎', '么', '个']);

/** Full-width spaces and letters folded, runs of space collapsed, Latin lower-cased. */
export function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function stripQuestionWords(text: string): string {
  let out = text;
  for (const w of QUESTION_WORDS) out = out.split(w).join(' ');
  out = normalize(out);
  return out || text;
}

/** Splits a run without spaces into glossary keys (longest first) and the text between them. */
function segment(run: string): string[] {
  if (groupsByKey.has(run)) return [run];
  const parts: string[] = [];
  let pending = '';
  let i = 0;
  let found = false;
  while (i < run.length) {
    let match = '';
    for (let len = Math.min(longestKey, run.length - i); len >= 2; len--) {
      const candidate = run.slice(i, i + len);
      if (groupsByKey.has(candidate)) {
        match = candidate;
        break;
      }
    }
    if (match) {
      found = true;
      if (pending) parts.push(pending);
      pending = '';
      parts.push(match);
      i += match.length;
    } else {
      pending += run[i];
      i += 1;
    }
  }
  if (pending) parts.push(pending);
  if (!found) return [run];
  return parts.filter((p) => p.length > 1 || !PARTICLES.has(p));
}

function variantsOf(term: string): Variant[] {
  const out: Variant[] = [{ text: term, weight: TYPED_WEIGHT, kinds: [] }];
  const groups = groupsByKey.get(term) ?? [];
  let rank = 0;
  for (const index of groups) {
    const group = GLOSSARY[index]!;
    for (const t of group.terms) {
      const text = normalize(t);
      // A variant inside what was typed is broader than it (出口退税 → 退税): it would only add
      // pages about something else.
      if (text !== term && term.includes(text)) continue;
      const existing = out.find((v) => v.text === text);
      if (existing) {
        if (!existing.kinds.includes(group.kind)) existing.kinds.push(group.kind);
        continue;
      }
      out.push({ text, weight: Math.max(0.5, 0.9 - 0.05 * rank), kinds: [group.kind] });
      rank += 1;
    }
  }
  return out.slice(0, MAX_VARIANTS);
}

/** The query's terms with their variants; [] for an empty query. */
export function parseQuery(query: string): QueryTerm[] {
  const text = stripQuestionWords(normalize(query));
  if (!text) return [];
  // A glossary phrase with spaces in it ("paying taxes") is one term.
  if (groupsByKey.has(text)) return [{ text, variants: variantsOf(text) }];
  const terms: string[] = [];
  for (const run of text.split(' ')) {
    for (const part of segment(run)) if (!terms.includes(part)) terms.push(part);
  }
  return terms.map((t) => ({ text: t, variants: variantsOf(t) }));
}

/** Every distinct variant text of a parsed query, for the entity lookup. */
export function allVariants(terms: QueryTerm[]): string[] {
  return [...new Set(terms.flatMap((t) => t.variants.map((v) => v.text)))];
}
