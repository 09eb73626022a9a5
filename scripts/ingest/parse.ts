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
import {
  INLINE_UNITS_RE,
  LABEL_LINE_RE,
  deadlineKey,
  readDeadline,
  readUnitBlock,
} from './units.ts';

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

/** The numbering marks that open headings, items and sub-items. */
type MarkKind = 'cn-dun' | 'cn-paren' | 'num-dot' | 'num-paren';

interface Mark {
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
function labelOf(m: Mark): string {
  return m.kind === 'num-dot'
    ? `${m.numeral}.`
    : m.kind === 'cn-dun'
      ? `${m.numeral}、`
      : `（${m.numeral}）`;
}

/**
 * Paragraphs of a section: a marked line （一）… starts a labelled paragraph and the unmarked lines
 * after it continue it (hard-wrapped notices); other unmarked lines are paragraphs of their own.
 */
function paragraphsOf(lines: readonly LogicalLine[]): ParsedParagraph[] {
  const out: ParsedParagraph[] = [];
  for (const l of lines) {
    const m = markOf(l.text);
    const last = out[out.length - 1];
    if (m && m.kind !== 'cn-dun') {
      out.push({ label: labelOf(m), text: m.rest, source: { line: l.line, endLine: l.endLine } });
    } else if (!m && last?.label) {
      last.text += l.text;
      last.source.endLine = l.endLine;
    } else out.push({ label: null, text: l.text, source: { line: l.line, endLine: l.endLine } });
  }
  return out;
}

/** Sections 一、… of lines, each with its paragraphs; lines before the first heading form a section of their own. */
function sectionsOf(lines: readonly LogicalLine[]): ParsedSection[] {
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

/** Whether the text so far ends inside an open `（牵头单位：…` block (its label lines are text). */
function insideInlineUnits(texts: readonly string[]): boolean {
  const text = texts.join('');
  let at = -1;
  for (const m of text.matchAll(INLINE_UNITS_RE)) at = m.index;
  if (at < 0) return false;
  let depth = 0;
  for (const ch of text.slice(at)) {
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') depth--;
  }
  return depth > 0;
}

function hasInlineUnits(text: string): boolean {
  return text.search(INLINE_UNITS_RE) >= 0;
}

/** The unit block written in brackets at the end of an item's text: `…。（牵头单位：…；完成时限：…）`. */
export function splitInlineUnits(text: string): { text: string; block: string } | null {
  let at = -1;
  for (const m of text.matchAll(INLINE_UNITS_RE)) at = m.index;
  if (at < 0) return null;
  const tail = /^[（(]([\s\S]*)[）)][。；;，,]?$/u.exec(text.slice(at));
  if (!tail) return null;
  return { text: text.slice(0, at).trimEnd(), block: tail[1]! };
}

/**
 * @param raw lines after corrections, before normalisation (the title keeps its spacing there)
 * @param lines the same lines normalised
 */
export function parse(raw: readonly string[], lines: readonly string[], file: string): Parsed {
  const problems = new Problems(file);
  let joins = 0;

  // Zones: notice (header, body, signature) | date line | attachment title and preamble | the
  // attachment's sections, indicators and items, from its first heading 一、 on.
  const dateIdx = lines.findIndex((l) => DATE_LINE_RE.test(l));
  let attachStart = -1;
  if (dateIdx >= 0) attachStart = lines.findIndex((l, i) => i > dateIdx && isHeading(l));
  if (attachStart < 0) {
    const firstNumbered = lines.findIndex((l) => ITEM_RE.test(l) || SUBITEM_RE.test(l));
    for (let i = firstNumbered - 1; i >= 0; i--)
      if (isHeading(lines[i]!)) {
        attachStart = i;
        break;
      }
    if (firstNumbered < 0) problems.add(1, 'no numbered items found (expected lines like "1. …")');
    else if (attachStart < 0)
      problems.add(
        firstNumbered + 1,
        'item before any indicator heading (expected a line like "一、开办企业")',
      );
    problems.throwIfAny();
  }
  const introEnd = attachStart;
  const noticeDate = dateIdx >= 0 && dateIdx < attachStart ? dateIdx : -1;

  // Header: the lines before the addressees (…：) are masthead, document number and title.
  const noticeEnd = noticeDate >= 0 ? noticeDate : attachStart;
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
  if (noticeDate >= 0) {
    while (bodyLines.length > 0) {
      const last = bodyLines[bodyLines.length - 1]!;
      if (/[。！？；：]$/u.test(last.text) || [...last.text].length > 40) break;
      signature.unshift(last.text);
      bodyLines = bodyLines.slice(0, -1);
    }
    const m = DATE_LINE_RE.exec(lines[noticeDate]!)!;
    date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  const issuers = titleIssuers.length > 0 ? titleIssuers : signature;

  // Notice body: sections 一、 with paragraphs, labelled （一） or not.
  const body = joinPageBreaks(bodyLines);
  joins += body.joins;
  const sections = sectionsOf(body.lines);

  // Attachment: title and preamble between the date and the first indicator.
  let attachment: Parsed['document']['attachment'] = null;
  if (noticeDate >= 0) {
    const intro = zone(lines, noticeDate + 1, introEnd).filter(
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
        sections: [],
      };
    }
  }

  // The attachment: a tree of headings over items. Which mark numbers the items is read from the
  // text: the mark of the line nearest above each unit block (1. in most notices, （1） in some).
  const att = joinPageBreaks(zone(lines, attachStart, lines.length));
  joins += att.joins;
  const marked = att.lines.map((l) => ({ l, m: markOf(l.text) }));
  const votes = new Map<MarkKind, number>();
  let nearest: MarkKind | null = null;
  for (const { l, m } of marked) {
    if (m?.kind === 'num-dot' || m?.kind === 'num-paren') nearest = m.kind;
    if (nearest && (LABEL_LINE_RE.test(l.text) || hasInlineUnits(l.text)))
      votes.set(nearest, (votes.get(nearest) ?? 0) + 1);
  }
  // Items are the outermost numbered level whose lines carry units themselves; a numbered level
  // above them that never does (三亚's 1.提升市场准入便利度) is a heading, one below (（1）) sub-items.
  const numberedKinds = [...new Set(marked.map(({ m }) => m?.kind))].filter(
    (k): k is MarkKind => k === 'num-dot' || k === 'num-paren',
  );
  const itemKind: MarkKind = numberedKinds.find((k) => (votes.get(k) ?? 0) > 0) ?? 'num-dot';
  // Heading levels: the marks seen above the first item, outermost first.
  const headingKinds: MarkKind[] = [];
  for (const { m } of marked) {
    if (m?.kind === itemKind) break;
    if (m && !headingKinds.includes(m.kind)) headingKinds.push(m.kind);
  }
  if (!headingKinds.includes('cn-dun')) headingKinds.unshift('cn-dun');

  interface Draft {
    label?: string;
    number?: number;
    texts: string[];
    units: LogicalLine[];
    line: number;
    endLine: number;
    subitems: Draft[];
    path: HeadingNode[];
  }
  interface HeadingNode {
    mark: Mark;
    depth: number;
    line: number;
    parent: HeadingNode | null;
    /** Lines under a top-level heading that belong to no item (its paragraphs, when it has no items). */
    lines: LogicalLine[];
    items: number;
  }
  const drafts: Draft[] = [];
  const tops: HeadingNode[] = [];
  let path: HeadingNode[] = [];
  let item: Draft | null = null;
  let target: Draft | null = null;
  for (const { l, m } of marked) {
    if (m && headingKinds.includes(m.kind)) {
      const depth = headingKinds.indexOf(m.kind);
      const node: HeadingNode = {
        mark: m,
        depth,
        line: l.line,
        parent: depth > 0 ? (path[depth - 1] ?? null) : null,
        lines: [],
        items: 0,
      };
      path = [...path.slice(0, depth), node];
      if (depth === 0) tops.push(node);
      else path[0]?.lines.push(l);
      item = target = null;
      continue;
    }
    if (m?.kind === itemKind) {
      item = {
        number: Number(m.numeral),
        texts: [m.rest],
        units: [],
        line: l.line,
        endLine: l.endLine,
        subitems: [],
        path,
      };
      for (const n of path) n.items++;
      target = item;
      drafts.push(item);
      continue;
    }
    if (m && item) {
      const sub: Draft = {
        label: labelOf(m),
        texts: [m.rest],
        units: [],
        line: l.line,
        endLine: l.endLine,
        subitems: [],
        path,
      };
      item.subitems.push(sub);
      item.endLine = l.endLine;
      target = sub;
      continue;
    }
    if (!target || !item) {
      if (path[0] && !m) path[0].lines.push(l);
      else problems.add(l.line, `text outside any item: ${JSON.stringify(l.text.slice(0, 30))}`);
      continue;
    }
    if (LABEL_LINE_RE.test(l.text) && !insideInlineUnits(target.texts)) {
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
  if (drafts.length === 0) {
    problems.add(attachStart + 1, 'no numbered items found (expected lines like "1. …")');
    problems.throwIfAny();
  }

  // Units written in brackets at the end of the text, when there is no unit line.
  for (const d of drafts.flatMap((x) => [x, ...x.subitems])) {
    if (d.units.length > 0) continue;
    const inline = splitInlineUnits(d.texts.join(''));
    if (!inline) continue;
    d.texts = [inline.text];
    d.units = [{ line: d.endLine, endLine: d.endLine, text: inline.block }];
  }

  // The indicator level: the outermost heading level that splits the items into more than one group.
  let indicatorDepth = 0;
  for (let depth = 0; depth < headingKinds.length; depth++) {
    const groups = new Set(drafts.map((d) => d.path[depth]).filter(Boolean));
    if (groups.size >= 2 || depth === headingKinds.length - 1) {
      indicatorDepth = groups.size >= 1 ? depth : 0;
      break;
    }
  }
  const indicators: ParsedIndicator[] = [];
  const indicatorOf = new Map<HeadingNode, number>();
  let previous: HeadingNode | null = null;
  for (const d of drafts) {
    const node = d.path[indicatorDepth];
    if (!node) {
      problems.add(d.line, `item ${d.number} is not under an indicator heading`);
      continue;
    }
    if (indicatorOf.has(node)) continue;
    const number = indicators.length + 1;
    const written = parseChineseNumeral(node.mark.numeral) || Number(node.mark.numeral);
    const expected: number =
      previous && previous.parent === node.parent
        ? (parseChineseNumeral(previous.mark.numeral) || Number(previous.mark.numeral)) + 1
        : written === 1
          ? 1
          : number;
    if (written !== expected)
      problems.add(
        node.line,
        `indicator heading numbered ${node.mark.numeral} where ${expected} was expected`,
      );
    indicatorOf.set(node, number);
    previous = node;
    indicators.push({
      number,
      title: node.mark.rest.replace(/[。；]$/u, ''),
      items: [],
      source: { line: node.line, endLine: node.line },
    });
  }

  // Top-level sections without items (总体要求, 工作要求 …) are the attachment's own paragraphs.
  const attachmentSections: ParsedSection[] = [];
  for (const top of tops) {
    if (top.items > 0) {
      for (const l of top.lines)
        if (!markOf(l.text))
          problems.add(l.line, `text outside any item: ${JSON.stringify(l.text.slice(0, 30))}`);
      continue;
    }
    attachmentSections.push({
      number: top.mark.numeral,
      title: top.mark.rest,
      paragraphs: paragraphsOf(top.lines),
    });
  }
  if (attachment) attachment.sections = attachmentSections;

  // Numbering: 1, 2, 3 … with nothing missing or repeated.
  const firstLine = new Map<number, number>();
  let expected = 1;
  for (const draft of drafts) {
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
    if (d.units.length === 0) {
      problems.add(
        d.endLine,
        `${what} has no units and no deadline (expected a line like "责任单位：…。完成时限：…。" after its text)`,
      );
      return null;
    }
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
  for (const draft of drafts) {
    const indicator = draft.path[indicatorDepth]
      ? indicatorOf.get(draft.path[indicatorDepth]!)
      : undefined;
    if (indicator === undefined) continue;
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
      (n, draft) => n + [draft, ...draft.subitems].filter((d) => d.texts.length > 1).length,
      0,
    ),
  };
}
