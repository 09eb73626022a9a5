/**
 * View model of `/`: what the library holds, its places (grouped, each with its newest plans), the
 * longest series one click away, and the search box's target.
 */
import { paths } from '../paths.ts';
import {
  type IndexGroup,
  type LibraryData,
  type PlanEntry,
  groupedIndex,
  placeDepartmentCount,
  planEntry,
  yearSpan,
} from './library-common.ts';

export interface LibraryHomeView {
  figures: { places: number; plans: number; items: number; departments: number };
  /**
   * The place with most plans (the series a reader follows year to year), when one has more than
   * one plan; ties go to the place with more items, then pinyin order.
   */
  series: {
    name: string;
    href: string;
    plans: number;
    span: string | null;
    latest: PlanEntry;
  } | null;
  groups: IndexGroup<PlanEntry>[];
  /** The jump list when the places are grouped under initials. */
  initials: { initial: string; href: string }[];
  searchAction: string;
}

export function libraryHomeView(library: LibraryData): LibraryHomeView {
  const items = library.plans.reduce((n, p) => n + p.items.length, 0);
  const departments = library.places.reduce((n, p) => n + placeDepartmentCount(p), 0);
  const groups = groupedIndex(library, planEntry);
  let best: LibraryData['places'][number] | undefined;
  const size = (p: LibraryData['places'][number]) =>
    p.plans.reduce((n, x) => n + x.items.length, 0);
  for (const place of library.places) {
    if (
      !best ||
      place.plans.length > best.plans.length ||
      (place.plans.length === best.plans.length && size(place) > size(best))
    )
      best = place;
  }
  const groupsOf = groups.flatMap((g) => g.places);
  const seriesIndex = best ? groupsOf.find((p) => p.slug === best.slug) : undefined;
  return {
    figures: { places: library.places.length, plans: library.plans.length, items, departments },
    series:
      best && best.plans.length > 1 && seriesIndex
        ? {
            name: best.name,
            href: paths.place(best.slug),
            plans: best.plans.length,
            span: yearSpan(best.plans),
            latest: seriesIndex.plans[0]!,
          }
        : null,
    groups,
    initials: groups
      .filter((g) => g.initial !== null && g.id !== null)
      .map((g) => ({ initial: g.initial!, href: `#${g.id}` })),
    searchAction: paths.search(),
  };
}
