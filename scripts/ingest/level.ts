/**
 * Step 2 of the parse: the commitment level. The commitments of a plan are the entries of the level
 * where responsibility is assigned: the level (marker kind at its depth) whose entries most often
 * carry a unit block of their own. From that level:
 * - levels above are groups (the plan's indicators and sections); units written on a group apply
 *   to the items under it that name none;
 * - levels below are sub-items of the item above them;
 * - an entry above the level that carries units and has nothing under it that does is an item too
 *   (a section whose one paragraph is its task, a closing section whose entries carry units);
 * - an entry of the level without units is an item when its section is a task section (one where
 *   some entry carries units); in a section where none does (保障措施, 工作要求 …) it is not.
 */
import type { Entry } from './types.ts';

export interface ItemNode {
  entry: Entry;
  /** Entries under it, in order, flattened. */
  subentries: Entry[];
  /** The nearest group above it that carries units (they apply when the item names none). */
  inheritsFrom: Entry | null;
}

/**
 * The commitment level: going down from the outermost level, the first one where entries that
 * carry units with nothing under them that does (its own tasks) are at least as many as its
 * entries with units somewhere below (its groups). So the seed's `1.` is the level though a few of
 * its items hold sub-items `（1）` with units, and 三亚's `(1)` is the level under `1.` headings that
 * never carry units; a section `（六）` that is its own task among `（一）`…`（八）` holding `1.`
 * tasks does not make `（一）` the level. Without such a level, the level with the most entries that
 * carry units. Null when no entry carries units.
 */
export function commitmentLevel(
  entries: readonly Entry[],
  carries: (e: Entry) => boolean,
): string | null {
  const levels = new Map<string, { depth: number; leaves: number; groups: number; own: number }>();
  for (const e of entries) {
    const c = levels.get(e.level) ?? { depth: e.depth, leaves: 0, groups: 0, own: 0 };
    const below = descendants(e).some(carries);
    if (carries(e)) c.own++;
    if (below) c.groups++;
    else if (carries(e)) c.leaves++;
    levels.set(e.level, c);
  }
  const ordered = [...levels].sort((a, b) => a[1].depth - b[1].depth);
  for (const [level, c] of ordered) if (c.leaves > 0 && c.leaves >= c.groups) return level;
  let best: string | null = null;
  let most = 0;
  for (const [level, c] of ordered) if (c.own > most) [best, most] = [level, c.own];
  return best;
}

function descendants(e: Entry): Entry[] {
  return e.children.flatMap((c) => [c, ...descendants(c)]);
}

/** The items of the outline, in document order. */
export function itemsOf(
  roots: readonly Entry[],
  level: string,
  carries: (e: Entry) => boolean,
): ItemNode[] {
  const out: ItemNode[] = [];
  const topLevel = roots.length > 0 && roots.some((r) => r.level === level);
  // For items at the top level, "their section" is the run of entries between unit-carrying ones.
  const carryingRoots = roots.map((r, i) => (carries(r) ? i : -1)).filter((i) => i >= 0);
  const firstC = carryingRoots[0] ?? Infinity;
  const lastC = carryingRoots[carryingRoots.length - 1] ?? -Infinity;
  const taskRoot = new Map<Entry, boolean>(
    roots.map((r, i) => [
      r,
      topLevel ? i >= firstC && i <= lastC : carries(r) || descendants(r).some(carries),
    ]),
  );
  const visit = (e: Entry, root: Entry, inherits: Entry | null) => {
    const below = descendants(e);
    if (e.level === level) {
      if (carries(e) || taskRoot.get(root))
        out.push({ entry: e, subentries: below, inheritsFrom: inherits });
      return;
    }
    if (carries(e) && !below.some(carries) && !below.some((d) => d.level === level)) {
      out.push({ entry: e, subentries: below, inheritsFrom: inherits });
      return;
    }
    for (const c of e.children) visit(c, root, carries(e) ? e : inherits);
  };
  for (const r of roots) visit(r, r, null);
  return out;
}
