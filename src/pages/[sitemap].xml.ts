/**
 * /sitemap.xml, only when SITE_URL is set (a sitemap needs absolute URLs). Written as an endpoint
 * (no @astrojs/sitemap): the page list comes from the model, see src/lib/views/sitemap.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../lib/data.ts';
import { sitemapXml } from '../lib/views/sitemap.ts';

export const getStaticPaths: GetStaticPaths = () =>
  import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [];

export const GET: APIRoute = async ({ site }) => {
  if (!site) return new Response('SITE_URL is not set', { status: 404 });
  const body = sitemapXml((await getLibrary()).plans, site, import.meta.env.BASE_URL);
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
