/**
 * The parse, as a pipeline of its own steps over normalised lines:
 *   zones → header (header.ts) → outline (outline.ts) → commitment level (level.ts) → units and
 *   deadlines (commitment.ts, blocks.ts, units.ts, notice-rules.ts) → items, groups and sections.
 * Unit names stay as written here; departments.ts resolves them. What is odd is a warning; only a
 * text with no commitments at all is an error.
 */
import type { Deadline } from '../../src/schemas/model.ts';
import {
  carriesUnits,
  commitmentOf,
  hoistSubpointUnits,
  readEntry,
  ruleUnits,
  type EntryReading,
} from './commitment.ts';
import { Problems } from './errors.ts';
import { dateOfLine, isStampLine, readHeader, readIntro, splitSignature } from './header.ts';
import { commitmentLevel, itemsOf } from './level.ts';
import { paragraphsOf, sectionsOf } from './marks.ts';
import { readNoticeRules } from './notice-rules.ts';
import { markOf, outlineOf, ownLines } from './outline.ts';
import {
  DATE_LINE_RE,
  endsSentence,
  isHeading,
  isLabelledHeading,
  isStructural,
  joinPageBreaks,
} from './structure.ts';
import type {
  Commitment,
  Entry,
  LogicalLine,
  Parsed,
  ParsedIndicator,
  ParsedItem,
  ParsedSection,
  ParsedSubitem,
  Warning,
} from './types.ts';
import { deadlineKey } from './units.ts';

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
 * Where the parts are: the notice (header, body, signature) up to its date line; the plan's title
 * and preamble; the plan from its first numbered line (numbered 1) on. Without a date line, the
 * plan starts at the first line numbered 1 after the addressees.
 */
function findZones(lines: readonly string[]): { dateIdx: number; planStart: number } {
  const opensPlan = (l: string) => {
    const m = markOf(l);
    return !!m && m.value === 1 && !m.glued;
  };
  const date = lines.findIndex((l) => DATE_LINE_RE.test(l));
  let planStart = date >= 0 ? lines.findIndex((l, i) => i > date && opensPlan(l)) : -1;
  if (planStart < 0) {
    const addr = lines.findIndex((l) => /[：:]$/u.test(l));
    planStart = lines.findIndex((l, i) => i > addr && opensPlan(l));
  }
  if (planStart < 0) planStart = lines.findIndex(opensPlan);
  return { dateIdx: date >= 0 && (planStart < 0 || date < planStart) ? date : -1, planStart };
}

/** The label a sub-item is shown with: （1）, （一） or 1. (full-width brackets, as the contract has). */
function subLabel(e: Entry): string {
  const m = e.mark;
  if (m.kind === 'num-dot') return `${m.numeral}.`;
  if (m.kind === 'cn-dun') return `${m.numeral}、`;
  if (m.kind === 'article') return `第${m.numeral}条`;
  return `（${m.numeral}）`;
}

/** How many page-broken lines an entry's own lines join (as joinPageBreaks would count them). */
function countJoins(e: Entry, full: (l: LogicalLine) => string): number {
  const ls = [full(e.head), ...e.body.map((l) => l.text)];
  let n = 0;
  for (let k = 1; k < ls.length; k++) {
    const a = ls[k - 1]!;
    if (!isHeading(a) && !isLabelledHeading(a) && !endsSentence(a) && !isStructural(ls[k]!)) n++;
  }
  return n;
}

/** How many paragraphs (page breaks joined) an entry's task text, before its unit block, has. */
function textParagraphs(e: Entry, r: EntryReading, full: (l: LogicalLine) => string): number {
  const ls = [full(e.head), ...e.body.map((l) => l.text)].slice(0, Math.max(1, r.textLineCount));
  let n = 1;
  for (let k = 1; k < ls.length; k++) {
    const a = ls[k - 1]!;
    if (isHeading(a) || isLabelledHeading(a) || endsSentence(a) || isStructural(ls[k]!)) n++;
  }
  return n;
}

function descendants(e: Entry): Entry[] {
  return e.children.flatMap((c) => [c, ...descendants(c)]);
}

/**
 * @param raw lines after corrections, before normalisation (the title keeps its spacing there)
 * @param lines the same lines normalised
 */
export function parse(raw: readonly string[], lines: readonly string[], file: string): Parsed {
  const problems = new Problems(file);
  const warnings: Warning[] = [];
  const { dateIdx, planStart } = findZones(lines);
  if (planStart < 0) {
    problems.add(
      1,
      'no commitments found: no numbered line (一、 （一） 1. （1） 第一条 …) opens a plan',
    );
    problems.throwIfAny();
  }

  // Header and notice body.
  const headEnd = dateIdx >= 0 ? dateIdx : planStart;
  const header = readHeader(zone(lines, 0, headEnd), raw, problems);
  const { body, signature } = splitSignature(header.body);
  const notice = joinPageBreaks(body.filter((l) => !isStampLine(l.text) || dateIdx < 0));
  const intro =
    dateIdx >= 0 ? readIntro(zone(lines, dateIdx + 1, planStart)) : { attachment: null, joins: 0 };

  // Outline of the plan.
  const planLines = zone(lines, planStart, lines.length);
  const outline = outlineOf(planLines, raw, warnings);
  const full = (l: LogicalLine) => lines[l.line - 1]!;
  const stats = { rules: 0 };
  const readings = new Map<Entry, EntryReading>();
  for (const e of outline.entries) readings.set(e, readEntry(e, stats));
  hoistSubpointUnits(outline.entries, readings);
  const carries = (e: Entry) => carriesUnits(readings.get(e)!);
  const level = commitmentLevel(outline.entries, carries);
  if (!level) {
    problems.add(
      planLines[0]?.line ?? 1,
      'no commitments found: no numbered entry names its units (牵头单位：… 责任单位：… or （X负责）)',
    );
    problems.throwIfAny();
  }
  const nodes = itemsOf(outline.roots, level!, carries);
  if (nodes.length === 0) {
    problems.add(planLines[0]?.line ?? 1, 'no commitments found');
    problems.throwIfAny();
  }

  const yearOf = (d: string | null) => (d ? Number(d.slice(0, 4)) : undefined);
  const date = (dateIdx >= 0 ? dateOfLine(lines[dateIdx]!) : null) ?? header.titleDate;
  const year = yearOf(date) ?? Number(/(\d{4})年/u.exec(header.title)?.[1]) ?? undefined;
  const rules = readNoticeRules(zone(lines, 0, lines.length));

  // Items.
  const items: ParsedItem[] = [];
  let multiLineTexts = 0;
  const itemEntries = new Set<Entry>();
  nodes.forEach((node, k) => {
    const number = k + 1;
    const what = `item ${number} (${node.entry.label})`;
    const r = readings.get(node.entry)!;
    itemEntries.add(node.entry);
    const own = commitmentOf(r, { what, year, warnings });
    const subitems: ParsedSubitem[] = [];
    let text = own.text;
    for (const s of node.subentries) {
      itemEntries.add(s);
      const sr = readings.get(s)!;
      if (carriesUnits(sr)) {
        const c = commitmentOf(sr, { what: `${what} ${subLabel(s)}`, year, warnings });
        subitems.push({ label: subLabel(s), ...c });
        if (textParagraphs(s, sr, full) > 1) multiLineTexts++;
      } else text += s.label + sr.text;
    }
    if (textParagraphs(node.entry, r, full) > 1) multiLineTexts++;
    const all: Commitment[] = [
      ...(carriesUnits(r) || subitems.length === 0 ? [own] : []),
      ...subitems,
    ];
    const latest = all.reduce((a, b) =>
      deadlineKey(b.deadline) > deadlineKey(a.deadline) ? b : a,
    );
    const union = (pick: (c: Commitment) => string[]) => [...new Set(all.flatMap(pick))];
    let leadUnits = union((c) => c.leadUnits);
    let responsibleUnits = union((c) => c.responsibleUnits);
    let unitLabels = {
      lead: all.find((c) => c.unitLabels.lead)?.unitLabels.lead ?? null,
      responsible: all.find((c) => c.unitLabels.responsible)?.unitLabels.responsible ?? null,
    };
    let deadline: Deadline = latest.deadline;
    let deadlineText = latest.deadlineText;
    let deadlineLabel = latest.deadlineLabel;
    if (leadUnits.length + responsibleUnits.length === 0 && node.inheritsFrom) {
      const g = commitmentOf(readings.get(node.inheritsFrom)!, { what, year, warnings: [] });
      leadUnits = g.leadUnits;
      responsibleUnits = g.responsibleUnits;
      unitLabels = g.unitLabels;
      if (deadline.kind === 'none') {
        deadline = g.deadline;
        deadlineText = g.deadlineText;
        deadlineLabel = g.deadlineLabel;
      }
    }
    if (leadUnits.length === 0 && responsibleUnits.length > 0) {
      if (rules.firstIsLead !== null) {
        leadUnits = responsibleUnits.slice(0, 1);
        responsibleUnits = responsibleUnits.slice(1);
        unitLabels = { lead: unitLabels.responsible, responsible: unitLabels.responsible };
      }
    }
    for (const inc of rules.includedAfter)
      if (inc.line < node.entry.head.line)
        for (const u of ruleUnits(inc.units))
          if (!responsibleUnits.includes(u) && !leadUnits.includes(u)) responsibleUnits.push(u);
    if (leadUnits.length + responsibleUnits.length === 0)
      warnings.push({ line: node.entry.head.line, message: `${what} names no unit` });
    items.push({
      number,
      label: node.entry.label,
      indicator: 0,
      text,
      leadUnits,
      responsibleUnits,
      deadline,
      deadlineText,
      deadlineLabel,
      unitLabels,
      subitems,
      source: {
        line: node.entry.head.line,
        endLine: Math.max(r.endLine, ...node.subentries.map((s) => readings.get(s)!.endLine)),
      },
    });
  });
  const last = nodes[nodes.length - 1]!;
  void last;

  // Groups: the outermost heading level that splits the items into more than one group.
  const pathOf = (e: Entry) => {
    const p: Entry[] = [];
    for (let x: Entry | null = e.parent; x; x = x.parent) p.unshift(x);
    return p;
  };
  const paths = nodes.map((n) => pathOf(n.entry));
  const maxDepth = Math.max(0, ...paths.map((p) => p.length));
  let depth = 0;
  for (let d = 0; d < maxDepth; d++) {
    const groups = new Set(paths.map((p, k) => p[d] ?? nodes[k]!.entry));
    if (groups.size >= 2) {
      depth = d;
      break;
    }
  }
  const indicators: ParsedIndicator[] = [];
  const groupOf = new Map<Entry | null, number>();
  nodes.forEach((n, k) => {
    const g = paths[k]![depth] ?? (paths[k]!.length === 0 ? null : n.entry);
    let num = groupOf.get(g);
    if (num === undefined) {
      num = indicators.length + 1;
      groupOf.set(g, num);
      const title = g ? groupTitle(g, readings.get(g)!) : (intro.attachment?.title ?? header.title);
      indicators.push({
        number: num,
        title,
        items: [],
        source: g
          ? { line: g.head.line, endLine: g.head.line }
          : { line: items[k]!.source.line, endLine: items[k]!.source.line },
      });
    }
    const ind = indicators[num - 1]!;
    items[k]!.indicator = num;
    ind.items.push(items[k]!.number);
    ind.source.endLine = Math.max(ind.source.endLine, items[k]!.source.endLine);
  });

  // Top-level sections without items: the plan's own paragraphs (总体要求, 保障措施 …).
  const sections: ParsedSection[] = [];
  let joins = notice.joins + intro.joins;
  for (const root of outline.roots) {
    const sub = [root, ...descendants(root)];
    if (sub.some((e) => itemEntries.has(e))) {
      for (const e of sub) {
        if (itemEntries.has(e)) {
          joins += countJoins(e, full);
          continue;
        }
        // A group's title is its heading (wrapped over lines up to its sentence end); more is lost text.
        const extra = ownLines(e).slice(headingLines(e).length);
        if (extra.length > 0 && !carries(e))
          warnings.push({
            line: extra[0]!.line,
            message: `text under heading ${e.label} belongs to no item: "${extra[0]!.text.slice(0, 30)}"`,
          });
      }
      continue;
    }
    const ls: LogicalLine[] = [];
    for (const e of sub.slice(1)) ls.push({ ...e.head, text: full(e.head) }, ...e.body);
    const joinedLs = joinPageBreaks([...root.body, ...ls]);
    joins += joinedLs.joins;
    sections.push({
      number: root.mark.numeral,
      title: root.mark.rest || root.body[0]?.text || '',
      paragraphs: paragraphsOf(root.mark.rest ? joinedLs.lines : joinedLs.lines.slice(1)),
    });
  }
  if (outline.preamble.length > 0)
    warnings.push({
      line: outline.preamble[0]!.line,
      message: `text before the plan's first numbered line: "${outline.preamble[0]!.text.slice(0, 30)}"`,
    });

  problems.throwIfAny();
  const titleIssuers =
    header.titleIssuers.length === 1 && /等$/u.test(header.titleIssuers[0]!)
      ? []
      : header.titleIssuers;
  const signers = signature
    .filter((s) => !/^[（(][^）)]*[）)]$/u.test(s))
    .map((s) => s.replace(/[（(]代章[）)]$/u, ''));
  return {
    document: {
      title: header.title,
      docNumber: header.docNumber,
      issuers: titleIssuers.length > 0 ? titleIssuers : signers,
      date,
      addressees: header.addressees,
      attachment: intro.attachment && { ...intro.attachment, sections },
    },
    sections: sectionsOf(notice.lines),
    indicators,
    items,
    warnings: warnings.sort((a, b) => a.line - b.line),
    joins,
    unitListRules: stats.rules,
    multiLineTexts,
  };
}

/**
 * The lines of a group's heading: its first line, and the next ones while the heading has not
 * ended a sentence and stays heading-sized (a long heading wrapped like the text around it).
 */
function headingLines(g: Entry): LogicalLine[] {
  const own = ownLines(g);
  const out = own.slice(0, 1);
  let t = out[0]?.text ?? '';
  for (const l of own.slice(1)) {
    if (/[。；！？]$/u.test(t) || [...t].length + [...l.text].length > 80) break;
    if (!/[。；]$/u.test(l.text) && [...l.text].length > 30) break;
    out.push(l);
    t += l.text;
  }
  return /[。；]$/u.test(t) || out.length === 1 ? out : out.slice(0, 1);
}

/** A group's title: its heading text (or the line after a lone number), without a closing 。 */
function groupTitle(g: Entry, r: EntryReading): string {
  const t = headingLines(g)
    .map((l) => l.text)
    .join('');
  const own = r.found && g.head.text !== '' ? r.text : t;
  return (own.length < t.length ? own : t).replace(/[。；;]$/u, '');
}
