/**
 * What a plan's top-level groups are called. The Zhengzhou 2020 plan groups its items under the
 * business-environment evaluation's indicators (评价指标); most plans group them under thematic
 * sections (一、深化改革…), which are not indicators and must not be called so. Decided from the
 * model: groups are indicators when most of their titles are indicators of the evaluation (the
 * ingest gives those an English name, scripts/ingest/data/indicators.ts). Pure.
 */
import type { Model } from '../../schemas/model.ts';

export interface GroupTerms {
  kind: 'indicator' | 'section';
  /** "评价指标" / "类别": in headings and sentences ("按评价指标分列"). */
  name: string;
  /** "指标" / "类别": navigation and breadcrumbs. */
  short: string;
}

const INDICATOR: GroupTerms = { kind: 'indicator', name: '评价指标', short: '指标' };
const SECTION: GroupTerms = { kind: 'section', name: '类别', short: '类别' };

export function groupTerms(model: Pick<Model, 'indicators'>): GroupTerms {
  const known = model.indicators.filter((i) => i.englishTitle !== null).length;
  return model.indicators.length > 0 && known * 2 > model.indicators.length ? INDICATOR : SECTION;
}

/**
 * What the plan says about time: how many items have a month or a day, how many are ongoing, how
 * many have no deadline. A plan whose items have none draws no timeline and says so.
 */
export function deadlineShape(model: Pick<Model, 'items'>): {
  dated: number;
  ongoing: number;
  none: number;
  /** The timeline page draws a chart (some item has a deadline of any kind). */
  hasTimeline: boolean;
} {
  let dated = 0;
  let ongoing = 0;
  let none = 0;
  for (const i of model.items) {
    if (i.deadline.kind === 'ongoing') ongoing++;
    else if (i.deadline.kind === 'none') none++;
    else dated++;
  }
  return { dated, ongoing, none, hasTimeline: dated + ongoing > 0 };
}
