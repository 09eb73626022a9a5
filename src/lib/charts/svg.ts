/**
 * A tiny, dependency-free SVG/HTML string builder for charts printed at build time.
 * Pure: strings in, strings out. Every attribute value and text node is escaped here, so chart
 * modules never concatenate raw user text into markup.
 */

import { escapeMarkup as esc } from '../escape.ts';

export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Rounds a coordinate to at most 2 decimals, without trailing zeros ("12.5", "3"). */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === null || v === undefined || v === false) continue;
    if (v === true) out += ` ${k}`;
    else out += ` ${k}="${typeof v === 'number' ? num(v) : esc(v)}"`;
  }
  return out;
}

/** One element. `children` are already-built markup strings (use `text()` for plain text). */
export function el(tag: string, a: Attrs = {}, ...children: string[]): string {
  const inner = children.join('');
  return inner === '' && selfClosing.has(tag)
    ? `<${tag}${attrs(a)}/>`
    : `<${tag}${attrs(a)}>${inner}</${tag}>`;
}

const selfClosing = new Set(['path', 'rect', 'line', 'circle', 'use', 'polyline', 'polygon']);

/** A text node, escaped. */
export function text(t: string | number): string {
  return esc(t);
}

/** `translate(x,y)` with rounded numbers. */
export function translate(x: number, y: number): string {
  return `translate(${num(x)},${num(y)})`;
}
