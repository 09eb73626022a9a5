/** /<place>/<plan>/data/plan.json: the plan's whole model with the editors' status notes. */
import type { APIRoute } from 'astro';
import { getAnnotations, planStaticPaths, type PlanModel } from '../../../../lib/data.ts';
import { planJsonText, toPlanJson } from '../../../../lib/exports/plan.ts';

export const getStaticPaths = planStaticPaths;

export const GET: APIRoute<{ plan: PlanModel }> = async ({ props }) => {
  const { plan } = props;
  const notes = await getAnnotations(plan.plan.place.slug, plan.plan.id);
  return new Response(planJsonText(toPlanJson(plan, notes.values())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
