/**
 * Line references inside a text ("第305行", "第 12–14 行"), cut out so a page can link each to those
 * lines of the plan's source page: every "第…行" on the site opens the lines it names.
 */

export type TextSegment = { text: string; href?: undefined } | { text: string; href: string };

const LINE_REF = /第\s*(\d+)(?:\s*[–-]\s*\d+)?\s*行/g;

/** `text` as plain segments and linked line references; `hrefOf(line)` gives a line's link. */
export function lineRefSegments(text: string, hrefOf: (line: number) => string): TextSegment[] {
  const out: TextSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(LINE_REF)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ text: m[0], href: hrefOf(Number(m[1])) });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
