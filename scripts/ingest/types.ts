/**
 * The types the parse steps share (outline → commitment level → units and deadlines → header →
 * model). No step imports another step for its types: they all import this module.
 */
import type { Deadline } from '../../src/schemas/model.ts';

/** One line of the document after repairs, with the original lines it came from. */
export interface LogicalLine {
  /** First original line. */
  line: number;
  /** Last original line (differs from `line` after a page-break join). */
  endLine: number;
  text: string;
}

/** Something odd that the ingest repaired, guessed or left out: the model is still made. */
export interface Warning {
  line: number;
  message: string;
}

/** The numbering marks of the genre: `一、` `（一）` `1.` `（1）` `第一条`. */
export type MarkKind = 'cn-dun' | 'cn-paren' | 'num-dot' | 'num-paren' | 'article';

export interface Mark {
  kind: MarkKind;
  /** The number as written: 一, 十九, 12. */
  numeral: string;
  /** Its value: 1, 19, 12. */
  value: number;
  /** The rest of the line after the mark. */
  rest: string;
}

/** An entry of the outline: a numbered line, the lines under it up to the next entry, its children. */
export interface Entry {
  mark: Mark;
  /** The numbering as written in the source line: `1.`, `1．`, `（三）`, `(1)`, `第二条`. */
  label: string;
  /** 0 for the outermost numbering of the plan. */
  depth: number;
  /** `kind@depth`: entries of one level share it. */
  level: string;
  parent: Entry | null;
  children: Entry[];
  /** The numbered line itself. */
  head: LogicalLine;
  /** The unnumbered lines after it, up to its first child or next entry. */
  body: LogicalLine[];
}

export interface Commitment {
  text: string;
  leadUnits: string[];
  responsibleUnits: string[];
  deadline: Deadline;
  deadlineText: string | null;
  deadlineLabel: string | null;
  unitLabels: { lead: string | null; responsible: string | null };
  source: { line: number; endLine: number };
}

export interface ParsedSubitem extends Commitment {
  label: string;
}

export interface ParsedItem extends Commitment {
  number: number;
  label: string;
  indicator: number;
  subitems: ParsedSubitem[];
}

export interface ParsedIndicator {
  number: number;
  title: string;
  items: number[];
  source: { line: number; endLine: number };
}

export interface ParsedParagraph {
  label: string | null;
  text: string;
  source: { line: number; endLine: number };
}

export interface ParsedSection {
  number: string | null;
  title: string;
  paragraphs: ParsedParagraph[];
}

export interface ParsedAttachment {
  title: string;
  preamble: string;
  source: { line: number; endLine: number };
  sections: ParsedSection[];
}

export interface Parsed {
  document: {
    title: string;
    docNumber: string | null;
    issuers: string[];
    date: string | null;
    addressees: string | null;
    attachment: ParsedAttachment | null;
  };
  sections: ParsedSection[];
  indicators: ParsedIndicator[];
  items: ParsedItem[];
  warnings: Warning[];
  /** How many page-broken lines were joined. */
  joins: number;
  /** How many item or sub-item texts were put together from more than one line. */
  multiLineTexts: number;
  /** How many unit lists needed a rule beyond plain separators (各开发区、县（市）区, 等, 及). */
  unitListRules: number;
}
