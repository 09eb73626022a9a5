/**
 * Merging the searches of a query's variants into one ranking. Pure; the browser script feeds it
 * Pagefind's answers, the unit tests feed it hand-made ones.
 *
 * For each variant the script runs two Pagefind searches: the plain one (ranked by Pagefind's
 * BM25, but matching the variant's characters anywhere on the page once Pagefind has split an
 * unknown word into characters) and the exact-phrase one (`"…"`: only pages holding the variant as
 * one contiguous string, unranked). A page is a whole-word match for a term when the exact search
 * of one of the term's variants found it; a page is a full match when it is a whole-word match for
 * every term. Full matches rank first, by the sum over terms of their best variant's weight times
 * (1 + the plain search's score, scaled to the best score of that search); then pages that match
 * some terms whole; then pages that only hold characters of the query apart ("partial").
 */

export interface Hit {
  id: string;
  score: number;
}

export interface VariantAnswer {
  /** Index of the query term this variant belongs to. */
  term: number;
  weight: number;
  /** The plain search's results, best first. */
  ranked: Hit[];
  /** Ids of the pages the exact-phrase search found. */
  exact: string[];
}

export interface Ranked {
  id: string;
  score: number;
  /** Which variant (index into the answers) gave the page its best whole-word match, per term. */
  via: number[];
  /** How many of the query's terms the page holds whole. */
  terms: number;
}

export interface Merged {
  /** Pages holding every term (or one of its variants) as a contiguous string. */
  full: Ranked[];
  /** Pages holding some but not all terms whole, or only the characters apart. */
  partial: Ranked[];
}

/**
 * @param termCount the number of query terms
 * @param answers one per variant searched
 * @param plain the plain search of the query as typed (its scattered-character matches)
 */
export function mergeAnswers(termCount: number, answers: VariantAnswer[], plain: Hit[]): Merged {
  // page → per term: best [score, answer index]
  const perPage = new Map<string, Array<[number, number] | undefined>>();
  answers.forEach((answer, index) => {
    const best = answer.ranked[0]?.score || 1;
    const scores = new Map(answer.ranked.map((h) => [h.id, h.score / best]));
    for (const id of answer.exact) {
      const score = answer.weight * (1 + (scores.get(id) ?? 0));
      const row = perPage.get(id) ?? new Array<[number, number] | undefined>(termCount);
      const current = row[answer.term];
      if (!current || score > current[0]) row[answer.term] = [score, index];
      perPage.set(id, row);
    }
  });

  const full: Ranked[] = [];
  const some: Ranked[] = [];
  for (const [id, row] of perPage) {
    const held = row.filter((x): x is [number, number] => x !== undefined);
    const ranked: Ranked = {
      id,
      score: held.reduce((total, [score]) => total + score, 0),
      via: row.map((x) => (x ? x[1] : -1)),
      terms: held.length,
    };
    (held.length === termCount ? full : some).push(ranked);
  }
  const order = (a: Ranked, b: Ranked) =>
    b.terms - a.terms || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  full.sort(order);
  some.sort(order);

  const seen = new Set([...full, ...some].map((r) => r.id));
  const best = plain[0]?.score || 1;
  const scattered: Ranked[] = plain
    .filter((h) => !seen.has(h.id))
    .map((h) => ({ id: h.id, score: h.score / best, via: [], terms: 0 }));
  return { full, partial: [...some, ...scattered] };
}
