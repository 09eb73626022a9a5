/** Rules a notice states about its own unit lists. */
import { expect, test } from 'vitest';
import { isNoticeRule, readNoticeRules } from '../../../scripts/ingest/notice-rules.ts';

const lines = (...texts: string[]) =>
  texts.map((text, i) => ({ line: i + 1, endLine: i + 1, text }));

test('the first unit is the lead; units included in every later item', () => {
  expect(
    readNoticeRules(
      lines(
        '各项任务中排名第一位的为牵头单位。',
        '（责任单位：甲。以下责任单位中均包含各市、县〔区〕政府，',
        '不再列出）',
      ),
    ),
  ).toEqual({
    firstIsLead: 1,
    beforeCommaIsLead: null,
    includedAfter: [{ line: 2, units: '各市、县〔区〕政府' }],
  });
  expect(readNoticeRules(lines('逗号前为牵头单位。')).beforeCommaIsLead).toBe(1);
  expect(readNoticeRules(lines('各牵头单位要加强协调。'))).toEqual({
    firstIsLead: null,
    beforeCommaIsLead: null,
    includedAfter: [],
  });
  expect(isNoticeRule('以下责任单位中均包含各县政府，不再列出')).toBe(true);
  expect(isNoticeRule('市营商办要将各项任务纳入督导')).toBe(false);
});
