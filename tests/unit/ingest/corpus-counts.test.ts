/**
 * Every notice of the corpus (tests/fixtures/corpus/, byte-for-byte copies of ../shared/corpus)
 * gives a model with the item count its README states, hand-counted by the counting rule there.
 */
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { ingestFile } from '../../../scripts/ingest/cli.ts';

const DIR = resolve(import.meta.dirname, '../../fixtures/corpus');

/** From ../shared/corpus/README.md, the `items` column. */
export const CORPUS_COUNTS: Record<string, number> = {
  'karamay-2023-fangguanfu': 71,
  'sanya-2023-business-environment': 61,
  'zhengzhou-2023-business-environment': 31,
  'shanghai-2023-bankruptcy': 35,
  'kunming-2023-electricity': 23,
  'ningxia-2023-market-regulation': 22,
  'foshan-2023-construction-approval': 23,
  'yunfu-2023-ports': 9,
  'ruichang-2023-pilot': 27,
  'jiangxi-2023-elderly-care': 17,
  'zhangjiakou-2023-open-government': 18,
  'henan-2023-credit': 21,
  'zhangzhou-2023-transaction-costs': 24,
  'jilin-2023-finance': 17,
  'shaanxi-2023-market-regulation': 37,
};

test.each(Object.entries(CORPUS_COUNTS))('%s: %i items, numbered 1…N', (name, count) => {
  const model = ingestFile(resolve(DIR, `${name}.txt`)).model;
  expect(model.items.map((i) => i.number)).toEqual(Array.from({ length: count }, (_, k) => k + 1));
});
