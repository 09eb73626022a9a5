/** /data/items.csv: one row per item, UTF-8 with a byte-order mark. */
import type { APIRoute } from 'astro';
import { getAnnotations, getModel } from '../../lib/data.ts';
import { itemsCsv } from '../../lib/exports/csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const [model, notes] = await Promise.all([getModel(), getAnnotations()]);
  const links = { base: import.meta.env.BASE_URL, site };
  return new Response(itemsCsv(model, notes, links), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
