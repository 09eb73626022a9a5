/**
 * The first release's URLs (one plan at the site's root) and where each now lives: the same page
 * of /zhengzhou/2020/ (contract). Pure: from the library's plans to the redirect pages to write.
 * None are written when the library does not hold that plan.
 */
import type { Model } from '../schemas/model.ts';
import { FIRST_RELEASE, planPaths } from './paths.ts';

export interface FirstReleaseRedirects {
  items: { number: number; to: string }[];
  indicators: { slug: string; to: string }[];
  departments: { slug: string; to: string }[];
  /** notice, timeline, matrix, indicators, departments: the plan's single pages. */
  pages: Record<'notice' | 'timeline' | 'matrix' | 'indicators' | 'departments', string> | null;
}

export function firstReleaseRedirects(plans: readonly Model[]): FirstReleaseRedirects {
  const plan = plans.find(
    (m) => m.plan.place.slug === FIRST_RELEASE.place && m.plan.id === FIRST_RELEASE.id,
  );
  if (!plan) return { items: [], indicators: [], departments: [], pages: null };
  const p = planPaths(plan.plan);
  return {
    items: plan.items.map((i) => ({ number: i.number, to: p.item(i.number) })),
    indicators: plan.indicators.map((i) => ({ slug: i.slug, to: p.indicator(i.slug) })),
    departments: plan.departments.map((d) => ({ slug: d.slug, to: p.department(d.slug) })),
    pages: {
      notice: p.notice(),
      timeline: p.timeline(),
      matrix: p.matrix(),
      indicators: p.indicators(),
      departments: p.departments(),
    },
  };
}
