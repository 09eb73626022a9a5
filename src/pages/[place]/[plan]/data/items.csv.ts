/** /<place>/<plan>/data/items.csv: one row per item, UTF-8 with a byte-order mark. */
import type { APIRoute } from 'astro';
import { getAnnotations, planStaticPaths, type PlanModel } from '../../../../lib/data.ts';
import { itemsCsv } from '../../../../lib/exports/csv.ts';

export const getStaticPaths = planStaticPaths;

export const GET: APIRoute<{ plan: PlanModel }> = async ({ props, site }) => {
  const { plan } = props;
  const notes = await getAnnotations(plan.plan.place.slug, plan.plan.id);
  const links = { base: import.meta.env.BASE_URL, site };
  return new Response(itemsCsv(plan, notes, links), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
