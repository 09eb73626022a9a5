/**
 * The library: every plan's pages adapt to what the plan has (issue 12). Read from the built HTML
 * of the root build, every page of every plan:
 * - no page of a plan names 郑州 or 2020 unless its notice does;
 * - a plan whose groups are not the evaluation's indicators never calls them 评价指标;
 * - a plan without deadlines says so on its timeline instead of drawing an empty one, and its item
 *   pages do not link into one;
 * - item pages carry the contract's Pagefind filters, department values named with their place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlFiles, planFolders } from './support/pages.ts';
import { ROOT_BUILD } from './support/sites.ts';

interface PlanJson {
  plan: { place: { slug: string; name: string }; id: string; title: string; year: number | null };
  sourceFile: string;
  indicators: { title: string; englishTitle: string | null }[];
  items: { deadline: { kind: string } }[];
}

const folders = planFolders(ROOT_BUILD);
const planOf = (folder: string): PlanJson =>
  JSON.parse(readFileSync(join(ROOT_BUILD, folder, 'data/plan.json'), 'utf8')) as PlanJson;

/** What a reader sees of a page: its text, without scripts, styles and tags. */
function visibleText(file: string): string {
  return textOf(readFileSync(join(ROOT_BUILD, file), 'utf8'));
}

function textOf(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');
}

const pagesOf = (folder: string) => htmlFiles(ROOT_BUILD, folder.slice(0, -1));

describe.each(folders)('%s', (folder) => {
  const plan = planOf(folder);
  const source = readFileSync(plan.sourceFile, 'utf8').replace(/\s+/g, '');

  // The plan's own words only: what continues an earlier plan (an item's 上一期 section, the
  // compare page) names that plan, as it should.
  const ownText = (file: string) =>
    readFileSync(join(ROOT_BUILD, file), 'utf8').replace(
      /<section class="continuity"[\s\S]*?<\/section>/g,
      ' ',
    );
  test.each(['郑州', '2020'])('names %s only if its notice does', (word) => {
    if (source.includes(word)) return;
    const saying = pagesOf(folder)
      .filter((f) => !f.endsWith('/compare/index.html'))
      .filter((f) => textOf(ownText(f)).includes(word));
    expect(saying).toEqual([]);
  });

  test('calls its groups 评价指标 only if they are the evaluation’s indicators', () => {
    const known = plan.indicators.filter((i) => i.englishTitle !== null).length;
    if (known * 2 > plan.indicators.length) return;
    if (source.includes('评价指标')) {
      // The notice itself uses the word: the site may quote it, but no heading may name the groups so.
      for (const f of pagesOf(folder))
        expect(readFileSync(join(ROOT_BUILD, f), 'utf8'), f).not.toMatch(/<h[12][^>]*>评价指标/);
      return;
    }
    const saying = pagesOf(folder).filter((f) => visibleText(f).includes('评价指标'));
    expect(saying).toEqual([]);
  });

  test('with no deadline, says so on its timeline and links no item to it', () => {
    if (plan.items.some((i) => i.deadline.kind !== 'none')) return;
    const timeline = readFileSync(join(ROOT_BUILD, folder, 'timeline/index.html'), 'utf8');
    expect(timeline).toContain('没有给事项写完成时限');
    expect(timeline).not.toMatch(/<svg/);
    for (const f of pagesOf(folder).filter((f) => f.includes('/items/')))
      expect(readFileSync(join(ROOT_BUILD, f), 'utf8'), f).not.toContain('timeline/#');
  });

  test('item pages carry the place, plan (with its year) and place-named department filters', () => {
    const html = readFileSync(join(ROOT_BUILD, folder, 'items/1/index.html'), 'utf8');
    const filter = (name: string) =>
      [
        ...html.matchAll(
          new RegExp(`data-pagefind-filter="${name}(?::([^"]*))?"[^>]*>([^<]*)`, 'g'),
        ),
      ].map((m) => (m[1] ?? m[2]!).trim());
    expect(filter('place')).toEqual([plan.plan.place.name]);
    const [planValue] = filter('plan');
    expect(planValue).toContain(String(plan.plan.year));
    expect(planValue).toContain(plan.plan.place.name);
    const departments = filter('department');
    expect(departments.length).toBeGreaterThan(0);
    for (const d of departments) expect(d.startsWith(`${plan.plan.place.name} · `), d).toBe(true);
  });
});
