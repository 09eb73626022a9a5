/** /data/plan.schema.json: JSON Schema of plan.json, generated from src/schemas/model.ts. */
import type { APIRoute } from 'astro';
import { downloadUrl } from '../../lib/exports/links.ts';
import { paths } from '../../lib/paths.ts';
import { planJsonSchema } from '../../lib/exports/plan.ts';

export const GET: APIRoute = ({ site }) => {
  const id = site
    ? downloadUrl({ base: import.meta.env.BASE_URL, site }, paths.schema())
    : undefined;
  return new Response(`${JSON.stringify(planJsonSchema(id), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
};
