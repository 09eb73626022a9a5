/**
 * The attachment: a tree of numbered headings over numbered items, each item with its text, its
 * sub-items and its unit block. Which numbering marks the items, which the headings and which
 * level is the indicator are read from the text, so one parser serves notices laid out differently
 * (the seed's `一、`/`1.`, 克拉玛依's `一、`/`（一）`/`1.`, 三亚's `一、`/`(一)`/`1.`/`(1)`).
 */
import type { Problems } from './errors.ts';
import { labelOf, markOf, paragraphsOf, type Mark, type MarkKind } from './marks.ts';
import { parseChineseNumeral } from './numerals.ts';
import type {
  Commitment,
  ParsedIndicator,
  ParsedItem,
  ParsedSection,
  ParsedSubitem,
} from './parse.ts';
import type { LogicalLine } from './structure.ts';
import {
  INLINE_UNITS_RE,
  LABEL_LINE_RE,
  deadlineKey,
  readDeadline,
  readUnitBlock,
} from './units.ts';

/** An item or sub-item as collected, before its unit block is read. */
interface Draft {
  /** Sub-items: （1） as written. */
  label?: string;
  /** Items: the number as printed. */
  number?: number;
  texts: string[];
  units: LogicalLine[];
  line: number;
  endLine: number;
  subitems: Draft[];
  /** The headings above it, outermost first. */
  path: HeadingNode[];
}

interface HeadingNode {
  mark: Mark;
  line: number;
  parent: HeadingNode | null;
  /** 1 for the first heading of its level under its parent, 2 for the next … */
  ordinal: number;
  /** Lines under a top-level heading that belong to no item (its paragraphs, when it has no items). */
  lines: LogicalLine[];
  items: number;
}

type Marked = { l: LogicalLine; m: Mark | null }[];

const isNumbered = (k: MarkKind | undefined): k is MarkKind => k === 'num-dot' || k === 'num-paren';

/**
 * Items are the outermost numbered level whose lines carry units themselves (a unit block follows
 * the line before the next numbered line); a numbered level above it that never does (三亚's
 * `1.提升市场准入便利度`) is a heading level, one below it (the seed's `（1）`) holds sub-items.
 */
export function itemKindOf(marked: Marked): MarkKind {
  const votes = new Map<MarkKind, number>();
  let nearest: MarkKind | null = null;
  for (const { l, m } of marked) {
    if (isNumbered(m?.kind)) nearest = m!.kind;
    if (nearest && (LABEL_LINE_RE.test(l.text) || l.text.search(INLINE_UNITS_RE) >= 0))
      votes.set(nearest, (votes.get(nearest) ?? 0) + 1);
  }
  const numbered = [...new Set(marked.map(({ m }) => m?.kind))].filter(isNumbered);
  return numbered.find((k) => (votes.get(k) ?? 0) > 0) ?? 'num-dot';
}

/** Heading levels, outermost first: the marks seen above the first item (`一、` always). */
export function headingKindsOf(marked: Marked, itemKind: MarkKind): MarkKind[] {
  const kinds: MarkKind[] = [];
  for (const { m } of marked) {
    if (m?.kind === itemKind) break;
    if (m && !kinds.includes(m.kind)) kinds.push(m.kind);
  }
  if (!kinds.includes('cn-dun')) kinds.unshift('cn-dun');
  return kinds;
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

/** The unit block written in brackets at the end of an item's text: `…。（牵头单位：…；完成时限：…）`. */
export function splitInlineUnits(text: string): { text: string; block: string } | null {
  let at = -1;
  for (const m of text.matchAll(INLINE_UNITS_RE)) at = m.index;
  if (at < 0) return null;
  const tail = /^[（(]([\s\S]*)[）)][。；;，,]?$/u.exec(text.slice(at));
  if (!tail) return null;
  return { text: text.slice(0, at).trimEnd(), block: tail[1]! };
}

/** Headings, items, sub-items, texts and unit lines, in one pass over the lines. */
function buildTree(
  marked: Marked,
  headingKinds: readonly MarkKind[],
  itemKind: MarkKind,
  problems: Problems,
): { drafts: Draft[]; tops: HeadingNode[] } {
  const drafts: Draft[] = [];
  const tops: HeadingNode[] = [];
  let path: HeadingNode[] = [];
  let item: Draft | null = null;
  let target: Draft | null = null;
  const siblings = new Map<HeadingNode | null, Map<MarkKind, number>>();
  const draft = (l: LogicalLine, m: Mark, extra: Partial<Draft>): Draft => ({
    texts: [m.rest],
    units: [],
    line: l.line,
    endLine: l.endLine,
    subitems: [],
    path,
    ...extra,
  });
  for (const { l, m } of marked) {
    if (m && headingKinds.includes(m.kind)) {
      const depth = headingKinds.indexOf(m.kind);
      const parent = depth > 0 ? (path[depth - 1] ?? null) : null;
      const counts = siblings.get(parent) ?? new Map<MarkKind, number>();
      counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
      siblings.set(parent, counts);
      const node: HeadingNode = {
        mark: m,
        line: l.line,
        parent,
        ordinal: counts.get(m.kind)!,
        lines: [],
        items: 0,
      };
      path = [...path.slice(0, depth), node];
      if (depth === 0) tops.push(node);
      else path[0]?.lines.push(l);
      item = target = null;
    } else if (m?.kind === itemKind) {
      item = target = draft(l, m, { number: Number(m.numeral) });
      for (const n of path) n.items++;
      drafts.push(item);
    } else if (m && item) {
      target = draft(l, m, { label: labelOf(m) });
      item.subitems.push(target);
      item.endLine = l.endLine;
    } else if (!target || !item) {
      if (path[0] && !m) path[0].lines.push(l);
      else problems.add(l.line, `text outside any item: ${JSON.stringify(l.text.slice(0, 30))}`);
    } else if (LABEL_LINE_RE.test(l.text) && !insideInlineUnits(target.texts)) {
      target.units.push(l);
      target.endLine = l.endLine;
      item.endLine = Math.max(item.endLine, l.endLine);
    } else if (target.units.length > 0) {
      problems.add(
        l.line,
        `text after the units and deadline of item ${item.number}: ${JSON.stringify(l.text.slice(0, 30))}`,
      );
    } else {
      target.texts.push(l.text);
      target.endLine = l.endLine;
      item.endLine = Math.max(item.endLine, l.endLine);
    }
  }
  // Units written in brackets at the end of the text, when there is no unit line.
  for (const d of drafts.flatMap((x) => [x, ...x.subitems])) {
    if (d.units.length > 0) continue;
    const inline = splitInlineUnits(d.texts.join(''));
    if (!inline) continue;
    d.texts = [inline.text];
    d.units = [{ line: d.endLine, endLine: d.endLine, text: inline.block }];
  }
  return { drafts, tops };
}

/** The indicator level: the outermost heading level that splits the items into more than one group. */
function indicatorDepthOf(drafts: readonly Draft[], levels: number): number {
  for (let depth = 0; depth < levels; depth++) {
    const groups = new Set(drafts.map((d) => d.path[depth]).filter(Boolean));
    if (groups.size >= 2) return depth;
  }
  return 0;
}

const valueOf = (numeral: string) => parseChineseNumeral(numeral) || Number(numeral);

/** The indicators in order; a heading numbered out of sequence is a problem (a heading went missing). */
function indicatorsOf(
  drafts: readonly Draft[],
  depth: number,
  problems: Problems,
): { indicators: ParsedIndicator[]; indicatorOf: Map<HeadingNode, number> } {
  const indicators: ParsedIndicator[] = [];
  const indicatorOf = new Map<HeadingNode, number>();
  for (const d of drafts) {
    const node = d.path[depth];
    if (!node) {
      problems.add(d.line, `item ${d.number} is not under an indicator heading`);
      continue;
    }
    if (indicatorOf.has(node)) continue;
    const number = indicators.length + 1;
    // Headings of one level under one parent are numbered 1, 2, 3 … (items-less ones included).
    if (valueOf(node.mark.numeral) !== node.ordinal)
      problems.add(
        node.line,
        `indicator heading numbered ${node.mark.numeral} where ${node.ordinal} was expected`,
      );
    indicatorOf.set(node, number);
    indicators.push({
      number,
      title: node.mark.rest.replace(/[。；]$/u, ''),
      items: [],
      source: { line: node.line, endLine: node.line },
    });
  }
  return { indicators, indicatorOf };
}

/** Top-level sections without items (总体要求, 工作要求 …) are the attachment's own paragraphs. */
function sectionsWithoutItems(tops: readonly HeadingNode[], problems: Problems): ParsedSection[] {
  const out: ParsedSection[] = [];
  for (const top of tops) {
    if (top.items > 0) {
      for (const l of top.lines)
        if (!markOf(l.text))
          problems.add(l.line, `text outside any item: ${JSON.stringify(l.text.slice(0, 30))}`);
      continue;
    }
    out.push({
      number: top.mark.numeral,
      title: top.mark.rest,
      paragraphs: paragraphsOf(top.lines),
    });
  }
  return out;
}

/** Items numbered 1, 2, 3 … with nothing missing or repeated. */
function checkNumbering(drafts: readonly Draft[], problems: Problems): void {
  const firstLine = new Map<number, number>();
  let expected = 1;
  for (const d of drafts) {
    const n = d.number!;
    const seen = firstLine.get(n);
    if (seen !== undefined)
      problems.add(d.line, `item ${n} is numbered twice (first at line ${seen})`);
    else if (n > expected)
      problems.add(
        d.line,
        n === expected + 1
          ? `item ${expected} is missing (the item before this one is ${expected - 1})`
          : `items ${expected}–${n - 1} are missing (the item before this one is ${expected - 1})`,
      );
    else if (n < expected) problems.add(d.line, `item ${n} is out of order (expected ${expected})`);
    if (seen === undefined) firstLine.set(n, d.line);
    expected = Math.max(expected, n + 1);
  }
}

/** An item's or sub-item's text, units and deadline; null (with problems added) when unreadable. */
function readCommitment(
  d: Draft,
  what: string,
  problems: Problems,
  stats: { rules: number },
): Commitment | null {
  if (d.units.length === 0) {
    problems.add(
      d.endLine,
      `${what} has no units and no deadline (expected a line like "责任单位：…。完成时限：…。" after its text)`,
    );
    return null;
  }
  const read = readUnitBlock(d.units.map((u) => u.text).join(''), stats);
  const at = d.units[0]!.line;
  for (const p of read.problems) problems.add(at, `${what}: ${p}`);
  if (!read.deadline) {
    problems.add(d.units[d.units.length - 1]!.endLine, `${what} has no deadline (完成时限)`);
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
}

/**
 * An item from its own unit block and its sub-items': it lists every unit of its sub-items and
 * takes the latest deadline among them (contract).
 */
function readItem(
  d: Draft,
  indicator: number,
  problems: Problems,
  stats: { rules: number },
): ParsedItem | null {
  const what = `item ${d.number}`;
  const subitems: ParsedSubitem[] = [];
  for (const s of d.subitems) {
    const c = readCommitment(s, `${what} ${s.label}`, problems, stats);
    if (c) subitems.push({ label: s.label!, ...c });
  }
  if (subitems.length !== d.subitems.length) return null;
  let own: Commitment | null = null;
  if (d.units.length > 0 || d.subitems.length === 0) {
    own = readCommitment(d, what, problems, stats);
    if (!own) return null;
  }
  const all = [...(own ? [own] : []), ...subitems];
  const latest = all.reduce((a, b) => (deadlineKey(b.deadline) > deadlineKey(a.deadline) ? b : a));
  const union = (pick: (c: Commitment) => string[]) => [...new Set(all.flatMap(pick))];
  return {
    number: d.number!,
    indicator,
    text: d.texts.join(''),
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
    source: { line: d.line, endLine: d.endLine },
  };
}

export interface Attachment {
  indicators: ParsedIndicator[];
  items: ParsedItem[];
  /** Top-level sections that hold no items. */
  sections: ParsedSection[];
  multiLineTexts: number;
  unitListRules: number;
}

/** The attachment from its first heading on: page breaks already joined. */
export function readAttachment(lines: readonly LogicalLine[], problems: Problems): Attachment {
  const marked: Marked = lines.map((l) => ({ l, m: markOf(l.text) }));
  const itemKind = itemKindOf(marked);
  const headingKinds = headingKindsOf(marked, itemKind);
  const { drafts, tops } = buildTree(marked, headingKinds, itemKind, problems);
  if (drafts.length === 0) {
    problems.add(lines[0]?.line ?? 1, 'no numbered items found (expected lines like "1. …")');
    problems.throwIfAny();
  }
  const depth = indicatorDepthOf(drafts, headingKinds.length);
  const { indicators, indicatorOf } = indicatorsOf(drafts, depth, problems);
  const sections = sectionsWithoutItems(tops, problems);
  checkNumbering(drafts, problems);

  const stats = { rules: 0 };
  const items: ParsedItem[] = [];
  for (const d of drafts) {
    const node = d.path[depth];
    const indicator = node ? indicatorOf.get(node) : undefined;
    if (indicator === undefined) continue;
    const item = readItem(d, indicator, problems, stats);
    if (!item) continue;
    items.push(item);
    const ind = indicators[indicator - 1]!;
    ind.items.push(item.number);
    ind.source.endLine = item.source.endLine;
  }
  return {
    indicators,
    items,
    sections,
    unitListRules: stats.rules,
    multiLineTexts: drafts.reduce(
      (n, d) => n + [d, ...d.subitems].filter((x) => x.texts.length > 1).length,
      0,
    ),
  };
}
