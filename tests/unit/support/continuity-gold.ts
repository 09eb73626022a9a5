/**
 * The hand-read continuity set (tests/fixtures/continuity/zhengzhou-2020-2023.json) and how a list
 * of computed links is scored against it: a link counts when the same (later item, earlier item)
 * pair is in the set, whatever its kind; kinds are scored separately on the links both agree on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface GoldLink {
  earlier: number;
  kind: 'same' | 'related';
  reason: string;
}
export interface GoldItem {
  later: number;
  title: string;
  links: GoldLink[];
  reason?: string;
}
export interface GoldSet {
  earlier: { place: string; plan: string };
  later: { place: string; plan: string };
  heldOut: number[];
  items: GoldItem[];
}

export const GOLD: GoldSet = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../fixtures/continuity/zhengzhou-2020-2023.json'),
    'utf8',
  ),
);

export interface Scores {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  /** Of the correct links, how many have the hand-read kind. */
  kindAgreement: number;
  /** "same" links: precision and recall of the kind on its own. */
  samePrecision: number;
  sameRecall: number;
}

export function score(
  links: readonly { later: { item: number }; earlier: { item: number }; kind: string }[],
  laterItems: (n: number) => boolean = () => true,
): Scores {
  const gold = new Map<string, string>();
  for (const it of GOLD.items)
    if (laterItems(it.later))
      for (const l of it.links) gold.set(`${it.later}-${l.earlier}`, l.kind);
  const mine = links.filter((l) => laterItems(l.later.item));
  const hits = mine.filter((l) => gold.has(`${l.later.item}-${l.earlier.item}`));
  const kindOk = hits.filter((l) => gold.get(`${l.later.item}-${l.earlier.item}`) === l.kind);
  const samePred = mine.filter((l) => l.kind === 'same');
  const sameOk = samePred.filter((l) => gold.get(`${l.later.item}-${l.earlier.item}`) === 'same');
  const sameGold = [...gold.values()].filter((k) => k === 'same').length;
  const div = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    gold: gold.size,
    predicted: mine.length,
    correct: hits.length,
    precision: div(hits.length, mine.length),
    recall: div(hits.length, gold.size),
    kindAgreement: div(kindOk.length, hits.length),
    samePrecision: div(sameOk.length, samePred.length),
    sameRecall: div(sameOk.length, sameGold),
  };
}
