/**
 * /data/continuity.json (contract): for each item of a later plan of a place, the items of that
 * place's earlier plans it continues, with kind, score and what changed. The ingest's file as is.
 */
import type { APIRoute } from 'astro';
import { getContinuity } from '../../lib/data.ts';
import { continuityJson } from '../../schemas/continuity.ts';

export const GET: APIRoute = async () =>
  new Response(continuityJson(await getContinuity()), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
