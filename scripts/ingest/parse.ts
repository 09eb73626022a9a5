/**
 * Step 5: the parse. Normalised lines → document header (header.ts), notice sections and paragraphs
 * (marks.ts), the attachment's title and preamble, indicators, items and sub-items with their unit
 * blocks read (attachment.ts). Unit names stay as written here; departments.ts resolves them.
 */
import type { Deadline } from '../../src/schemas/model.ts';
import { readAttachment } from './attachment.ts';
import { Problems } from './errors.ts';
import { dateOfLine, readHeader, readIntro, splitSignature } from './header.ts';
import { sectionsOf } from './marks.ts';
import {
  DATE_LINE_RE,
  ITEM_RE,
  SUBITEM_RE,
  isHeading,
  joinPageBreaks,
  type LogicalLine,
} from './structure.ts';

export interface Commitment {
  text: string;
  leadUnits: string[];
  responsibleUnits: string[];
  deadline: Deadline;
  deadlineText: string;
  deadlineLabel: string;
  unitLabels: { lead: string | null; responsible: string | null };
  source: { line: number; endLine: number };
}

export interface ParsedSubitem extends Commitment {
  label: string;
}

export interface ParsedItem extends Commitment {
  number: number;
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

export interface Parsed {
  document: {
    title: string;
    docNumber: string | null;
    issuers: string[];
    date: string | null;
    addressees: string | null;
    attachment: {
      title: string;
      preamble: string;
      source: { line: number; endLine: number };
      sections: ParsedSection[];
    } | null;
  };
  sections: ParsedSection[];
  indicators: ParsedIndicator[];
  items: ParsedItem[];
  /** How many page-broken lines were joined. */
  joins: number;
  /** How many item or sub-item texts were put together from more than one line. */
  multiLineTexts: number;
  /** How many unit lists needed a rule beyond plain separators (各开发区、县（市）区, 等, 及). */
  unitListRules: number;
}

/** Non-blank lines of [from, to) as logical lines. */
function zone(lines: readonly string[], from: number, to: number): LogicalLine[] {
  const out: LogicalLine[] = [];
  for (let i = from; i < to; i++) {
    const text = lines[i]!;
    if (text !== '') out.push({ line: i + 1, endLine: i + 1, text });
  }
  return out;
}

/**
 * Where the parts are: the notice (header, body, signature) up to its date line; the attachment's
 * title and preamble; the attachment itself from its first heading 一、 on. Without a date line,
 * the attachment starts at the heading above the first numbered line.
 */
function findZones(
  lines: readonly string[],
  problems: Problems,
): { dateIdx: number; attachStart: number } {
  const date = lines.findIndex((l) => DATE_LINE_RE.test(l));
  let attachStart = date >= 0 ? lines.findIndex((l, i) => i > date && isHeading(l)) : -1;
  if (attachStart < 0) {
    const firstNumbered = lines.findIndex((l) => ITEM_RE.test(l) || SUBITEM_RE.test(l));
    for (let i = firstNumbered - 1; i >= 0 && attachStart < 0; i--)
      if (isHeading(lines[i]!)) attachStart = i;
    if (firstNumbered < 0) problems.add(1, 'no numbered items found (expected lines like "1. …")');
    else if (attachStart < 0)
      problems.add(
        firstNumbered + 1,
        'item before any indicator heading (expected a line like "一、开办企业")',
      );
    problems.throwIfAny();
  }
  return { dateIdx: date >= 0 && date < attachStart ? date : -1, attachStart };
}

/**
 * @param raw lines after corrections, before normalisation (the title keeps its spacing there)
 * @param lines the same lines normalised
 */
export function parse(raw: readonly string[], lines: readonly string[], file: string): Parsed {
  const problems = new Problems(file);
  const { dateIdx, attachStart } = findZones(lines, problems);

  const header = readHeader(zone(lines, 0, dateIdx >= 0 ? dateIdx : attachStart), raw, problems);
  const { body, signature } =
    dateIdx >= 0 ? splitSignature(header.body) : { body: header.body, signature: [] };
  const notice = joinPageBreaks(body);
  const intro =
    dateIdx >= 0
      ? readIntro(zone(lines, dateIdx + 1, attachStart))
      : { attachment: null, joins: 0 };
  const att = joinPageBreaks(zone(lines, attachStart, lines.length));
  const attachment = readAttachment(att.lines, problems);
  problems.throwIfAny();

  return {
    document: {
      title: header.title,
      docNumber: header.docNumber,
      issuers: header.titleIssuers.length > 0 ? header.titleIssuers : signature,
      date: (dateIdx >= 0 ? dateOfLine(lines[dateIdx]!) : null) ?? header.titleDate,
      addressees: header.addressees,
      attachment: intro.attachment && { ...intro.attachment, sections: attachment.sections },
    },
    sections: sectionsOf(notice.lines),
    indicators: attachment.indicators,
    items: attachment.items,
    joins: notice.joins + intro.joins + att.joins,
    unitListRules: attachment.unitListRules,
    multiLineTexts: attachment.multiLineTexts,
  };
}
