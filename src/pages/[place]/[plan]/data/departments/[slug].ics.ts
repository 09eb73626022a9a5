/** /<place>/<plan>/data/departments/<slug>.ics: the dated items of one department (lead or responsible). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAnnotations, planStaticPaths, type PlanModel } from '../../../../../lib/data.ts';
import { departmentCalendar } from '../../../../../lib/exports/ics.ts';
import type { Department } from '../../../../../schemas/model.ts';

export const getStaticPaths = (async () =>
  (await planStaticPaths()).flatMap(({ params, props }) =>
    props.plan.departments.map((department) => ({
      params: { ...params, slug: department.slug },
      props: { plan: props.plan, department },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: PlanModel; department: Department }> = async ({
  props,
  site,
}) => {
  const { plan, department } = props;
  const notes = await getAnnotations(plan.plan.place.slug, plan.plan.id);
  const links = { base: import.meta.env.BASE_URL, site };
  return new Response(departmentCalendar(plan, department, notes, links), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
