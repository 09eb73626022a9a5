/**
 * View model of the home page: what the plan is, who issued it when, key figures, ways in.
 */
import type { Model } from '../../schemas/model.ts';
import { planPaths } from '../paths.ts';
import { formatIsoDate, issuedTitle } from './common.ts';
import { deadlineShape } from './groups.ts';

/** Indicators listed on the home page before "all N indicators". */
export const HOME_INDICATORS = 24;

export interface HomeView {
  planTitle: string;
  noticeTitle: string;
  /** The notice named with its issuers, once. */
  issuedTitle: string;
  docNumber: string | null;
  issuers: string[];
  date: string | null;
  figures: {
    indicators: number;
    items: number;
    departments: number;
    /** Items an editor has recorded a status for (content/annotations). */
    withStatus: number;
    /** Items with a dated deadline / with 持续推进. */
    dated: number;
    ongoing: number;
    /** Items the plan gives no deadline. */
    none: number;
  };
  indicators: { title: string; href: string; count: number }[];
  moreIndicators: number;
}

export function homeView(model: Model, annotatedItems: number): HomeView {
  const doc = model.document;
  const { dated, ongoing, none } = deadlineShape(model);
  return {
    planTitle: doc.attachment?.title ?? doc.title,
    noticeTitle: doc.title,
    issuedTitle: issuedTitle(doc),
    docNumber: doc.docNumber,
    issuers: doc.issuers,
    date: formatIsoDate(doc.date),
    figures: {
      indicators: model.indicators.length,
      items: model.items.length,
      departments: model.departments.length,
      withStatus: annotatedItems,
      dated,
      ongoing,
      none,
    },
    indicators: model.indicators.slice(0, HOME_INDICATORS).map((i) => ({
      title: i.title,
      href: planPaths(model.plan).indicator(i.slug),
      count: i.items.length,
    })),
    moreIndicators: Math.max(0, model.indicators.length - HOME_INDICATORS),
  };
}
