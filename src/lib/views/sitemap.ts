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
    p.source(),
    p.data(),
  ];
}

/** Each place's page and its departments across its plans (one per slug within the place). */
export function placeSitePaths(plans: readonly Model[]): string[] {
  const places = new Map<string, Set<string>>();
  for (const m of plans) {
    const slugs = places.get(m.plan.place.slug) ?? new Set<string>();
    for (const d of m.departments) slugs.add(d.slug);
    places.set(m.plan.place.slug, slugs);
  }
  return [...places].flatMap(([place, slugs]) => [
    paths.place(place),
    ...[...slugs].sort().map((slug) => paths.placeDepartment(place, slug)),
  ]);
}

/** Every page of the site, as site paths: the library's, each place's, then each plan's. */
export function sitePaths(plans: readonly Model[]): string[] {
  return [
    paths.home(),
    paths.search(),
    paths.data(),
    paths.about(),
    ...placeSitePaths(plans),
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
