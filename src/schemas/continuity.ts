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
