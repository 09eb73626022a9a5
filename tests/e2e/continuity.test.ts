/**
 * Continuity in the built site (.e2e/root), read as a reader without script reads it: the
 * /data/continuity.json download, the item pages' 上一期/下一期 with working links, each plan's
 * compare page (a table of every item when the place has an earlier plan, one sentence and no empty
 * section when it has none), the Pagefind filter, and never "已放弃".
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { continuity } from '../../src/schemas/continuity.ts';
import { ROOT_BUILD } from './support/sites.ts';

const CONTENT = resolve('content/plans');
const page = (path: string) => {
  const file = join(ROOT_BUILD, path, 'index.html');
  expect(existsSync(file), path).toBe(true);
  return readFileSync(file, 'utf8');
};
const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';

interface PlanInfo {
  place: string;
  id: string;
  year: number | null;
  items: number;
}
const plans: PlanInfo[] = readdirSync(CONTENT).flatMap((place) =>
  readdirSync(join(CONTENT, place)).map((id) => {
    const json = JSON.parse(readFileSync(join(CONTENT, place, id, 'plan.json'), 'utf8'));
    return {
      place,
      id,
      year: json.plan.year as number | null,
      items: readdirSync(join(CONTENT, place, id, 'items')).length,
    };
  }),
);
const links = continuity.parse(
  JSON.parse(readFileSync(join(ROOT_BUILD, 'data/continuity.json'), 'utf8')),
);
const hasEarlier = (p: PlanInfo) =>
  plans.some((q) => q.place === p.place && q.year !== null && p.year !== null && q.year < p.year);

describe('/data/continuity.json', () => {
  test('every link joins items of one place, a later year to an earlier one, both pages built', () => {
    for (const l of links) {
      const later = plans.find((p) => p.place === l.later.place && p.id === l.later.plan)!;
      const earlier = plans.find((p) => p.place === l.earlier.place && p.id === l.earlier.plan)!;
      expect(l.later.place).toBe(l.earlier.place);
      expect(later.year! > earlier.year!).toBe(true);
      page(`${l.later.place}/${l.later.plan}/items/${l.later.item}`);
      page(`${l.earlier.place}/${l.earlier.plan}/items/${l.earlier.item}`);
    }
  });
});

describe('item pages', () => {
  test('a continuing item shows 上一期 with a link to what it continues, and the search filter', () => {
    for (const l of links) {
      const html = page(`${l.later.place}/${l.later.plan}/items/${l.later.item}`);
      expect(main(html)).toContain('上一期');
      expect(html).toContain(
        `href="/${l.earlier.place}/${l.earlier.plan}/items/${l.earlier.item}/"`,
      );
      expect(html).toMatch(/data-pagefind-filter="continuity"[^>]*>延续此前计划</);
      const back = page(`${l.earlier.place}/${l.earlier.plan}/items/${l.earlier.item}`);
      expect(main(back)).toContain('下一期');
      expect(back).toContain(`href="/${l.later.place}/${l.later.plan}/items/${l.later.item}/"`);
    }
  });

  test('items of a place with one plan show no 上一期, 下一期 or filter', () => {
    for (const p of plans.filter((p) => plans.filter((q) => q.place === p.place).length === 1)) {
      const html = page(`${p.place}/${p.id}/items/1`);
      expect(main(html)).not.toMatch(/上一期|下一期/);
      expect(html).not.toContain('data-pagefind-filter="continuity"');
    }
  });
});

describe('compare pages', () => {
  test.each(plans.map((p) => [`${p.place}/${p.id}`, p] as const))('%s', (_key, p) => {
    const html = main(page(`${p.place}/${p.id}/compare`));
    expect(html).not.toContain('已放弃');
    if (!hasEarlier(p)) {
      expect(html).toContain('无可对照');
      expect(html).not.toContain('<table');
      expect(html).not.toMatch(/<h2/);
      return;
    }
    const rows = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
    expect(rows.match(/<tr/g)?.length).toBe(p.items);
    const continuing = new Set(
      links
        .filter((l) => l.later.place === p.place && l.later.plan === p.id)
        .map((l) => l.later.item),
    ).size;
    expect(html.replace(/<[^>]+>/g, '').replace(/\s+/g, '')).toContain(
      `延续此前计划${continuing}项`,
    );
    expect(html).toContain('未再列出');
  });
});
