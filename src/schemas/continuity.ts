/**
 * content/continuity.json, served as /data/continuity.json (contract): for each item of a later plan
 * of a place, the items of that place's earlier plans it continues. Written by the ingest
 * (scripts/ingest/continuity.ts), read by src/lib/data.ts `getContinuity()`.
 */
import { z } from 'astro/zod';

export const itemRef = z.object({
  place: z.string(),
  plan: z.string(),
  item: z.number().int().positive(),
});

/** What changed between the two items, where the texts say it. */
export const change = z.discriminatedUnion('kind', [
  /** A count of the same thing in the same unit: 30个 → 50个. */
  z.object({
    kind: z.literal('target'),
    unit: z.string(),
    from: z.object({ value: z.number(), text: z.string() }),
    to: z.object({ value: z.number(), text: z.string() }),
  }),
  /** Lead units of the later item the earlier one did not name at all; `from`: the earlier leads. */
  z.object({ kind: z.literal('lead'), added: z.array(z.string()), from: z.array(z.string()) }),
  /** The deadline as written on each side. */
  z.object({ kind: z.literal('deadline'), from: z.string(), to: z.string() }),
]);

export const continuityLink = z.object({
  /** Contract. */
  later: itemRef,
  /** Contract. */
  earlier: itemRef,
  /** "same": the same concrete measure renewed, extended or revised; "related": the same area (contract). */
  kind: z.enum(['same', 'related']),
  /** The linking score, 0…1 give or take the evidence bonuses (contract). */
  score: z.number(),
  changes: z.array(change),
});

export const continuity = z.array(continuityLink);

export type ItemRef = z.infer<typeof itemRef>;
export type Change = z.infer<typeof change>;
export type ContinuityLink = z.infer<typeof continuityLink>;

/** The file's text: one link per line, so a change of one link is a one-line diff. */
export function continuityJson(links: readonly ContinuityLink[]): string {
  if (links.length === 0) return '[]\n';
  return `[\n${links.map((l) => JSON.stringify(l)).join(',\n')}\n]\n`;
}

/**
 * How many of its place's earlier plans a plan is compared with: the newest before its year. A
 * measure carried on over many years is followed link by link (2025 → 2024 → 2023 …), so the
 * ingest's work per plan, a compare page and an item page stay bounded however long a place's
 * series grows.
 */
export const COMPARED_PLANS = 3;

/**
 * The plans of `plans` (one place's, any order) that `plan` is compared with: at most
 * COMPARED_PLANS of an earlier year, the newest (by year, then id), oldest first.
 */
export function comparedWith<P extends { id: string; year: number | null }>(
  plans: readonly P[],
  plan: { id: string; year: number | null },
): P[] {
  const year = plan.year;
  if (year === null) return [];
  return plans
    .filter((p): p is P & { year: number } => p.year !== null && p.year < year)
    .sort((a, b) => a.year - b.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(-COMPARED_PLANS);
}
