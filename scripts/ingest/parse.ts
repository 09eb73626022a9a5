/**
 * Step 5: the parse. Normalised lines → document header, notice sections and paragraphs, the
 * attachment's title, preamble, indicators, items and sub-items with their unit blocks read. Unit
 * names stay as written here; departments resolves them afterwards.
 */
import type { Deadline } from '../../src/schemas/model.ts';
import { Problems } from './errors.ts';
import { parseChineseNumeral } from './numerals.ts';
import {
  CN_LABEL_RE,
  DATE_LINE_RE,
  HEADING_RE,
  ITEM_RE,
  SUBITEM_RE,
  isHeading,
  joinPageBreaks,
  type LogicalLine,
} from './structure.ts';
import { LABEL_LINE_RE, deadlineKey, readDeadline, readUnitBlock } from './units.ts';

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

const DOC_NUMBER_RE = /^\S*[〔[【(（]\d{4}[〕\]】)）]\d+号$/u;
const TITLE_DATE_RE = /（(\d{4})年(\d{1,2})月(\d{1,2})日）$/u;

function isoDate(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
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
 * @param raw lines after corrections, before normalisation (the title keeps its spacing there)
 * @param lines the same lines normalised
 */
export function parse(raw: readonly string[], lines: readonly string[], file: string): Parsed {
  const problems = new Problems(file);
  let joins = 0;

  // Zones: notice (header, body, signature) | date line | attachment intro | indicators and items.
  const firstItem = lines.findIndex((l) => ITEM_RE.test(l));
  if (firstItem < 0) {
    problems.add(1, 'no numbered items found (expected lines like "1. …")');
    problems.throwIfAny();
  }
  let attachStart = -1;
  for (let i = firstItem - 1; i >= 0; i--)
    if (isHeading(lines[i]!)) {
      attachStart = i;
      break;
    }
  if (attachStart < 0) {
    problems.add(
      firstItem + 1,
      'item before any indicator heading (expected a line like "一、开办企业")',
    );
    problems.throwIfAny();
  }
  let dateIdx = -1;
  for (let i = attachStart - 1; i >= 0; i--)
    if (DATE_LINE_RE.test(lines[i]!)) {
      dateIdx = i;
      break;
    }

  // Header: the lines before the addressees (…：) are masthead, document number and title.
  const noticeEnd = dateIdx >= 0 ? dateIdx : attachStart;
  const notice = zone(lines, 0, noticeEnd);
  const addrIdx = notice.findIndex((l) => /：$/u.test(l.text) && !LABEL_LINE_RE.test(l.text));
  const headerLines = addrIdx >= 0 ? notice.slice(0, addrIdx) : notice.slice(0, 1);
  let docNumber: string | null = null;
  const titleParts: LogicalLine[] = [];
  for (const l of headerLines) {
    if (DOC_NUMBER_RE.test(l.text)) docNumber = l.text;
    else if (/文件$/u.test(l.text) && titleParts.length === 0) continue;
    else titleParts.push(l);
  }
  let titleIssuers: string[] = [];
  let title = '';
  if (titleParts.length > 0) {
    // The raw title keeps the space between joint issuers: `中共郑州市委办公厅 郑州市人民政府办公厅 关于…`.
    const rawTitle = titleParts.map((l) => raw[l.line - 1]!.trim()).join('');
    const joined = titleParts.map((l) => l.text).join('');
    const about = joined.indexOf('关于');
    if (about > 0) {
      const rawAbout = rawTitle.indexOf('关于');
      titleIssuers = rawTitle
        .slice(0, rawAbout)
        .split(/[\s\u3000]+/u)
        .map((s) => s.trim())
        .filter(Boolean);
      title = titleIssuers.join(' ') + joined.slice(about);
    } else title = joined;
  } else problems.add(1, 'no title found before the addressees line');
  let date: string | null = null;
  const titleDate = TITLE_DATE_RE.exec(title);
  if (titleDate) {
    title = title.slice(0, titleDate.index);
    date = isoDate(Number(titleDate[1]), Number(titleDate[2]), Number(titleDate[3]));
  }
  const addressees = addrIdx >= 0 ? notice[addrIdx]!.text : null;

  // Signature: the short lines after the last sentence of the body, just above the date.
  let bodyLines = addrIdx >= 0 ? notice.slice(addrIdx + 1) : notice.slice(1);
  const signature: string[] = [];
  if (dateIdx >= 0) {
    while (bodyLines.length > 0) {
      const last = bodyLines[bodyLines.length - 1]!;
      if (/[。！？；：]$/u.test(last.text) || [...last.text].length > 40) break;
      signature.unshift(last.text);
      bodyLines = bodyLines.slice(0, -1);
    }
    const m = DATE_LINE_RE.exec(lines[dateIdx]!)!;
    date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  const issuers = titleIssuers.length > 0 ? titleIssuers : signature;

  // Notice body: sections 一、 with paragraphs, labelled （一） or not.
  const body = joinPageBreaks(bodyLines);
  joins += body.joins;
  const sections: ParsedSection[] = [];
  for (const l of body.lines) {
    const h = isHeading(l.text) ? HEADING_RE.exec(l.text) : null;
    if (h) {
      sections.push({ number: h[1]!, title: h[2]!, paragraphs: [] });
      continue;
    }
    if (sections.length === 0) sections.push({ number: null, title: '', paragraphs: [] });
    const label = CN_LABEL_RE.exec(l.text);
    sections[sections.length - 1]!.paragraphs.push({
      label: label ? `（${label[1]}）` : null,
      text: label ? label[2]! : l.text,
      source: { line: l.line, endLine: l.endLine },
    });
  }

  // Attachment: title and preamble between the date and the first indicator.
  let attachment: Parsed['document']['attachment'] = null;
  if (dateIdx >= 0) {
    const intro = zone(lines, dateIdx + 1, attachStart).filter(
      (l) => !/^（[^（）]*）$/u.test(l.text),
    );
    if (intro.length > 0) {
      const [head, ...rest] = intro;
      const pre = joinPageBreaks(rest);
      joins += pre.joins;
      attachment = {
        title: head!.text,
        preamble: pre.lines.map((l) => l.text).join('\n'),
        source: { line: head!.line, endLine: (rest[rest.length - 1] ?? head!).endLine },
      };
    }
  }

  // Indicators, items, sub-items, unit blocks.
  const att = joinPageBreaks(zone(lines, attachStart, lines.length));
  joins += att.joins;
  const indicators: ParsedIndicator[] = [];
  interface Draft {
    label?: string;
    number?: number;
    texts: string[];
    units: LogicalLine[];
    line: number;
    endLine: number;
    subitems: Draft[];
  }
  const drafts: { draft: Draft; indicator: number }[] = [];
  let item: Draft | null = null;
  let target: Draft | null = null;
  for (const l of att.lines) {
    const h = isHeading(l.text) ? HEADING_RE.exec(l.text) : null;
    if (h) {
      const number = indicators.length + 1;
      const written = parseChineseNumeral(h[1]!);
      if (written !== number)
        problems.add(l.line, `indicator heading numbered ${h[1]} where ${number} was expected`);
      indicators.push({
        number,
        title: h[2]!,
        items: [],
        source: { line: l.line, endLine: l.endLine },
      });
      item = target = null;
      continue;
    }
    const im = ITEM_RE.exec(l.text);
    if (im) {
      item = {
        number: Number(im[1]),
        texts: [im[2]!],
        units: [],
        line: l.line,
        endLine: l.endLine,
        subitems: [],
      };
      target = item;
      drafts.push({ draft: item, indicator: indicators.length });
      continue;
    }
    if (CN_LABEL_RE.test(l.text)) {
      // A sub-section inside an indicator (（一）…): grouping only, not an item.
      item = target = null;
      continue;
    }
    const sm = SUBITEM_RE.exec(l.text);
    if (sm && item) {
      const sub: Draft = {
        label: `（${sm[1]}）`,
        texts: [sm[2]!],
        units: [],
        line: l.line,
        endLine: l.endLine,
        subitems: [],
      };
      item.subitems.push(sub);
      item.endLine = l.endLine;
      target = sub;
      continue;
    }
    if (!target || !item) {
      problems.add(l.line, `text outside any item: ${JSON.stringify(l.text.slice(0, 30))}`);
      continue;
    }
    if (LABEL_LINE_RE.test(l.text)) {
      target.units.push(l);
    } else if (target.units.length > 0) {
      problems.add(
        l.line,
        `text after the units and deadline of item ${item.number}: ${JSON.stringify(l.text.slice(0, 30))}`,
      );
      continue;
    } else target.texts.push(l.text);
    target.endLine = l.endLine;
    item.endLine = Math.max(item.endLine, l.endLine);
  }

  // Numbering: 1, 2, 3 … with nothing missing or repeated.
  const firstLine = new Map<number, number>();
  let expected = 1;
  for (const { draft } of drafts) {
    const n = draft.number!;
    const seen = firstLine.get(n);
    if (seen !== undefined)
      problems.add(draft.line, `item ${n} is numbered twice (first at line ${seen})`);
    else if (n > expected)
      problems.add(
        draft.line,
        n === expected + 1
          ? `item ${expected} is missing (the item before this one is ${expected - 1})`
          : `items ${expected}–${n - 1} are missing (the item before this one is ${expected - 1})`,
      );
    else if (n < expected)
      problems.add(draft.line, `item ${n} is out of order (expected ${expected})`);
    if (seen === undefined) firstLine.set(n, draft.line);
    expected = Math.max(expected, n + 1);
  }

  const unitStats = { rules: 0 };
  const commitment = (d: Draft, what: string): Commitment | null => {
    const block = d.units.map((u) => u.text).join('');
    const read = readUnitBlock(block, unitStats);
    const at = d.units[0]?.line ?? d.line;
    for (const p of read.problems) problems.add(at, `${what}: ${p}`);
    if (!read.deadline) {
      problems.add(
        d.units[d.units.length - 1]?.endLine ?? d.endLine,
        `${what} has no deadline (完成时限)`,
      );
      return null;
    }
    const deadlineLine = d.units.find((u) => u.text.includes(read.deadline!.label))?.line ?? at;
    const dl = readDeadline(read.deadline.text);
    if ('error' in dl) {
      problems.add(deadlineLine, `${what}: ${dl.error}`);
      return null;
    }
    if (!read.lead && !read.responsible) problems.add(at, `${what} names no unit`);
    return {
      text: d.texts.join(''),
      leadUnits: read.lead?.names ?? [],
      responsibleUnits: read.responsible?.names ?? [],
      deadline: dl.deadline,
      deadlineText: read.deadline.text,
      deadlineLabel: read.deadline.label,
      unitLabels: { lead: read.lead?.label ?? null, responsible: read.responsible?.label ?? null },
      source: { line: d.line, endLine: d.endLine },
    };
  };

  const items: ParsedItem[] = [];
  for (const { draft, indicator } of drafts) {
    const what = `item ${draft.number}`;
    const subitems: ParsedSubitem[] = [];
    for (const s of draft.subitems) {
      const c = commitment(s, `${what} ${s.label}`);
      if (c) subitems.push({ label: s.label!, ...c });
    }
    if (draft.subitems.length > 0 && subitems.length !== draft.subitems.length) continue;
    let own: Commitment | null = null;
    if (draft.units.length > 0 || draft.subitems.length === 0) {
      own = commitment(draft, what);
      if (!own) continue;
    }
    const all = [...(own ? [own] : []), ...subitems];
    const latest = all.reduce((a, b) =>
      deadlineKey(b.deadline) > deadlineKey(a.deadline) ? b : a,
    );
    const union = (pick: (c: Commitment) => string[]) => [...new Set(all.flatMap(pick))];
    items.push({
      number: draft.number!,
      indicator,
      text: draft.texts.join(''),
      leadUnits: union((c) => c.leadUnits),
      responsibleUnits: union((c) => c.responsibleUnits),
      deadline: latest.deadline,
      deadlineText: latest.deadlineText,
      deadlineLabel: latest.deadlineLabel,
      unitLabels: {
        lead: all.find((c) => c.unitLabels.lead)?.unitLabels.lead ?? null,
        responsible: all.find((c) => c.unitLabels.responsible)?.unitLabels.responsible ?? null,
      },
      subitems,
      source: { line: draft.line, endLine: draft.endLine },
    });
    indicators[indicator - 1]!.items.push(draft.number!);
  }
  for (const ind of indicators) {
    if (ind.items.length === 0)
      problems.add(ind.source.line, `indicator ${ind.title} has no items`);
    const last = items.find((i) => i.number === ind.items[ind.items.length - 1]);
    if (last) ind.source.endLine = last.source.endLine;
  }
  problems.throwIfAny();

  return {
    document: { title, docNumber, issuers, date, addressees, attachment },
    sections,
    indicators,
    items,
    joins,
    unitListRules: unitStats.rules,
    multiLineTexts: drafts.reduce(
      (n, { draft }) => n + [draft, ...draft.subitems].filter((d) => d.texts.length > 1).length,
      0,
    ),
  };
}
