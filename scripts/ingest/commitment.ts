/**
 * Step 3: an entry's text → its task text, units and deadline (with the help of blocks.ts and
 * units.ts). Pure; what is odd is pushed onto `warnings`.
 */
import type { Deadline } from '../../src/schemas/model.ts';
import { findUnitBlock, type FoundBlock } from './blocks.ts';
import { isNoticeRule } from './notice-rules.ts';
import { joinLines, ownLines } from './outline.ts';
import type { Commitment, Entry, LogicalLine, Warning } from './types.ts';
import { readDeadline, readRoles, readUnitBlock, splitUnits, type UnitBlock } from './units.ts';

/** An entry's own text, read: the task and, when it has one, its unit block. */
export interface EntryReading {
  text: string;
  found: FoundBlock | null;
  block: UnitBlock | null;
  /** Line of the block's start. */
  blockLine: number;
  line: number;
  endLine: number;
  /** How many source lines the task text (before its unit block) came from. */
  textLineCount: number;
}

/** Joined text of lines, with the offsets where each line starts and the line at an offset. */
export function joined(lines: readonly LogicalLine[]): {
  text: string;
  starts: Set<number>;
  lineAt: (offset: number) => number;
} {
  const parts = lines.map((l) => l.text);
  const offsets: number[] = [];
  let text = '';
  parts.forEach((p, i) => {
    const next = joinLines([text, p]);
    offsets.push(next.length - p.length);
    text = next;
    void i;
  });
  const lineAt = (off: number) => {
    let k = 0;
    while (k + 1 < offsets.length && offsets[k + 1]! <= off) k++;
    return lines[k]?.line ?? 1;
  };
  return { text, starts: new Set(offsets), lineAt };
}

export function readEntry(e: Entry, stats: { rules: number }): EntryReading {
  const lines = ownLines(e);
  const { text, starts, lineAt } = joined(lines);
  const found = findUnitBlock(text, starts);
  const block = found
    ? found.form === 'unlabelled'
      ? readRoles(found.block, stats)
      : readUnitBlock(found.block, stats)
    : null;
  const last = lines[lines.length - 1] ?? e.head;
  return {
    text: found ? found.text : text,
    found,
    block,
    blockLine: found ? lineAt(found.start) : e.head.line,
    line: e.head.line,
    endLine: last.endLine,
    textLineCount: [...starts].filter((s) => s < (found ? found.start : Infinity)).length,
  };
}

/**
 * Sub-points of one task: `1.加强……，重点包括：` / `（1）…；` / `（2）…。（牵头单位：…）`. The block
 * after the last sub-point names the units of the whole task, not of that sub-point: when an entry
 * that carries no units introduces its sub-entries with a colon and only the last of them carries
 * units, the block moves up to the entry.
 */
export function hoistSubpointUnits(
  entries: readonly Entry[],
  readings: Map<Entry, EntryReading>,
): number {
  let moved = 0;
  for (const e of entries) {
    const r = readings.get(e)!;
    if (carriesUnits(r) || !/[：:]$/u.test(r.text) || e.children.length < 2) continue;
    const below: Entry[] = [];
    const walk = (x: Entry) => x.children.forEach((c) => (below.push(c), walk(c)));
    walk(e);
    const last = below[below.length - 1]!;
    const lr = readings.get(last)!;
    if (!carriesUnits(lr) || below.slice(0, -1).some((d) => readings.get(d)!.found)) continue;
    readings.set(e, { ...r, found: lr.found, block: lr.block, blockLine: lr.blockLine });
    readings.set(last, { ...lr, found: null, block: null });
    moved++;
  }
  return moved;
}

/** Whether an entry's reading carries units (a block naming a unit or a deadline). */
export function carriesUnits(r: EntryReading): boolean {
  return !!r.block && !!(r.block.lead || r.block.responsible);
}

export interface CommitmentContext {
  what: string;
  /** The plan's year, for deadlines written without one. */
  year: number | undefined;
  warnings: Warning[];
}

const NO_DEADLINE: Deadline = { kind: 'none' };

/** A reading → the commitment it states (units not yet inherited or resolved). */
export function commitmentOf(r: EntryReading, ctx: CommitmentContext): Commitment {
  const w = (line: number, message: string) =>
    ctx.warnings.push({ line, message: `${ctx.what}: ${message}` });
  const b = r.block;
  if (r.found?.unclosed)
    w(r.blockLine, 'the bracket of its units is never closed; read to the end of its text');
  if (r.found?.after) w(r.blockLine, `text after its units: "${r.found.after.slice(0, 30)}"`);
  if (b) {
    for (const p of b.problems) w(r.blockLine, p);
    if (b.trailing && !isNoticeRule(b.trailing))
      w(r.blockLine, `text after its units is not part of them: "${b.trailing.slice(0, 30)}"`);
  }
  let deadline = NO_DEADLINE;
  let deadlineText: string | null = null;
  if (b?.deadline) {
    deadlineText = b.deadline.text;
    const d = readDeadline(b.deadline.text, ctx.year);
    if ('error' in d) w(r.blockLine, `${d.error}; no deadline is shown`);
    else {
      deadline = d.deadline;
      if (d.loose) w(r.blockLine, `deadline "${b.deadline.text}" ${d.loose}`);
    }
  }
  return {
    text: r.text,
    leadUnits: b?.lead?.names ?? [],
    responsibleUnits: b?.responsible?.names ?? [],
    deadline,
    deadlineText,
    deadlineLabel: b?.deadline?.label ?? null,
    unitLabels: { lead: b?.lead?.label ?? null, responsible: b?.responsible?.label ?? null },
    source: { line: r.line, endLine: r.endLine },
  };
}

/** Units of a notice rule (`以下责任单位中均包含各市、县〔区〕政府`) as names. */
export function ruleUnits(units: string): string[] {
  return splitUnits(units);
}
