/**
 * Step 3b: units and deadlines. A unit block as found by blocks.ts (`牵头单位：…；配合单位：…；完成时
 * 限：…`, or unlabelled `X牵头，Y配合，完成时限：…`) → labels, lists of department names as written,
 * a deadline; what follows the block inside it (a notice rule, a note) is handed back as `trailing`.
 */
import type { Deadline } from '../../src/schemas/model.ts';
import { LABELS, ONGOING, ROLE_WORDS, type LabelRole } from './data/labels.ts';

const labelAlternation = Object.keys(LABELS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A label followed by a colon, full- or half-width. */
export const LABEL_RE = new RegExp(`(${labelAlternation})\\s*[：:]`, 'gu');
/** A line that starts with a label. */
export const LABEL_LINE_RE = new RegExp(`^(${labelAlternation})\\s*[：:]`, 'u');

export interface UnitBlock {
  lead: { label: string; names: string[] } | null;
  responsible: { label: string; names: string[] } | null;
  deadline: { label: string; text: string } | null;
  /** Text inside the block after its last value's sentence (a notice rule, a note). */
  trailing: string;
  /** Problems found, as messages (the caller adds the location). */
  problems: string[];
}

/** Brackets and quotes inside which a list separator does not split. */
const OPEN = '“‘（《〈「(〔［[【';
const CLOSE = '”’）》〉」)〕］]】';
const BRACKETED = /[“‘（《〈「(〔［[【”’）》〉」)〕］\]】]/u;

/** Positions of `text` (by UTF-16 index) at bracket depth 0 (outside quotes and brackets). */
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
    if (ch.length === 2) out.push(out[out.length - 1]!);
  }
  return out;
}

/** Index of the first `chars` at depth 0, or -1. */
function firstAtDepthZero(text: string, chars: string, from = 0): number {
  const zero = depthZero(text);
  for (let i = from; i < text.length; i++) if (zero[i] && chars.includes(text[i]!)) return i;
  return -1;
}

/** Pieces of `text` split at depth-0 `chars`. */
function splitAtDepthZero(text: string, chars: string): string[] {
  const zero = depthZero(text);
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    if (zero[i] && chars.includes(text[i]!)) {
      out.push(cur);
      cur = '';
    } else cur += text[i];
  }
  out.push(cur);
  return out;
}

const trimValue = (v: string) =>
  v.replace(/^[\s：:，,；;、]+/u, '').replace(/[\s。；;，,、]+$/u, '');

/**
 * A "unit" that is really a sentence: longer than any body's name (30 characters; the longest
 * real ones, `具有行政强制权和财产登记、保管职能的政府部门和单位`, have 27), or with the marks and
 * words of a sentence (。！？：, 要, 应当, 确保 …).
 */
export function isSentenceLike(name: string): boolean {
  return (
    [...name].length > 30 ||
    /[。！？：:]/u.test(name) ||
    /(要|应当|务必|确保|不再列出|以下|均包含)/u.test(name)
  );
}

/** `X牵头` → { role: 'lead', names: X }; null when the segment ends with no role word. */
export function rolePhrase(segment: string): { role: 'lead' | 'responsible'; rest: string } | null {
  for (const [word, role] of ROLE_WORDS)
    if (segment.endsWith(word) && segment.length > word.length)
      return { role, rest: segment.slice(0, -word.length) };
  return null;
}

/** Splits `牵头单位：A、B。责任单位：C。完成时限：2020年6月。` into its labelled parts. */
export function readUnitBlock(block: string, stats?: { rules: number }): UnitBlock {
  const out: UnitBlock = {
    lead: null,
    responsible: null,
    deadline: null,
    trailing: '',
    problems: [],
  };
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
    let value = block.slice(start, end);
    // A value ends at its first full stop; what follows (inside the last value only) is not a unit.
    const stop = firstAtDepthZero(value, '。');
    if (stop >= 0 && trimValue(value.slice(stop + 1)) !== '') {
      out.trailing += value.slice(stop + 1);
      value = value.slice(0, stop);
    }
    value = trimValue(value);
    const role: LabelRole = LABELS[label]!;
    if (role === 'deadline') {
      if (out.deadline) out.problems.push(`a second deadline label ${label}`);
      out.deadline = { label, text: value.replace(/^[（(]([^（）()]*)[）)]?$/u, '$1') };
      return;
    }
    addUnits(out, role, label, value, stats);
  });
  out.trailing = trimValue(out.trailing);
  return out;
}

/**
 * The units of one labelled value: segments that say their role (`省发展改革委牵头，省各有关部门按职责
 * 分工负责`) go to that role; a sentence at the end is cut off into `trailing`.
 */
function addUnits(
  out: UnitBlock,
  role: 'lead' | 'responsible',
  label: string,
  value: string,
  stats?: { rules: number },
): void {
  const push = (r: 'lead' | 'responsible', names: string[]) => {
    const slot = out[r];
    if (slot) slot.names.push(...names.filter((n) => !slot.names.includes(n)));
    else out[r] = { label, names };
  };
  const segments = splitAtDepthZero(value, '，,；;');
  const roled = segments.map((s) => rolePhrase(s.trim()));
  let any = false;
  if (roled.some(Boolean)) {
    segments.forEach((s, k) => {
      const r = roled[k];
      const names = splitUnits(r ? r.rest : s, stats);
      if (names.length > 0) any = true;
      push(r ? r.role : role, names);
    });
  } else {
    const names = splitUnits(value, stats);
    const cut = names.findIndex(isSentenceLike);
    const kept = cut >= 0 ? names.slice(0, cut) : names;
    if (cut >= 0) out.trailing += names.slice(cut).join('，');
    if (kept.length > 0) any = true;
    push(role, kept);
  }
  if (!any) out.problems.push(`${label} names no unit`);
}

/**
 * An unlabelled block, `X牵头，Y按职责分工负责，完成时限：…`: each segment's role word says what
 * its units do; the role word stands as the label.
 */
export function readRoles(inner: string, stats?: { rules: number }): UnitBlock {
  const out: UnitBlock = {
    lead: null,
    responsible: null,
    deadline: null,
    trailing: '',
    problems: [],
  };
  for (const raw of splitAtDepthZero(inner, '，,；;')) {
    const s = trimValue(raw);
    if (s === '') continue;
    const d = /^(完成时限|整改时限|完成时间|时限要求|完成期限)\s*[：:](.*)$/u.exec(s);
    if (d) {
      out.deadline = { label: d[1]!, text: trimValue(d[2]!) };
      continue;
    }
    if (
      /^\d{4}年.*(月|底|末|季度|半年)(底|末)?(前|之前)?(完成)?$/u.test(s) ||
      /^(长期坚持|持续推进)$/u.test(s)
    ) {
      out.deadline = { label: '完成时限', text: s };
      continue;
    }
    const r = rolePhrase(s);
    if (!r) continue;
    const names = splitUnits(r.rest, stats);
    const word = s.slice(r.rest.length);
    const slot = out[r.role];
    if (slot) slot.names.push(...names.filter((n) => !slot.names.includes(n)));
    else out[r.role] = { label: word, names };
  }
  return out;
}

/** How a department name ends: what the left side of `A等B` / `A及B` must look like to be a name. */
const NAME_END =
  /(局|委|办|厅|部|院|馆|中心|支行|分行|海关|公司|企业|区|县|部门|单位|机构|政府|委员会|小组|监委|办公室|站|所|队|会|处|室|科|庭|社|联|团|署|港|段|行|集团|法院|检察院)$/u;

/** `各市`, `各区`: 各 and a level of government, a collective name of its own. */
const COLLECTIVE = /^各.{0,3}[市县区镇乡]$/u;

/**
 * Pieces split at 、 that are not names on their own are one name: `全市供水、燃气企业`,
 * `具有行政强制权和财产登记、保管职能的政府部门和单位`; a trailing 等 (`市大数据局等`) is dropped.
 */
function mergeFragments(pieces: string[]): string[] {
  const out: string[] = [];
  let pending = '';
  for (const [k, p] of pieces.entries()) {
    const cur = pending ? `${pending}、${p}` : p;
    if (
      !NAME_END.test(cur) &&
      !COLLECTIVE.test(cur) &&
      !/[）)”」》]$/u.test(cur) &&
      k < pieces.length - 1
    ) {
      pending = cur;
      continue;
    }
    pending = '';
    out.push(cur);
  }
  if (pending) out.push(pending);
  return out.map((n) => (/.(局|委|厅|处|室|院|部门|单位)等$/u.test(n) ? n.slice(0, -1) : n));
}

/**
 * `各开发区、县（市）区`: 各 and a body, then a name of the next level: 各 applies to both
 * (各开发区, 各县（市）区). `各市、县〔区〕政府`: 各 and a bare level, then the next level and
 * the body's name: both take 各 and the name (各市政府, 各县〔区〕政府).
 */
const SHARED_GE = /各(开发区|[^、，；,;各（）()〔〕]{1,2}[市县区镇乡])、(?=[县区乡镇])/gu;
const SHARED_GE_TAIL =
  /各([市县区])、([县区乡镇](?:[（(〔][^）)〕]*[）)〕])?)([^、，；,;（(〔]{1,12}?)(?=$|[、，；,;])/gu;

/**
 * A unit list as written → single names, in order, duplicates removed.
 * - separators 、，；, outside quotes and brackets;
 * - `各开发区、县（市）区` is two units, 各开发区 and 各县（市）区 (各 applies to both);
 * - `A等B` and `A及B` name A and B when A ends like a department name;
 * - a name inside quotes is never split.
 */
export function splitUnits(value: string, stats?: { rules: number }): string[] {
  const text = value.replace(SHARED_GE_TAIL, '各$1$3、各$2$3').replace(SHARED_GE, '各$1、各');
  if (!BRACKETED.test(text) && !/[等及]/u.test(text)) {
    // The common case: no quotes, brackets or conjunctions; plain separators only.
    const names = text
      .split(/[，；,;]/u)
      .flatMap((n) => mergeFragments(n.split('、').map((x) => x.trim())))
      .filter(Boolean);
    if (stats && text !== value) stats.rules++;
    return [...new Set(names)];
  }
  const pieces = splitAtDepthZero(text, '，；,;').flatMap((g) =>
    mergeFragments(splitAtDepthZero(g, '、').map((x) => x.trim())),
  );
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
    const right = chars.slice(i + 1).join('');
    // `相关政府部门及单位`: a bare 单位 / 部门 on the right is no name of its own.
    if (NAME_END.test(left) && [...right].length > 2) return [left, ...splitConjunctions(right)];
  }
  return [name];
}

export type DeadlineReading = { deadline: Deadline; loose?: string } | { error: string };

const ONGOING_ALT = ONGOING.join('|');
const ONGOING_RE = new RegExp(`^(?:${ONGOING_ALT})$`, 'u');
const ONGOING_TAIL_RE = new RegExp(`(?:并|，|,)?(?:${ONGOING_ALT})$`, 'u');
const QUARTER: Record<string, number> = {
  一: 3,
  二: 6,
  三: 9,
  四: 12,
  '1': 3,
  '2': 6,
  '3': 9,
  '4': 12,
};

/**
 * A deadline as written → the model's deadline. `2020年6月`, `2023年6月底前`, `2023年12月30日`,
 * `2020年底`, `2023年上半年`, `2023年第三季度`, `2023—2025年` (its end), `持续推进`,
 * `2023年6月底前并长期坚持` (the date is the deadline; the rest is kept in deadlineText).
 * With `defaultYear` (the plan's year), a deadline without a year (`上半年`, `6月底前`) or with
 * words around the date is read loosely: `loose` says how. Anything else is an error.
 */
export function readDeadline(text: string, defaultYear?: number): DeadlineReading {
  const t = text.replace(/\s+/gu, '').replace(/^[（(]|[）)]$/gu, '');
  if (ONGOING_RE.test(t)) return { deadline: { kind: 'ongoing' } };
  const core = t.replace(ONGOING_TAIL_RE, '');
  const exact = readExact(core, text);
  if (exact) return exact;
  if (defaultYear !== undefined) {
    const withYear = /^\d{4}年/u.test(core) ? null : readExact(`${defaultYear}年${core}`, text);
    if (withYear && !('error' in withYear))
      return { ...withYear, loose: `read as ${defaultYear} (the plan's year)` };
    // A date inside more words: the latest one written.
    const found = [...core.matchAll(/(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?|(?:年)?(底|末))/gu)];
    if (found.length > 0) {
      const last = found[found.length - 1]!;
      const r = readExact(last[0], text);
      if (r && !('error' in r)) return { ...r, loose: `read from "${last[0]}"` };
    }
    if (new RegExp(ONGOING_ALT, 'u').test(core))
      return { deadline: { kind: 'ongoing' }, loose: 'read as ongoing' };
  }
  return {
    error: `deadline ${JSON.stringify(text)} does not read as a date, a month or an ongoing term (${ONGOING.join('、')})`,
  };
}

function readExact(core: string, text: string): DeadlineReading | null {
  let m = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:前|之前)?$/u.exec(core);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (month < 1 || month > 12 || day < 1 || day > last)
      return { error: `deadline ${JSON.stringify(text)} is not a real date` };
    return { deadline: { kind: 'date', year, month, day } };
  }
  m = /^(\d{4})年(\d{1,2})月(?:份)?(?:底|末|中旬|上旬|下旬)?(?:前|之前)?(?:完成)?$/u.exec(core);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12)
      return { error: `deadline ${JSON.stringify(text)} has no month ${month}` };
    return { deadline: { kind: 'month', year, month } };
  }
  m = /^(\d{4})年(?:年)?(?:底|末|内|年底)(?:前|之前)?(?:完成)?$/u.exec(core);
  if (m) return { deadline: { kind: 'month', year: Number(m[1]), month: 12 } };
  m = /^(\d{4})年(上|下)半年(?:前|之前|底前|末)?(?:完成)?$/u.exec(core);
  if (m) return { deadline: { kind: 'month', year: Number(m[1]), month: m[2] === '上' ? 6 : 12 } };
  m = /^(\d{4})年(?:第)?([一二三四1-4])季度(?:末|底)?(?:前|之前)?(?:完成)?$/u.exec(core);
  if (m) return { deadline: { kind: 'month', year: Number(m[1]), month: QUARTER[m[2]!]! } };
  m = /^(\d{4})(?:年)?[—–\-－~～至到](\d{4})年(?:底|末)?(?:前)?$/u.exec(core);
  if (m) return { deadline: { kind: 'month', year: Number(m[2]), month: 12 } };
  return null;
}

/** Sort key of a deadline: ongoing is later than any date, none earlier than all. */
export function deadlineKey(d: Deadline): number {
  if (d.kind === 'ongoing') return Number.POSITIVE_INFINITY;
  if (d.kind === 'none') return Number.NEGATIVE_INFINITY;
  const day = d.kind === 'date' ? d.day : 32;
  return d.year * 10000 + d.month * 100 + day;
}
