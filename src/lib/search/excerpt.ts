/**
 * A result's excerpt: the page's indexed text around the first place it holds one of the matched
 * strings, with every such string marked, and without the title (the result already shows it once).
 * Pure; returns HTML with the text escaped and only <mark> added.
 *
 * Pagefind's own excerpt marks the single characters it matched and often opens with the title;
 * this one marks whole words.
 */
import { escapeMarkup } from '../escape.ts';

/** Characters of context on each side of the first match. */
const RADIUS = 36;

/** The page's text after its title: Pagefind's content starts "<h1>. <body>", and the body often
 * repeats the title as its first sentence. */
export function bodyText(content: string, title: string): string {
  let body = content.trim();
  if (title && body.startsWith(title)) body = body.slice(title.length).replace(/^[.。\s]+/, '');
  if (title && body.startsWith(title))
    body = body.slice(title.length).replace(/^[.。，,：:\s]+/, '');
  return body;
}

function markAll(text: string, needles: string[]): string {
  if (needles.length === 0) return escapeMarkup(text);
  const sorted = [...new Set(needles)].filter(Boolean).sort((a, b) => b.length - a.length);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const hit = sorted.find((n) => text.startsWith(n, i));
    if (hit) {
      out += `<mark>${escapeMarkup(hit)}</mark>`;
      i += hit.length;
    } else {
      out += escapeMarkup(text[i]!);
      i += 1;
    }
  }
  return out;
}

/**
 * The excerpt around the first of `needles` in the page's text after its title; the text's opening
 * when it holds none of them (the page matched on its title or its characters apart); null when the
 * page has no text besides its title.
 */
export function wordExcerpt(content: string, title: string, needles: string[]): string | null {
  const body = bodyText(content, title);
  const positions = needles
    .filter(Boolean)
    .map((n) => body.indexOf(n))
    .filter((p) => p >= 0);
  if (positions.length === 0) {
    // Matched only in the title, or not in the text at all: show how the text goes on.
    if (!body) return null;
    return markAll(body.slice(0, RADIUS * 2), needles) + (body.length > RADIUS * 2 ? '…' : '');
  }
  const at = Math.min(...positions);
  const start = Math.max(0, at - RADIUS);
  const end = Math.min(body.length, at + RADIUS * 2);
  return (
    (start > 0 ? '…' : '') +
    markAll(body.slice(start, end), needles) +
    (end < body.length ? '…' : '')
  );
}
