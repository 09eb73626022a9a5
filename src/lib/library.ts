/**
 * The library as the site sees it: places → plans → items. Pure: built from the plan models that
 * src/lib/data.ts reads, and the names every page gives a plan (search filter values, labels).
 */
import type { Model } from '../schemas/model.ts';

export interface Place {
  slug: string;
  name: string;
  /** Oldest first. */
  plans: Model[];
}

export interface Library {
  /** By slug. */
  places: Place[];
  /** Every plan: places by slug, each place's plans oldest first. */
  plans: Model[];
}

/** Oldest first: by year (unknown last), then id. */
export function comparePlans(a: Pick<Model, 'plan'>, b: Pick<Model, 'plan'>): number {
  const pa = a.plan.place.slug;
  const pb = b.plan.place.slug;
  if (pa !== pb) return pa < pb ? -1 : 1;
  const ya = a.plan.year ?? Infinity;
  const yb = b.plan.year ?? Infinity;
  return ya - yb || (a.plan.id < b.plan.id ? -1 : a.plan.id > b.plan.id ? 1 : 0);
}

export function libraryOf(models: readonly Model[]): Library {
  const plans = [...models].sort(comparePlans);
  const places = new Map<string, Place>();
  for (const m of plans) {
    const { slug, name } = m.plan.place;
    const place = places.get(slug);
    if (place) place.plans.push(m);
    else places.set(slug, { slug, name, plans: [m] });
  }
  return { places: [...places.values()], plans };
}

/** What the library's size changes on a plan's pages: department names need their place when it holds several places. */
export interface LibraryScope {
  /** The library holds more than one place. */
  multiPlace: boolean;
}

export const ONE_PLACE: LibraryScope = { multiPlace: false };

export function scopeOf(library: Pick<Library, 'places'>): LibraryScope {
  return { multiPlace: library.places.length > 1 };
}

/** Pagefind filter `place`: the place's name. */
export function placeFilterValue(plan: Model['plan']): string {
  return plan.place.name;
}

/**
 * Pagefind filter `plan` (contract: contains the plan's year): "郑州市 · 2020 · 郑州市打造一流营商环境
 * 2020年工作要点", unique in the library (place, then year or id, then title).
 */
export function planFilterValue(plan: Model['plan']): string {
  return `${plan.place.name} · ${plan.year ?? plan.id} · ${plan.title}`;
}

/**
 * Pagefind filter `department` (contract): the canonical name where the library holds one place,
 * "郑州市 · 市税务局" where it holds more, so two places' bodies of one name never join.
 */
export function departmentFilterValue(
  plan: Model['plan'],
  name: string,
  scope: LibraryScope,
): string {
  return scope.multiPlace ? `${plan.place.name} · ${name}` : name;
}

/** "郑州市 2020年" / "郑州市 2023-credit": how a plan is named in short (breadcrumbs, lists). */
export function planShortName(plan: Model['plan']): string {
  return plan.year !== null && String(plan.year) === plan.id
    ? `${plan.place.name} ${plan.year}年`
    : `${plan.place.name} ${plan.id}`;
}
