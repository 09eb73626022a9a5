/**
 * sitemap.xml and robots.txt, written only when SITE_URL is set (absolute URLs are required).
 */
import type { Model } from '../../schemas/model.ts';
import { paths, planPaths, withBase } from '../paths.ts';
import { escapeMarkup } from '../escape.ts';

/** Every page of one plan, as site paths. */
export function planSitePaths(model: Model): string[] {
  const p = planPaths(model.plan);
  return [
    p.home(),
    p.notice(),
    p.indicators(),
    ...model.indicators.map((i) => p.indicator(i.slug)),
    ...model.items.map((i) => p.item(i.number)),
    p.departments(),
    ...model.departments.map((d) => p.department(d.slug)),
    p.timeline(),
    p.matrix(),
    p.data(),
  ];
}

/** Every page of the site, as site paths: the library's, then each plan's. */
export function sitePaths(plans: readonly Model[]): string[] {
  return [
    paths.home(),
    paths.search(),
    paths.data(),
    paths.about(),
    ...plans.flatMap(planSitePaths),
  ];
}

export function sitemapXml(plans: readonly Model[], site: URL, base: string): string {
  const urls = sitePaths(plans)
    .map((p) => `  <url><loc>${escapeMarkup(new URL(withBase(base, p), site).href)}</loc></url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export function robotsTxt(site: URL, base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase(base, '/sitemap.xml'), site).href}\n`;
}
