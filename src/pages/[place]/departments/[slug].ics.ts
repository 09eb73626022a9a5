/** /<place>/departments/<slug>.ics: one department's dated items across every plan of its place. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary, type Place } from '../../../lib/data.ts';
import { placeDepartmentCalendar } from '../../../lib/exports/library.ts';
import { notesByPlan } from '../../../lib/library-notes.ts';
import { placeDepartmentSlugs } from '../../../lib/views/library-department.ts';

export const getStaticPaths = (async () => {
  const { places } = await getLibrary();
  return places.flatMap((place) =>
    placeDepartmentSlugs(place).map((slug) => ({
      params: { place: place.slug, slug },
      props: { place, slug },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ place: Place; slug: string }> = async ({ props, site }) => {
  const notes = await notesByPlan(props.place.plans);
  const links = { base: import.meta.env.BASE_URL, site };
  return new Response(placeDepartmentCalendar(props.place, props.slug, notes, links), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
