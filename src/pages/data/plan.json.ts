/** /data/plan.json: the whole model with the editors' status notes. */
import type { APIRoute } from 'astro';
import { getAnnotations, getModel } from '../../lib/data.ts';
import { planJsonText, toPlanJson } from '../../lib/exports/plan.ts';

export const GET: APIRoute = async () => {
  const [model, notes] = await Promise.all([getModel(), getAnnotations()]);
  return new Response(planJsonText(toPlanJson(model, notes.values())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
