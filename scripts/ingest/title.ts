/**
 * Item titles. The headline of an item is its first sentence when that is short; otherwise the
 * longest opening phrase that ends at a clause boundary (，；：, then 、) within the limit; failing
 * that, the longest run of whole words (Intl.Segmenter), so a title is never cut mid-word.
 */

/** Longest title in characters (code points). */
export const TITLE_MAX = 30;
/** A clause shorter than this is too thin to stand as a title on its own. */
const TITLE_MIN = 6;

const OPEN = '“‘（《〈「(';
const CLOSE = '”’）》〉」)';

/** The characters of `text` with whether each stands outside quotes and brackets. */
function outside(text: string): { ch: string; top: boolean }[] {
  let depth = 0;
  return [...text].map((ch) => {
    if (OPEN.includes(ch)) return { ch, top: depth++ === 0 };
    if (CLOSE.includes(ch)) {
      depth = Math.max(0, depth - 1);
      return { ch, top: depth === 0 };
    }
    return { ch, top: depth === 0 };
  });
}

/** The first sentence, without its closing 。！？ (sentence ends inside quotes do not count). */
export function firstSentence(text: string): string {
  let depth = 0;
  let end = text.length;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === '。' || ch === '！' || ch === '？')) {
      end = i;
      break;
    }
  }
  return text.slice(0, end).replace(/[；;，,：]$/u, '');
}

/** Longest prefix ending just before a top-level boundary character, within [min, max]. */
function cutAt(
  chars: { ch: string; top: boolean }[],
  boundaries: string,
  max: number,
): string | null {
  let best = -1;
  for (let i = TITLE_MIN; i < chars.length && i <= max; i++)
    if (chars[i]!.top && boundaries.includes(chars[i]!.ch)) best = i;
  return best < 0
    ? null
    : chars
        .slice(0, best)
        .map((c) => c.ch)
        .join('');
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function itemTitle(text: string, max = TITLE_MAX): string {
  const sentence = firstSentence(text);
  if ([...sentence].length <= max) return sentence;
  const chars = outside(sentence);
  const clause = cutAt(chars, '，；：;:', max) ?? cutAt(chars, '、', max);
  if (clause) return clause;
  // Whole words only, and not ending inside quotes or brackets.
  let out = '';
  let depth = 0;
  let lastTop = '';
  for (const { segment } of segmenter.segment(sentence)) {
    if ([...(out + segment)].length > max) break;
    out += segment;
    for (const ch of segment) {
      if (OPEN.includes(ch)) depth++;
      else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    }
    if (depth === 0) lastTop = out;
  }
  return (lastTop || out).replace(/[、，；：]$/u, '');
}
