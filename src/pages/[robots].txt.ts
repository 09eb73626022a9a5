/**
 * /robots.txt, only when SITE_URL is set: allows everything and names the sitemap.
 * Under a sub-folder base it lands at <base>robots.txt; a host serving the site from a folder
 * must expose it at its root itself.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { robotsTxt } from '../lib/views/sitemap.ts';

export const getStaticPaths: GetStaticPaths = () =>
  import.meta.env.SITE ? [{ params: { robots: 'robots' } }] : [];

export const GET: APIRoute = ({ site }) => {
  if (!site) return new Response('SITE_URL is not set', { status: 404 });
  return new Response(robotsTxt(site, import.meta.env.BASE_URL), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
