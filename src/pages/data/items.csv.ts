/** /data/items.csv: every item of every plan, `place` and `plan` first, UTF-8 with a BOM. */
import type { APIRoute } from 'astro';
import { getLibrary } from '../../lib/data.ts';
import { libraryCsv } from '../../lib/exports/library.ts';
import { notesByPlan } from '../../lib/library-notes.ts';

export const GET: APIRoute = async ({ site }) => {
  const library = await getLibrary();
  const notes = await notesByPlan(library.plans);
  return new Response(libraryCsv(library, notes, { base: import.meta.env.BASE_URL, site }), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
