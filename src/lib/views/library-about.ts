/**
 * View model of the library's `/about/`: how the site is made, and for each place the plans whose
 * text was repaired (corrections) or read with a guess (warnings), counted and linked to the marked
 * lines on each plan's source page, never repeated in full.
 */
import {
  type IndexGroup,
  type LibraryData,
  type LibraryPlan,
  groupedIndex,
  planEntry,
  type PlanEntry,
} from './library-common.ts';
import { paths } from '../paths.ts';

export interface AboutPlan extends PlanEntry {
  corrections: number;
  warnings: number;
  /** "勘误 2 条" and "提示 3 条" (those it has), linked to the lists on its source page, and the source. */
  links: { label: string; href: string }[];
}

export interface LibraryAboutView {
  figures: { places: number; plans: number; corrections: number; warnings: number };
  /** Plans with a correction or a warning, grouped by place (newest first, bounded per place). */
  groups: IndexGroup<AboutPlan>[];
  /** Plans read with no correction and no warning. */
  clean: number;
}

const touched = (p: LibraryPlan) => p.corrections.length > 0 || (p.warnings?.length ?? 0) > 0;

export function libraryAboutView(library: LibraryData): LibraryAboutView {
  const entry = (p: LibraryPlan): AboutPlan => {
    const source = paths.source(p.plan.place.slug, p.plan.id);
    const corrections = p.corrections.length;
    const warnings = p.warnings?.length ?? 0;
    return {
      ...planEntry(p),
      corrections,
      warnings,
      links: [
        ...(corrections
          ? [{ label: `勘误 ${corrections} 条`, href: `${source}#corrections` }]
          : []),
        ...(warnings ? [{ label: `提示 ${warnings} 条`, href: `${source}#warnings` }] : []),
        { label: '原文', href: source },
      ],
    };
  };
  return {
    figures: {
      places: library.places.length,
      plans: library.plans.length,
      corrections: library.plans.reduce((n, p) => n + p.corrections.length, 0),
      warnings: library.plans.reduce((n, p) => n + (p.warnings?.length ?? 0), 0),
    },
    groups: groupedIndex(library, entry, touched)
      .map((g) => ({ ...g, places: g.places.filter((p) => p.plans.length > 0) }))
      .filter((g) => g.places.length > 0),
    clean: library.plans.filter((p) => !touched(p)).length,
  };
}
