/**
 * Step 1 of the parse: the outline. Every numbered line of the plan (`一、` `（一）` `(一)` `1.` `1．`
 * `1﹒` `（1）` `(1)` `第一条`) becomes an entry with its marker kind, its depth and its lines; the
 * unnumbered lines after it are its body. A line only opens an entry when its number continues a
 * sequence: the next sibling of an open entry of its kind, a 1 that opens a new level, or the next
 * number of its kind when a plan numbers straight through its sections (`1.`–`71.` across `（一）`…).
 * So `1000、` inside a sentence, `2022` in brackets or `30.5` are text. What is ambiguous is a warning.
 */
import { parseChineseNumeral } from './numerals.ts';
import type { Entry, LogicalLine, Mark, MarkKind, Warning } from './types.ts';

const CN = '[零〇一二三四五六七八九十百千两]+';
const DUN_RE = new RegExp(`^(${CN})[、，,.．](.*)$`, 'u');
const CN_PAREN_RE = new RegExp(`^[（(](${CN})[）)](.*)$`, 'u');
const NUM_PAREN_RE = /^[（(](\d{1,3})[）)](.*)$/u;
const NUM_DOT_RE = /^(\d{1,5})[.．﹒、](?![.．])(\s?)(.*)$/u;
const ARTICLE_RE = new RegExp(`^第(${CN})条\\s*(.*)$`, 'u');

/** A candidate mark: what a line opens with, before its number is checked against the sequence. */
export interface Candidate extends Mark {
  /** `2.5G…`, `2.2023年…`: the rest opens with a digit right after the dot. */
  glued: boolean;
}

/** `一、…` / `（一）…` / `1.…` / `（1）…` / `第一条…` → its mark, or null for any other line. */
export function markOf(text: string): Candidate | null {
  let m: RegExpExecArray | null;
  if ((m = ARTICLE_RE.exec(text)))
    return mk('article', m[1]!, parseChineseNumeral(m[1]!), m[2]!, false);
  if ((m = DUN_RE.exec(text))) {
    // `一、` only: `一，` or `一.` after a numeral is too rare a heading and too common in text.
    if (!/^[零〇一二三四五六七八九十百千两]+、/u.test(text)) return null;
    return mk('cn-dun', m[1]!, parseChineseNumeral(m[1]!), m[2]!, false);
  }
  if ((m = CN_PAREN_RE.exec(text)))
    return mk('cn-paren', m[1]!, parseChineseNumeral(m[1]!), m[2]!, false);
  if ((m = NUM_PAREN_RE.exec(text))) return mk('num-paren', m[1]!, Number(m[1]), m[2]!, false);
  if ((m = NUM_DOT_RE.exec(text))) {
    const glued = m[2] === '' && /^\d/u.test(m[3]!);
    return mk('num-dot', m[1]!, Number(m[1]), m[3]!, glued);
  }
  return null;
}

function mk(kind: MarkKind, numeral: string, value: number, rest: string, glued: boolean) {
  return { kind, numeral, value, rest: rest.trim(), glued };
}

/** The numbering as the raw line writes it: `1.`, `1．`, `（三）`, `(1)`, `第二条`. */
export function labelAsWritten(raw: string, m: Mark): string {
  const t = raw.replace(/^[\s\u3000]+/u, '');
  const re =
    m.kind === 'article'
      ? /^第\s*\S+?\s*条/u
      : m.kind === 'cn-dun'
        ? /^\S+?、/u
        : m.kind === 'num-dot'
          ? /^[\d０-９]+\s*[.．﹒、]/u
          : /^[（(]\s*\S+?\s*[）)]/u;
  const hit = re.exec(t);
  return hit ? hit[0].replace(/\s+/gu, '') : m.kind === 'num-dot' ? `${m.numeral}.` : m.numeral;
}

/** Whether a line ends so that the next one may start a new entry. */
const endsClause = (text: string) => /[。；;：:！？）)]$/u.test(text);

export interface Outline {
  /** Lines before the first entry (the plan's preamble). */
  preamble: LogicalLine[];
  /** Top-level entries. */
  roots: Entry[];
  /** Every entry in document order. */
  entries: Entry[];
}

/**
 * @param lines the plan's non-blank lines, normalised
 * @param raw the lines before normalisation, by line number − 1 (for labels as written)
 */
export function outlineOf(
  lines: readonly LogicalLine[],
  raw: readonly string[],
  warnings: Warning[],
): Outline {
  const preamble: LogicalLine[] = [];
  const roots: Entry[] = [];
  const entries: Entry[] = [];
  const stack: Entry[] = [];
  const lastOfKind = new Map<MarkKind, number>();
  let prevText = '';
  for (const l of lines) {
    const c = markOf(l.text);
    const at = c ? accept(c, stack, lastOfKind) : null;
    let open = at !== null;
    if (c && open && c.glued) {
      const year = /^\d{4}年/u.test(c.rest);
      if (!year && prevText !== '' && !endsClause(prevText)) {
        // `3.5 个工作日` continuing a sentence is a decimal, not item 3.
        open = false;
        warnings.push({
          line: l.line,
          message: `"${l.text.slice(0, 12)}" at a line start is read as a number in the text, not as entry ${c.numeral}`,
        });
      } else
        warnings.push({
          line: l.line,
          message: year
            ? `entry ${c.numeral}. is glued to a year: read as ${c.numeral}. followed by "${c.rest.slice(0, 8)}"`
            : `"${l.text.slice(0, 12)}" is read as entry ${c.numeral}. followed by "${c.rest.slice(0, 8)}"`,
        });
    }
    if (c && open && at !== null) {
      const sibling = stack[at]?.mark.kind === c.kind ? stack[at]!.mark.value : undefined;
      const before = sibling ?? (c.value > 1 ? lastOfKind.get(c.kind) : undefined);
      if (before !== undefined && c.value === before)
        warnings.push({ line: l.line, message: `entry ${c.numeral} is numbered twice` });
      else if (before !== undefined && c.value === before + 2)
        warnings.push({
          line: l.line,
          message: `entry ${c.numeral} follows ${before}: the entry between them is missing`,
        });
      stack.length = at;
      const parent = stack[at - 1] ?? null;
      const e: Entry = {
        mark: { kind: c.kind, numeral: c.numeral, value: c.value, rest: c.rest },
        label: labelAsWritten(raw[l.line - 1] ?? l.text, c),
        depth: at,
        level: `${c.kind}@${at}`,
        parent,
        children: [],
        head: { ...l, text: c.rest },
        body: [],
      };
      if (parent) parent.children.push(e);
      else roots.push(e);
      entries.push(e);
      stack.push(e);
      lastOfKind.set(c.kind, c.value);
    } else {
      const cur = stack[stack.length - 1];
      if (cur) cur.body.push(l);
      else preamble.push(l);
    }
    prevText = l.text;
  }
  return { preamble, roots, entries };
}

/**
 * Where a candidate goes in the open stack, or null when its number continues no sequence:
 * - the next sibling of the open entry of its kind (or a skip of one, warned by the caller's
 *   numbering check);
 * - a new level under the innermost entry when it is 1, or the next number of its kind (a plan
 *   that numbers straight through its sections).
 */
function accept(c: Candidate, stack: readonly Entry[], lastOfKind: Map<MarkKind, number>) {
  if (!Number.isFinite(c.value) || c.value < 1) return null;
  const i = stack.findIndex((e) => e.mark.kind === c.kind);
  if (i >= 0) {
    const v = stack[i]!.mark.value;
    if (c.value === v + 1 || c.value === v + 2 || (c.value === v && c.value > 1)) return i;
    return null;
  }
  if (c.value === 1) return stack.length;
  const last = lastOfKind.get(c.kind);
  if (last !== undefined && (c.value === last + 1 || c.value === last + 2)) return stack.length;
  // A top-level heading `二、` after headings of other kinds: a new section.
  if (c.kind === 'cn-dun' && last !== undefined && c.value === last + 1) return 0;
  return null;
}

/** The entry's text: its heading line and body joined (page breaks inside words repaired). */
export function joinLines(parts: readonly string[]): string {
  let out = '';
  for (const p of parts) {
    out += /[A-Za-z]$/u.test(out) && /^[A-Za-z]/u.test(p) ? ` ${p}` : p;
  }
  return out;
}

/** The entry's own lines (head and body) in order, without its children. */
export function ownLines(e: Entry): LogicalLine[] {
  return e.head.text === '' ? e.body : [e.head, ...e.body];
}

/** Every line of an entry's subtree, the numbered lines with their marks, in order. */
export function subtreeLines(
  e: Entry,
  lines: (l: LogicalLine, e: Entry) => LogicalLine,
): LogicalLine[] {
  const out: LogicalLine[] = [lines(e.head, e), ...e.body];
  for (const c of e.children) out.push(...subtreeLines(c, lines));
  return out;
}
