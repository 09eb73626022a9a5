/** /<place>/<plan>/data/calendar.ics: one all-day event per dated item of the plan. */
import type { APIRoute } from 'astro';
import { getAnnotations, planStaticPaths, type PlanModel } from '../../../../lib/data.ts';
import { planCalendar } from '../../../../lib/exports/ics.ts';

export const getStaticPaths = planStaticPaths;

export const GET: APIRoute<{ plan: PlanModel }> = async ({ props, site }) => {
  const { plan } = props;
  const notes = await getAnnotations(plan.plan.place.slug, plan.plan.id);
  const links = { base: import.meta.env.BASE_URL, site };
  return new Response(planCalendar(plan, notes, links), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
