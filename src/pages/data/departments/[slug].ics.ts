/** /data/departments/<slug>.ics: the dated items of one department (lead or responsible). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAnnotations, getModel } from '../../../lib/data.ts';
import { departmentCalendar } from '../../../lib/exports/ics.ts';
import type { Department } from '../../../schemas/model.ts';

export const getStaticPaths = (async () => {
  const model = await getModel();
  return model.departments.map((department) => ({
    params: { slug: department.slug },
    props: { department },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ department: Department }> = async ({ props, site }) => {
  const [model, notes] = await Promise.all([getModel(), getAnnotations()]);
  const links = { base: import.meta.env.BASE_URL, site };
  return new Response(departmentCalendar(model, props.department, notes, links), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
