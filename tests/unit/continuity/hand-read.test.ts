/**
 * Continuity measured against the hand-read set: Zhengzhou 2023 (31 items) against Zhengzhou 2020
 * (107 items), both read by the real ingest from seeds/. The numbers asserted are the ones
 * scripts/ingest/README.md and /about/ publish; a change to the linking that loses precision or
 * recall fails here. Items 21–31 were held aside while the thresholds were chosen.
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildLibrary } from '../../../scripts/ingest/cli.ts';
import { continuityPlan, linkPlans } from '../../../scripts/ingest/continuity.ts';
import { GOLD, score } from '../support/continuity-gold.ts';
import { CONTINUITY_ACCURACY as PUBLISHED } from '../../../src/lib/continuity-accuracy.ts';

// The two notices as the CLI reads them: one place's plans, built together.
const ROOT = resolve(import.meta.dirname, '../../..');
const { plans } = buildLibrary([
  resolve(ROOT, 'seeds/zhengzhou/2020.txt'),
  resolve(ROOT, 'seeds/zhengzhou/2023.txt'),
]);
const m2023 = plans.find((p) => p.model.plan.id === '2023')!.model;
const links = linkPlans(plans.map((p) => continuityPlan(p.model)));
const held = new Set(GOLD.heldOut);

describe('Zhengzhou 2023 → 2020 against the hand-read set', () => {
  test('the set and the ingest agree on the items (31 later, titles as read)', () => {
    expect(m2023.items).toHaveLength(GOLD.items.length);
    for (const g of GOLD.items) expect(m2023.items[g.later - 1]!.title).toBe(g.title);
  });

  test('every link goes from a 2023 item to a 2020 item of the same place', () => {
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.later).toMatchObject({ place: 'zhengzhou', plan: '2023' });
      expect(l.earlier).toMatchObject({ place: 'zhengzhou', plan: '2020' });
    }
  });

  // What /about/ and scripts/ingest/README.md publish (rounded to 2 places): the links keep it.
  const keeps = (measured: number, published: number) =>
    expect(measured).toBeGreaterThanOrEqual(published - 0.005);

  test('all 31 items: the published precision and recall', () => {
    const s = score(links);
    expect(s.gold).toBe(PUBLISHED.all.gold);
    keeps(s.precision, PUBLISHED.all.precision);
    keeps(s.recall, PUBLISHED.all.recall);
  });

  test('held-out items 21–31: the published precision and recall', () => {
    const s = score(links, (n) => held.has(n));
    expect(s.gold).toBe(PUBLISHED.heldOut.gold);
    keeps(s.precision, PUBLISHED.heldOut.precision);
    keeps(s.recall, PUBLISHED.heldOut.recall);
  });

  test('kinds: the published agreement, and "same" links at the published precision and recall', () => {
    const s = score(links);
    keeps(s.kindAgreement, PUBLISHED.kindAgreement);
    keeps(s.samePrecision, PUBLISHED.same.precision);
    keeps(s.sameRecall, PUBLISHED.same.recall);
  });

  test('renewals read as the same measure: 电子营业执照/电子印章, 联合测绘, 联合验收', () => {
    const pair = (later: number, earlier: number) =>
      links.find((l) => l.later.item === later && l.earlier.item === earlier);
    expect(pair(1, 2)?.kind).toBe('same');
    expect(pair(22, 6)?.kind).toBe('same');
    expect(pair(23, 7)?.kind).toBe('same');
  });

  test('new commitments stay unlinked: most items read as new have no link', () => {
    const fresh = GOLD.items.filter((g) => g.links.length === 0).map((g) => g.later);
    const linked = fresh.filter((n) => links.some((l) => l.later.item === n));
    expect(linked.length).toBeLessThanOrEqual(Math.floor(fresh.length / 3));
  });
});
