/**
 * sitemap.xml and robots.txt, written only when SITE_URL is set (absolute URLs are required).
 */
import type { Model } from '../../schemas/model.ts';
import { paths, withBase } from '../paths.ts';
import { escapeMarkup } from '../escape.ts';

/** Every page of the site, as site paths. */
export function sitePaths(model: Model): string[] {
  return [
    paths.home(),
    paths.notice(),
    paths.indicators(),
    ...model.indicators.map((i) => paths.indicator(i.slug)),
    ...model.items.map((i) => paths.item(i.number)),
    paths.departments(),
    ...model.departments.map((d) => paths.department(d.slug)),
    paths.timeline(),
    paths.matrix(),
    paths.search(),
    paths.data(),
    paths.about(),
  ];
}

export function sitemapXml(model: Model, site: URL, base: string): string {
  const urls = sitePaths(model)
    .map((p) => `  <url><loc>${escapeMarkup(new URL(withBase(base, p), site).href)}</loc></url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export function robotsTxt(site: URL, base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase(base, '/sitemap.xml'), site).href}\n`;
}
