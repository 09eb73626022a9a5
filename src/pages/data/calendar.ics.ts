/** /data/calendar.ics: one all-day event per dated item. */
import type { APIRoute } from 'astro';
import { getAnnotations, getModel } from '../../lib/data.ts';
import { planCalendar } from '../../lib/exports/ics.ts';

export const GET: APIRoute = async ({ site }) => {
  const [model, notes] = await Promise.all([getModel(), getAnnotations()]);
  const links = { base: import.meta.env.BASE_URL, site };
  return new Response(planCalendar(model, notes, links), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
