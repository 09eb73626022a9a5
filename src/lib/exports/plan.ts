/**
 * /data/plan.json and /data/plan.schema.json: the whole document model with the editors' status
 * notes, and a JSON Schema generated from the very Zod schemas the ingest and the content
 * collections validate with, so the file and its schema cannot drift apart.
 */
import { z } from 'astro/zod';
import { annotation, model, type Annotation, type Model } from '../../schemas/model.ts';

/** A status note as plan.json carries it: the front matter plus its Markdown body ("" if none). */
export const annotationExport = annotation.extend({
  /** The note's Markdown body, as the editor wrote it ("" when the file has none). */
  body: z.string(),
});

/** plan.json: the model (contract field names) plus `annotations`, ordered by item number. */
export const planExport = model.extend({
  /** Editors' status notes (content/annotations/<item>.md), one per annotated item, by item number. */
  annotations: z.array(annotationExport),
});

export type AnnotationExport = z.infer<typeof annotationExport>;
export type PlanExport = z.infer<typeof planExport>;

/** Builds plan.json's object; validates it against the schema it is published with. */
export function toPlanJson(
  plan: Model,
  annotations: Iterable<Annotation & { body: string }>,
): PlanExport {
  const notes = [...annotations]
    .sort((a, b) => a.item - b.item)
    .map(({ item, status, asOf, evidence, body }) => ({ item, status, asOf, evidence, body }));
  return planExport.parse({ ...plan, annotations: notes });
}

/** plan.json as text: two-space indented, a final newline, the same bytes for the same input. */
export function planJsonText(plan: PlanExport): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/**
 * The JSON Schema (draft 2020-12) of plan.json. `id` is the schema's own URL when the site's
 * address is known.
 */
export function planJsonSchema(id?: string): Record<string, unknown> {
  const generated = z.toJSONSchema(planExport, { target: 'draft-2020-12', io: 'output' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    ...(id ? { $id: id } : {}),
    title: '政策导航 plan.json',
    description:
      'The document model of one policy notice (items, indicators, departments, notice text, corrections) with editors’ status notes. Generated from the Zod schemas in src/schemas/model.ts.',
    ...rest,
  };
}
