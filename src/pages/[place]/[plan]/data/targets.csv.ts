/** /<place>/<plan>/data/targets.csv: one row per measurable target, UTF-8 with a byte-order mark. */
import type { APIRoute } from 'astro';
import { planStaticPaths, type PlanModel } from '../../../../lib/data.ts';
import { targetsCsv } from '../../../../lib/exports/targets-csv.ts';

export const getStaticPaths = planStaticPaths;

export const GET: APIRoute<{ plan: PlanModel }> = async ({ props, site }) => {
  return new Response(targetsCsv(props.plan, { base: import.meta.env.BASE_URL, site }), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
