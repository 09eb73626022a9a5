/**
 * View model of `/<place>/<plan>/source/`: the notice as published here, line by line, numbered as
 * the ingest numbers them (scripts/ingest/decode.ts: BOM dropped, any line ending), each line with
 * its anchor (`#L189`); the corrections and warnings marked on the lines they touch, and where each
 * item begins, linked to its page.
 */
import { paths } from '../paths.ts';
import type { LibraryPlan } from './library-common.ts';
import { planFullLabel } from './library-common.ts';

/** The source's lines, as the ingest counts them (line i of the result is line i + 1 of the file). */
export function sourceLines(text: string): string[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = body.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The anchor of a line on the source page: "L189". */
export function lineAnchor(line: number): string {
  return `L${line}`;
}

export interface SourceNote {
  kind: 'correction' | 'warning';
  /** "c1" for a correction, "w3" for a warning. */
  id: string;
  /** What was done: "勘误 c1：“企业开⏎办”改为“企业开办”。" or "提示：". */
  lead: string;
  /** Why (a correction's reason, a warning's message); may name lines ("第305行"). */
  text: string;
  lang: 'zh-CN' | 'en';
}

export interface SourceLine {
  number: number;
  id: string;
  text: string;
  /** The line is part of a corrected passage / carries a warning. */
  corrected: boolean;
  warned: boolean;
  /** Notes shown under the line (on the first line a correction or warning touches). */
  notes: SourceNote[];
  /** The items that begin on this line. */
  items: { number: number; href: string }[];
  /**
   * How many rows the line takes on a phone (SOURCE_ROW_WIDTH characters a row), at most
   * SOURCE_MAX_ROWS: the height that stands in for a line the browser has not laid out yet.
   */
  rows: number;
}

/**
 * Characters a row of the source's text column holds on a phone: 15.5–19 at 360–412 px wide and
 * 16 px, taken low so that the estimate errs tall (a line laid out shorter than estimated keeps End
 * at the end; one laid out taller pushes the end away). A line that begins an item gives about four
 * characters' width to the item's link beside it; a note under a line takes the width of both.
 */
export const SOURCE_ROW_WIDTH = 15;
const ROW_WIDTH_BESIDE_LINK = 11;
const ROW_WIDTH_OF_NOTE = 19;
/** Rows estimated at most (two digits: source.astro's classes); a notice's paragraph-long lines fit. */
export const SOURCE_MAX_ROWS = 99;

/**
 * The width of a line in full-width characters: CJK characters and full-width punctuation are one,
 * Latin letters, digits and half-width punctuation about half.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! < 0x1100 ? 0.5 : 1;
  return width;
}

/** The rows a line of the source takes on a phone (see SourceLine.rows), its notes included. */
export function phoneRows(
  text: string,
  options: { itemLink?: boolean; notes?: string[] } = {},
): number {
  const rows = (t: string, width: number) => Math.max(1, Math.ceil(textWidth(t) / width));
  const own = rows(text, options.itemLink ? ROW_WIDTH_BESIDE_LINK : SOURCE_ROW_WIDTH);
  const notes = (options.notes ?? []).reduce((sum, t) => sum + rows(t, ROW_WIDTH_OF_NOTE), 0);
  return Math.min(SOURCE_MAX_ROWS, own + notes);
}

export interface SourceView {
  /** "郑州市 2020年" */
  label: string;
  title: string;
  docNumber: string | null;
  planHref: string;
  lineCount: number;
  lines: SourceLine[];
  corrections: {
    id: string;
    line: number;
    endLine: number;
    href: string;
    before: string;
    after: string;
    /** In Chinese where the corrections file gives it, else the English record (`reasonLang`). */
    reason: string;
    reasonLang: 'zh-CN' | 'en';
  }[];
  warnings: { id: string; line: number; href: string; message: string }[];
}

/** The last line a correction's `before` text spans (it may span lines, joined with "\n"). */
export function correctionEndLine(c: { line: number; before: string }): number {
  return c.line + (c.before.match(/\n/g)?.length ?? 0);
}

export function sourceView(plan: LibraryPlan, text: string): SourceView {
  const lines = sourceLines(text);
  const { place, id } = plan.plan;
  const here = (line: number) => `${paths.source(place.slug, id)}#${lineAnchor(line)}`;
  const corrections = plan.corrections.map((c) => ({
    id: c.id,
    line: c.line,
    endLine: correctionEndLine(c),
    href: here(c.line),
    before: c.before.replace(/\n/g, '⏎'),
    after: c.after,
    reason: c.reasonZh ?? c.reason,
    reasonLang: c.reasonZh ? ('zh-CN' as const) : ('en' as const),
  }));
  const warnings = (plan.warnings ?? []).map((w, i) => ({
    id: `w${i + 1}`,
    line: w.line,
    href: here(w.line),
    message: w.message,
  }));
  const corrected = new Set<number>();
  const notes = new Map<number, SourceNote[]>();
  const note = (line: number, n: SourceNote) => notes.set(line, [...(notes.get(line) ?? []), n]);
  for (const c of corrections) {
    for (let l = c.line; l <= c.endLine; l++) corrected.add(l);
    note(c.line, {
      kind: 'correction',
      id: c.id,
      lead: `勘误 ${c.id}：“${c.before}”改为“${c.after}”。`,
      text: c.reason,
      lang: c.reasonLang,
    });
  }
  for (const w of warnings)
    note(w.line, { kind: 'warning', id: w.id, lead: '提示：', text: w.message, lang: 'zh-CN' });
  const starts = new Map<number, { number: number; href: string }[]>();
  for (const item of plan.items) {
    const list = starts.get(item.source.line) ?? [];
    list.push({ number: item.number, href: paths.item(place.slug, id, item.number) });
    starts.set(item.source.line, list);
  }
  return {
    label: planFullLabel(plan.plan),
    title: plan.plan.title,
    docNumber: plan.document.docNumber,
    planHref: paths.plan(place.slug, id),
    lineCount: lines.length,
    lines: lines.map((t, i) => {
      const number = i + 1;
      const n = notes.get(number) ?? [];
      return {
        number,
        id: lineAnchor(number),
        text: t,
        corrected: corrected.has(number),
        warned: n.some((x) => x.kind === 'warning'),
        notes: n,
        items: starts.get(number) ?? [],
        rows: phoneRows(t, {
          itemLink: starts.has(number),
          notes: n.map((x) => x.lead + x.text),
        }),
      };
    }),
    corrections,
    warnings,
  };
}
