/**
 * Units and deadlines: the `牵头单位：…。责任单位：…。完成时限：….` blocks, read into labels, lists of
 * department names as written, and a deadline.
 */
import type { Deadline } from '../../src/schemas/model.ts';
import { LABELS, ONGOING, type LabelRole } from './data/labels.ts';

const labelAlternation = Object.keys(LABELS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A label followed by a colon (normalisation has made colons full-width). */
export const LABEL_RE = new RegExp(`(${labelAlternation})：`, 'gu');
/** The opening bracket of a unit block written inline: `（牵头单位：`, `(责任单位:`. */
export const INLINE_UNITS_RE = new RegExp(`[（(](?=(?:${labelAlternation})[：:])`, 'gu');
/** A line that starts with a label. */
export const LABEL_LINE_RE = new RegExp(`^(${labelAlternation})：`, 'u');

export interface UnitBlock {
  lead: { label: string; names: string[] } | null;
  responsible: { label: string; names: string[] } | null;
  deadline: { label: string; text: string } | null;
  /** Problems found, as messages (the caller adds the location). */
  problems: string[];
}

/** Splits `牵头单位：A、B。责任单位：C。完成时限：2020年6月。` into its labelled parts. */
export function readUnitBlock(block: string, stats?: { rules: number }): UnitBlock {
  const out: UnitBlock = { lead: null, responsible: null, deadline: null, problems: [] };
  const marks = [...block.matchAll(LABEL_RE)];
  if (block.trim() === '') return out;
  if (marks.length === 0 || marks[0]!.index !== 0) {
    out.problems.push(`expected a unit or deadline label at ${JSON.stringify(block.slice(0, 20))}`);
    if (marks.length === 0) return out;
  }
  marks.forEach((m, i) => {
    const label = m[1]!;
    const start = m.index + m[0].length;
    const end = i + 1 < marks.length ? marks[i + 1]!.index : block.length;
    const value = block
      .slice(start, end)
      .replace(/^[\s：]+/u, '')
      .replace(/[\s。；;，,]+$/u, '');
    const role: LabelRole = LABELS[label]!;
    if (role === 'deadline') {
      if (out.deadline) out.problems.push(`a second deadline label ${label}`);
      out.deadline = { label, text: value };
      return;
    }
    const names = splitUnits(value, stats);
    if (names.length === 0) out.problems.push(`${label} names no unit`);
    const slot = out[role];
    if (slot) slot.names.push(...names);
    else out[role] = { label, names };
  });
  return out;
}

/** Brackets and quotes inside which a list separator does not split. */
const OPEN = '“‘（《〈「(';
const CLOSE = '”’）》〉」)';

const BRACKETED = /[“‘（《〈「(”’）》〉」)]/u;

/** Positions of `text` at bracket depth 0 (outside quotes and parentheses). */
function depthZero(text: string): boolean[] {
  const out: boolean[] = [];
  let depth = 0;
  for (const ch of text) {
    if (OPEN.includes(ch)) {
      out.push(depth === 0);
      depth++;
    } else if (CLOSE.includes(ch)) {
      depth = Math.max(0, depth - 1);
      out.push(depth === 0);
    } else out.push(depth === 0);
  }
  return out;
}

/** How a department name ends: what the left side of `A等B` / `A及B` must look like to be a name. */
const NAME_END =
  /(局|委|办|厅|部|院|馆|中心|支行|海关|公司|企业|区|县|部门|单位|机构|政府|委员会|小组|监委|办公室|站|所|队|会)$/u;

/**
 * A unit list as written → single names, in order, duplicates removed.
 * - separators 、，；, outside quotes and brackets;
 * - `各开发区、县（市）区` is two units, 各开发区 and 各县（市）区;
 * - `A等B` and `A及B` name A and B when A ends like a department name;
 * - a name inside quotes is never split.
 */
export function splitUnits(value: string, stats?: { rules: number }): string[] {
  const text = value.replace(/各开发区、县（市）区/gu, '各开发区、各县（市）区');
  if (!BRACKETED.test(text) && !/[等及]/u.test(text)) {
    // The common case: no quotes, brackets or conjunctions; plain separators only.
    const names = text
      .split(/[、，；,;]/u)
      .map((n) => n.trim())
      .filter(Boolean);
    if (stats && text !== value) stats.rules++;
    return [...new Set(names)];
  }
  const chars = [...text];
  const zero = depthZero(text);
  const pieces: string[] = [];
  let cur = '';
  chars.forEach((ch, i) => {
    if (zero[i] && '、，；,;'.includes(ch)) {
      pieces.push(cur);
      cur = '';
    } else cur += ch;
  });
  pieces.push(cur);
  const names: string[] = [];
  let conjunctions = 0;
  for (const piece of pieces) {
    const split = splitConjunctions(piece.trim());
    if (split.length > 1) conjunctions++;
    for (const n of split) if (n) names.push(n);
  }
  if (stats && (text !== value || conjunctions > 0)) stats.rules++;
  return [...new Set(names)];
}

/** `A等B` / `A及B` → [A, B] when A ends like a name (so 涉及部门 and 高等院校 stay whole). */
export function splitConjunctions(name: string): string[] {
  if (!/[等及]/u.test(name)) return [name];
  const chars = [...name];
  const zero = depthZero(name);
  for (let i = 1; i < chars.length - 1; i++) {
    if (!zero[i] || !'等及'.includes(chars[i]!)) continue;
    const left = chars.slice(0, i).join('');
    if (NAME_END.test(left)) return [left, ...splitConjunctions(chars.slice(i + 1).join(''))];
  }
  return [name];
}

export type DeadlineReading = { deadline: Deadline } | { error: string };

const ONGOING_RE = new RegExp(`^(?:${ONGOING.join('|')})$`, 'u');
const ONGOING_TAIL_RE = new RegExp(`(?:并|，)?(?:${ONGOING.join('|')})$`, 'u');

/**
 * A deadline as written → the model's deadline. `2020年6月`, `2023年6月底前`, `2023年12月30日`,
 * `2020年底`, `持续推进`, `2023年6月底前并长期坚持` (the date is the deadline; the rest is kept in
 * deadlineText). Anything else is an error: a deadline that does not read as a date is not guessed.
 */
export function readDeadline(text: string): DeadlineReading {
  const t = text.replace(/\s+/gu, '');
  if (ONGOING_RE.test(t)) return { deadline: { kind: 'ongoing' } };
  const core = t.replace(ONGOING_TAIL_RE, '');
  let m = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:前|之前)?$/u.exec(core);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (month < 1 || month > 12 || day < 1 || day > last)
      return { error: `deadline ${JSON.stringify(text)} is not a real date` };
    return { deadline: { kind: 'date', year, month, day } };
  }
  m = /^(\d{4})年(\d{1,2})月(?:底|末|中旬|上旬|下旬)?(?:前|之前)?$/u.exec(core);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12)
      return { error: `deadline ${JSON.stringify(text)} has no month ${month}` };
    return { deadline: { kind: 'month', year, month } };
  }
  m = /^(\d{4})年(?:年)?(?:底|末)(?:前|之前)?$/u.exec(core);
  if (m) return { deadline: { kind: 'month', year: Number(m[1]), month: 12 } };
  return {
    error: `deadline ${JSON.stringify(text)} does not read as a date, a month or an ongoing term (${ONGOING.join('、')})`,
  };
}

/** Sort key of a deadline: ongoing is later than any date. */
export function deadlineKey(d: Deadline): number {
  if (d.kind === 'ongoing') return Number.POSITIVE_INFINITY;
  const day = d.kind === 'date' ? d.day : 32;
  return d.year * 10000 + d.month * 100 + day;
}
