/** /data/targets.csv: one row per measurable target, UTF-8 with a byte-order mark. */
import type { APIRoute } from 'astro';
import { getModel } from '../../lib/data.ts';
import { targetsCsv } from '../../lib/exports/targets-csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  return new Response(targetsCsv(model, { base: import.meta.env.BASE_URL, site }), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
