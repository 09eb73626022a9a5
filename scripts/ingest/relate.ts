/**
 * Which items a notice paragraph restates, found from the texts. The notice's key tasks are made by
 * copying clauses of the attachment's items, sometimes trimmed ("继续加大执行力度" → "继续加大执行合同
 * 力度"). So the test is verbatim copying, clause by clause:
 *
 *   a paragraph restates an item when one of its clauses (split at 。！？；，：) shares with the item's
 *   text a run of at least MIN_RUN characters that covers at least MIN_COVERAGE of the clause
 *   (punctuation, quotes and brackets ignored on both sides).
 *
 * Why these numbers: runs shorter than eight characters (four two-character words) are the stock
 * phrases of the genre (加强沟通协调, 打破信息壁垒) and occur in unrelated items. Among runs of eight or
 * more, the clauses copied from an item are covered ≥ 0.73 on the seed, while clauses that merely
 * share a phrase (为进一步激发市场主体活力和社会创造力 vs item 104) are covered ≤ 0.44; 0.6 sits in
 * that gap. tests/unit/ingest/relate.test.ts checks the gap on the seed, so a change that narrows it
 * fails there first.
 */

export const MIN_RUN = 8;
export const MIN_COVERAGE = 0.6;

const PUNCT = /[。！？；，、：,.;:!?“”‘’"'（）()《》〈〉【】〔〕\s]/gu;

/** Text without punctuation, quotes, brackets or spaces. */
export function strip(text: string): string {
  return text.replace(PUNCT, '');
}

/** Clauses of a paragraph, stripped, as arrays of characters. */
export function clauses(text: string): string[][] {
  return text
    .split(/[。！？；，：;:,!?]/u)
    .map((c) => [...strip(c)])
    .filter((c) => c.length > 0);
}

/** Length of the longest run of `clause` that occurs in `text`. */
export function longestRun(clause: readonly string[], text: string): number {
  for (let len = clause.length; len > 0; len--)
    for (let i = 0; i + len <= clause.length; i++)
      if (text.includes(clause.slice(i, i + len).join(''))) return len;
  return 0;
}

export interface RelateItem {
  number: number;
  text: string;
}

export interface ItemIndex {
  texts: Map<number, string>;
  /** bigram → item numbers containing it, ascending. */
  byBigram: Map<string, number[]>;
}

/**
 * Stripped item texts and an index bigram → items, so a paragraph is matched against few items.
 * Only the bigrams of the given paragraphs are indexed: the notice is short, the plan may be long.
 */
export function indexItems(items: readonly RelateItem[], paragraphs: readonly string[]): ItemIndex {
  const wanted = new Set<string>();
  for (const p of paragraphs)
    for (const c of clauses(p)) {
      if (c.length < MIN_RUN) continue;
      for (let i = 0; i + 1 < c.length; i++) wanted.add(c[i]! + c[i + 1]!);
    }
  const texts = new Map<number, string>();
  const byBigram = new Map<string, number[]>();
  for (const it of items) {
    const t = strip(it.text);
    texts.set(it.number, t);
    const seen = new Set<string>();
    let prev = '';
    for (const ch of t) {
      const b = prev + ch;
      prev = ch;
      if (b.length < 2 || !wanted.has(b) || seen.has(b)) continue;
      seen.add(b);
      const list = byBigram.get(b);
      if (list) list.push(it.number);
      else byBigram.set(b, [it.number]);
    }
  }
  return { texts, byBigram };
}

/** Items that contain every bigram of `window` (a superset of the items containing the window). */
function candidates(window: readonly string[], index: ItemIndex): number[] {
  const lists: number[][] = [];
  for (let i = 0; i + 1 < window.length; i++) {
    const l = index.byBigram.get(window[i]! + window[i + 1]!);
    if (!l) return [];
    lists.push(l);
  }
  lists.sort((a, b) => a.length - b.length);
  let out = lists[0] ?? [];
  for (const l of lists.slice(1)) {
    const set = new Set(l);
    out = out.filter((n) => set.has(n));
    if (out.length === 0) break;
  }
  return out;
}

/** For each item a clause of the paragraph restates: the best coverage and the run length. */
export function scoreParagraph(
  text: string,
  index: ItemIndex,
): Map<number, { coverage: number; run: number }> {
  const best = new Map<number, { coverage: number; run: number }>();
  for (const clause of clauses(text)) {
    if (clause.length < MIN_RUN) continue;
    const found = new Set<number>();
    for (let i = 0; i + MIN_RUN <= clause.length; i++) {
      const window = clause.slice(i, i + MIN_RUN);
      const w = window.join('');
      for (const n of candidates(window, index)) if (index.texts.get(n)!.includes(w)) found.add(n);
    }
    for (const n of found) {
      const run = longestRun(clause, index.texts.get(n)!);
      const coverage = run / clause.length;
      if (coverage > (best.get(n)?.coverage ?? -1)) best.set(n, { coverage, run });
    }
  }
  return best;
}

/** The items a paragraph restates, ascending. */
export function relatedItems(text: string, index: ItemIndex): number[] {
  return [...scoreParagraph(text, index)]
    .filter(([, s]) => s.coverage >= MIN_COVERAGE)
    .map(([n]) => n)
    .sort((a, b) => a - b);
}
