/**
 * Step 4: line kinds and page-break repair. A page break in the extracted text splits a paragraph
 * mid-sentence (often with a blank line between); a line that does not end a sentence is joined to
 * the next one unless the next one starts something new (a heading, an item, a label …).
 */
import { LABEL_LINE_RE } from './units.ts';

import type { LogicalLine } from './types.ts';

export type { LogicalLine };

const CN = '[零〇一二三四五六七八九十百千]+';
/** `一、开办企业`: a section of the notice or an indicator of the attachment. */
export const HEADING_RE = new RegExp(`^(${CN})、(.+)$`, 'u');
/** `（一）深化政务服务流程再造。…`: a labelled paragraph (key task) or a sub-section. */
export const CN_LABEL_RE = new RegExp(`^（(${CN})）(.*)$`, 'u');
/** `12.低压外部工程…` (after normalisation every item mark is `N.`). */
export const ITEM_RE = /^(\d{1,6})\.(?![\d.])\s?(.*)$/u;
/** `（1）持续推进…`: a sub-item. */
export const SUBITEM_RE = /^（(\d{1,4})）(.*)$/u;
/** A date on its own line: the notice's date under the signatures. */
export const DATE_LINE_RE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;

/** A heading line: short, numbered 一、, no sentence end inside. */
export function isHeading(text: string): boolean {
  return HEADING_RE.test(text) && [...text].length <= 60 && !/[。；]./u.test(text);
}

/**
 * A labelled heading such as `（一）加强组织实施，完善工作体系和政策体系`, followed by its paragraph on
 * the next line, is not joined to that paragraph: a （一） line with no sentence end in it, not
 * ending on a clause mark, and clearly shorter (≤ 30 characters) than the lines of hard-wrapped
 * notices (about 40), whose wrapped （十四） headings continue on the next line.
 */
export function isLabelledHeading(text: string): boolean {
  const m = CN_LABEL_RE.exec(text);
  return (
    !!m &&
    m[2]!.length > 0 &&
    [...text].length <= 30 &&
    !/[。！？；]/u.test(text) &&
    !/[，、：,:]$/u.test(text)
  );
}

/** Lines that start something new and so are never the tail of a broken paragraph. */
export function isStructural(text: string): boolean {
  return (
    isHeading(text) ||
    CN_LABEL_RE.test(text) ||
    ITEM_RE.test(text) ||
    SUBITEM_RE.test(text) ||
    LABEL_LINE_RE.test(text)
  );
}

/** A line that ends a sentence or paragraph. */
export function endsSentence(text: string): boolean {
  return /[。！？]$/u.test(text);
}

/**
 * Joins page-broken lines. `lines` are the non-blank lines of one zone, in order. Returns the joined
 * lines and how many joins were made.
 */
export function joinPageBreaks(lines: readonly LogicalLine[]): {
  lines: LogicalLine[];
  joins: number;
} {
  const out: LogicalLine[] = [];
  let joins = 0;
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (
      prev &&
      !isHeading(prev.text) &&
      !isLabelledHeading(prev.text) &&
      !endsSentence(prev.text) &&
      !isStructural(l.text)
    ) {
      // Latin words broken across lines keep a space between them; Chinese text joins directly.
      prev.text += /[A-Za-z]$/.test(prev.text) && /^[A-Za-z]/.test(l.text) ? ` ${l.text}` : l.text;
      prev.endLine = l.endLine;
      joins++;
    } else out.push({ ...l });
  }
  return { lines: out, joins };
}
