/**
 * Rules a notice states in its own words about how its unit lists read, found anywhere in its text:
 * - `排名第一位的为牵头单位` (or 排在第一位 / 列第一位 …): the first unit of a list is the lead;
 * - `逗号前为牵头单位`: the units before the first comma are the lead;
 * - `以下责任单位中均包含X，不再列出`: X is a responsible unit of every later item.
 */
import type { LogicalLine } from './types.ts';

export interface NoticeRules {
  /** Line of a "first unit is the lead" rule, or null. */
  firstIsLead: number | null;
  /** Line of a "units before the comma are the lead" rule, or null. */
  beforeCommaIsLead: number | null;
  /** Units every item after `line` includes without listing them. */
  includedAfter: { line: number; units: string }[];
}

const FIRST_IS_LEAD =
  /(?:排名|排在|排|列|位列|列在|名列|居)第一(?:位|个|名)?的?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)/u;
const BEFORE_COMMA_IS_LEAD = /(?:逗号|顿号|分号)前(?:的)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)/u;
const INCLUDED =
  /以下(?:各项)?(?:任务)?(?:的)?(?:责任|牵头|配合)?(?:单位|部门)(?:中)?均(?:包含|包括|含)([^。；;）)]+?)[，,]\s*不再(?:一一)?(?:单独)?列出/gu;

/** Whether a piece of text is one of these rules (so it is not reported as stray text). */
export function isNoticeRule(text: string): boolean {
  INCLUDED.lastIndex = 0;
  return FIRST_IS_LEAD.test(text) || BEFORE_COMMA_IS_LEAD.test(text) || INCLUDED.test(text);
}

/** The rules of a notice, from all of its lines (a rule may wrap over lines). */
export function readNoticeRules(lines: readonly LogicalLine[]): NoticeRules {
  const starts: number[] = [];
  let n = 0;
  for (const l of lines) {
    starts.push(n);
    n += l.text.length;
  }
  const text = lines.map((l) => l.text).join('');
  /** The line an offset of `text` lies on (binary search over the lines' starts). */
  const at = (i: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo]?.line ?? 1;
  };
  const first = FIRST_IS_LEAD.exec(text);
  const comma = BEFORE_COMMA_IS_LEAD.exec(text);
  const includedAfter = [...text.matchAll(INCLUDED)].map((m) => ({
    line: at(m.index),
    units: m[1]!,
  }));
  return {
    firstIsLead: first ? at(first.index) : null,
    beforeCommaIsLead: comma ? at(comma.index) : null,
    includedAfter,
  };
}
