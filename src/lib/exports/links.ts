/**
 * Links inside the downloads. A file that leaves the site (plan.json, items.csv, calendars) should
 * carry absolute URLs; when the build has no SITE_URL we cannot know the host, so links stay
 * base-relative ("/some/folder/items/5/") rather than guessing one.
 */
import { paths, withBase, type PlanKey } from '../paths.ts';

export interface LinkContext {
  /** Astro's `base` ("/" or "/some/folder/"). */
  base: string;
  /** Astro's `site` (from SITE_URL), or undefined when the build has none. */
  site: URL | string | undefined;
}

/** A site path ("/items/5/") as a URL for a download: absolute with a site, base-relative without. */
export function downloadUrl(ctx: LinkContext, path: string): string {
  const relative = withBase(ctx.base, path);
  return ctx.site ? new URL(relative, ctx.site).href : relative;
}

/**
 * A site path as an absolute URL, or null when the build has no SITE_URL: for the places where
 * only an absolute URL works (a calendar subscription, a citation), which then say what to do.
 */
export function absoluteUrl(ctx: LinkContext, path: string): string | null {
  return ctx.site ? new URL(withBase(ctx.base, path), ctx.site).href : null;
}

/** True when `url` has a scheme (only then may it stand in an iCalendar URL property). */
export function isAbsolute(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url);
}

/**
 * Download paths of one plan (docs/interfaces.md), under /<place>/<plan>/data/; the schema is the
 * library's, one for every plan.json. Pass them through withBase like any site path. Department
 * pages link `departmentCalendar(slug)`.
 */
export function planDataPaths(key: PlanKey) {
  const dir = paths.planData(key.place.slug, key.id);
  return {
    page: () => dir,
    plan: () => `${dir}plan.json`,
    schema: () => paths.schema(),
    csv: () => `${dir}items.csv`,
    targets: () => `${dir}targets.csv`,
    calendar: () => `${dir}calendar.ics`,
    departmentCalendar: (slug: string) => `${dir}departments/${slug}.ics`,
  };
}

export type DataPaths = ReturnType<typeof planDataPaths>;
