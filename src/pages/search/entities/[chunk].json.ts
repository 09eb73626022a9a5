/**
 * The search's entity index, one JSON file per first character of the names it knows
 * (src/lib/search/entities.ts): /search/entities/<code point in hex>.json.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchEntities } from '../../../lib/search/page-data.ts';

export const getStaticPaths = (async () => {
  const chunks = await searchEntities();
  return [...chunks].map(([chunk, data]) => ({ params: { chunk }, props: { data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
