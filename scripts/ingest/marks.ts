/**
 * Numbering marks and the sections and paragraphs they open: `一、` sections, `（一）` and `1.`
 * labelled paragraphs. Shared by the notice body and the attachment's sections without items.
 */
import type { ParsedParagraph, ParsedSection } from './types.ts';
import {
  CN_LABEL_RE,
  HEADING_RE,
  ITEM_RE,
  SUBITEM_RE,
  isHeading,
  type LogicalLine,
} from './structure.ts';

/** The numbering marks that open headings, items and sub-items. */
export type MarkKind = 'cn-dun' | 'cn-paren' | 'num-dot' | 'num-paren';

export interface Mark {
  kind: MarkKind;
  /** The number as written: 一, 十九, 12. */
  numeral: string;
  /** The rest of the line. */
  rest: string;
}

/** `一、…` / `（一）…` / `1.…` / `（1）…` → its mark, or null for any other line. */
export function markOf(text: string): Mark | null {
  let m: RegExpExecArray | null;
  if (isHeading(text) && (m = HEADING_RE.exec(text)))
    return { kind: 'cn-dun', numeral: m[1]!, rest: m[2]! };
  if ((m = CN_LABEL_RE.exec(text))) return { kind: 'cn-paren', numeral: m[1]!, rest: m[2]! };
  if ((m = ITEM_RE.exec(text))) return { kind: 'num-dot', numeral: m[1]!, rest: m[2]! };
  if ((m = SUBITEM_RE.exec(text))) return { kind: 'num-paren', numeral: m[1]!, rest: m[2]! };
  return null;
}

/** The label a mark is shown with: （一）, （1） or 1. */
export function labelOf(m: Mark): string {
  return m.kind === 'num-dot'
    ? `${m.numeral}.`
    : m.kind === 'cn-dun'
      ? `${m.numeral}、`
      : `（${m.numeral}）`;
}

/**
 * Paragraphs of a section: a marked line （一）… starts a labelled paragraph and the unmarked lines
 * after it continue it (hard-wrapped notices), unless the labelled line is a heading without a
 * sentence in it (then its text follows as a paragraph of its own); other unmarked lines are
 * paragraphs of their own.
 */
export function paragraphsOf(lines: readonly LogicalLine[]): ParsedParagraph[] {
  const out: ParsedParagraph[] = [];
  for (const l of lines) {
    const m = markOf(l.text);
    const last = out[out.length - 1];
    if (m && m.kind !== 'cn-dun') {
      out.push({ label: labelOf(m), text: m.rest, source: { line: l.line, endLine: l.endLine } });
    } else if (!m && last?.label && !/^[^。！？；]+$/u.test(last.text)) {
      last.text += l.text;
      last.source.endLine = l.endLine;
    } else out.push({ label: null, text: l.text, source: { line: l.line, endLine: l.endLine } });
  }
  return out;
}

/** Sections 一、… of lines, each with its paragraphs; lines before the first heading form a section of their own. */
export function sectionsOf(lines: readonly LogicalLine[]): ParsedSection[] {
  const sections: { number: string | null; title: string; lines: LogicalLine[] }[] = [];
  for (const l of lines) {
    const m = markOf(l.text);
    if (m?.kind === 'cn-dun') {
      sections.push({ number: m.numeral, title: m.rest, lines: [] });
      continue;
    }
    if (sections.length === 0) sections.push({ number: null, title: '', lines: [] });
    sections[sections.length - 1]!.lines.push(l);
  }
  return sections.map((s) => ({
    number: s.number,
    title: s.title,
    paragraphs: paragraphsOf(s.lines),
  }));
}
