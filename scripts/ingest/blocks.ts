/**
 * Step 3a: where an entry's units are written. In the text of one entry (its lines joined), the
 * unit block is one of:
 * - inline: a bracket of any kind opening right before a label, at the end of the task:
 *   `…。（牵头单位：…；配合单位：…；完成时限：…）`, `(责任单位:…)`, `〔…〕`, `［…］`;
 * - lines: labels starting a line (or a sentence) after the task, to the end of the entry:
 *   `牵头单位：…` / `责任单位：…` / `完成时限：…`;
 * - unlabelled: a bracket at the end whose every segment says a role or a deadline:
 *   `（X牵头，Y配合）`, `（X负责，完成时限：…）`, `（X牵头，Y按职责分工负责）`.
 * A bracket that never closes ends with the text (a warning). Label words without a colon, or
 * inside a sentence, are text.
 */
import { LABEL_RE, rolePhrase, splitUnits, isSentenceLike } from './units.ts';

const LABEL_ONE = new RegExp(LABEL_RE.source, 'u');
const OPENERS = '（(〔［[【';
const CLOSERS = '）)〕］]】';

export interface FoundBlock {
  form: 'inline' | 'lines' | 'unlabelled';
  /** The task text without the block (trailing punctuation after the block dropped). */
  text: string;
  /** What the block says, without its brackets. */
  block: string;
  /** Offset of the block in the joined text (for its line). */
  start: number;
  /** The bracket was never closed: the block runs to the end of the text. */
  unclosed: boolean;
  /** Text after the block's closing bracket that is more than punctuation. */
  after: string;
}

/** For each opener its closer's index (−1 when never closed), and the depth before each char. */
function brackets(text: string): { close: Map<number, number>; depth: number[] } {
  const close = new Map<number, number>();
  const depth: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    depth.push(stack.length);
    const ch = text[i]!;
    if (OPENERS.includes(ch)) {
      stack.push(i);
      close.set(i, -1);
    } else if (CLOSERS.includes(ch) && stack.length > 0) close.set(stack.pop()!, i);
  }
  return { close, depth };
}

const onlyPunctuation = (s: string) => /^[\s。；;，,、.]*$/u.test(s);

/**
 * The unit block of an entry's text, or null when it has none.
 * @param lineStarts offsets in `text` where a source line starts
 */
export function findUnitBlock(text: string, lineStarts: ReadonlySet<number>): FoundBlock | null {
  const { close, depth } = brackets(text);
  let lines: FoundBlock | null = null;
  let inlineWithAfter: FoundBlock | null = null;
  for (const m of text.matchAll(LABEL_RE)) {
    const p = m.index;
    let o = p - 1;
    while (o >= 0 && /\s/u.test(text[o]!)) o--;
    if (o >= 0 && OPENERS.includes(text[o]!)) {
      const c = close.get(o) ?? -1;
      const found: FoundBlock = {
        form: 'inline',
        text: text.slice(0, o).trimEnd(),
        block: text.slice(o + 1, c < 0 ? text.length : c),
        start: o,
        unclosed: c < 0,
        after: c < 0 ? '' : text.slice(c + 1).trim(),
      };
      if (c < 0 || onlyPunctuation(text.slice(c + 1))) {
        found.after = '';
        return found;
      }
      inlineWithAfter ??= found;
    } else if (
      !lines &&
      depth[p] === 0 &&
      (p === 0 || lineStarts.has(p) || /[。；;]\s*$/u.test(text.slice(Math.max(0, p - 2), p)))
    ) {
      lines = {
        form: 'lines',
        text: text.slice(0, p).trimEnd(),
        block: text.slice(p),
        start: p,
        unclosed: false,
        after: '',
      };
    }
  }
  if (lines) return endLinesBlock(text, lines, lineStarts);
  if (inlineWithAfter) return inlineWithAfter;
  return unlabelled(text, close);
}

/**
 * Labels on lines of their own run to the end of the entry, unless a later line that starts no
 * label opens a sentence (`各级各部门要…`): the closing paragraph after the last task, not a unit.
 */
function endLinesBlock(
  text: string,
  found: FoundBlock,
  lineStarts: ReadonlySet<number>,
): FoundBlock {
  const starts = [...lineStarts].filter((s) => s > found.start).sort((a, b) => a - b);
  const labels = [...text.matchAll(LABEL_RE)].map((m) => [m.index, m.index + m[0].length]);
  for (const [k, s] of starts.entries()) {
    const rest = text.slice(s);
    const line = text.slice(s, starts[k + 1] ?? text.length);
    // A label starts here, or a label broken over the line end (`完成` / `时限：`) runs through it.
    if (labels.some(([a, b]) => a! <= s && s < b!)) continue;
    const piece = /^[^、，；,;。]*/u.exec(line)![0];
    if (isSentenceLike(piece) || /^[（(][^）)]*[）)]$/u.test(rest.trim())) {
      return {
        ...found,
        block: text.slice(found.start, s),
        after: rest.trim(),
      };
    }
  }
  return found;
}

/** `（X牵头，Y配合，完成时限：…）` at the end of the text. */
function unlabelled(text: string, close: Map<number, number>): FoundBlock | null {
  const end = text.replace(/[\s。；;，,]+$/u, '');
  const last = end.length - 1;
  if (last < 0 || !CLOSERS.includes(end[last]!)) return null;
  let o = -1;
  for (const [open, c] of close) if (c === last) o = open;
  if (o < 0) return null;
  const inner = text.slice(o + 1, last);
  if (!readsAsRoles(inner)) return null;
  return {
    form: 'unlabelled',
    text: text.slice(0, o).trimEnd(),
    block: inner,
    start: o,
    unclosed: false,
    after: '',
  };
}

/** Every segment says a role (`X牵头`, `X负责`, `X配合`) or a deadline label; at least one role. */
export function readsAsRoles(inner: string): boolean {
  const segments = inner.split(/[，,；;]/u).map((s) => s.trim());
  let roles = 0;
  for (const s of segments) {
    if (s === '') continue;
    if (LABEL_ONE.test(s)) {
      if (/^(完成|整改)?(时限|时间|期限)/u.test(s)) continue;
      return false;
    }
    if (
      /^\d{4}年.*(月|底|末|季度|半年)(底|末)?(前|之前)?(完成)?$/u.test(s) ||
      /^(长期坚持|持续推进)$/u.test(s)
    )
      continue;
    const r = rolePhrase(s);
    if (!r) return false;
    const names = splitUnits(r.rest);
    if (names.length === 0 || names.some(isSentenceLike)) return false;
    roles++;
  }
  return roles > 0;
}
