/** /data/library.json: every place and plan of the build, with their URLs (contract). */
import type { APIRoute } from 'astro';
import { getLibrary } from '../../lib/data.ts';
import { libraryJsonText } from '../../lib/exports/library.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(libraryJsonText(await getLibrary(), { base: import.meta.env.BASE_URL, site }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
