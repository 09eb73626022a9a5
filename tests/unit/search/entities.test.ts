import { expect, test } from 'vitest';
import {
  buildEntities,
  chunkName,
  lookupEntities,
  type EntityPlan,
} from '../../../src/lib/search/entities.ts';

const plan = (place: string, name: string, year: number, units: string[][]): EntityPlan => ({
  place: { slug: place, name },
  id: String(year),
  year,
  title: `${name}${year}年工作要点`,
  docNumber: null,
  items: units.map((u) => ({ indicator: 1, leadUnits: u, responsibleUnits: [] })),
  indicators: [{ number: 1, title: '纳税', slug: 'paying-taxes' }],
  departments: [
    { name: '市人社局', slug: 'shi-ren-she-ju', aliases: [] },
    { name: '市税务局', slug: 'shi-shui-wu-ju', aliases: ['郑州市税务局'] },
    { name: '市人力资源和社会保障局', slug: 'shi-ren-li', aliases: [] },
  ].filter((d) => units.flat().includes(d.name)),
});

const plans = [
  plan('zhengzhou', '郑州市', 2020, [['市人社局'], ['市人社局', '市税务局'], ['市税务局']]),
  plan('zhengzhou', '郑州市', 2023, [['市人社局']]),
  plan('sanya', '三亚市', 2023, [['市人力资源和社会保障局']]),
];
const chunks = buildEntities(
  plans,
  {
    place: (p) => `/${p}/`,
    plan: (p, id) => `/${p}/${id}/`,
    indicator: (p, id, slug) => `/${p}/${id}/indicators/${slug}/`,
    placeDepartment: (p, slug) => `/${p}/departments/${slug}/`,
  },
  {
    department: (placeName, name) => `${placeName} · ${name}`,
    indicator: (_p, title) => title,
    plan: (p) => `${p.year}年 ${p.place.name}`,
    place: (name) => name,
  },
);
// What the browser does: JSON round trip, then the chunks of the variants' first characters.
const fetched = (variants: string[]) =>
  new Map(
    variants
      .map(chunkName)
      .filter((n) => chunks.has(n))
      .map((n) => [n, JSON.parse(JSON.stringify(chunks.get(n)))]),
  );

test('人社局 names both places’ bodies, however each spells it, with item counts across plans', () => {
  const variants = ['人社局', '人力资源和社会保障局'];
  const found = lookupEntities(variants, fetched(variants));
  expect(found.map((e) => [e.label, e.count, e.filters.department])).toEqual([
    ['郑州市 · 市人社局', 3, '郑州市 · 市人社局'],
    ['三亚市 · 市人力资源和社会保障局', 1, '三亚市 · 市人力资源和社会保障局'],
  ]);
  expect(found[0]!.page).toBe('/zhengzhou/departments/shi-ren-she-ju/');
});

test('a body is found by its alias and without its level or place prefix', () => {
  for (const q of ['税务局', '市税务局', '郑州市税务局']) {
    const found = lookupEntities([q], fetched([q]));
    expect(found[0]?.label, q).toBe('郑州市 · 市税务局');
    expect(found[0]?.count).toBe(2);
  }
});

test('indicators, places and plans are named too', () => {
  expect(lookupEntities(['纳税'], fetched(['纳税'])).map((e) => e.label)).toEqual([
    '郑州市 2020 · 纳税',
    '三亚市 2023 · 纳税',
    '郑州市 2023 · 纳税',
  ]);
  const place = lookupEntities(['郑州'], fetched(['郑州']));
  expect(place[0]).toMatchObject({ kind: 'place', label: '郑州市', count: 4, page: '/zhengzhou/' });
  const planHit = lookupEntities(['郑州2023'], fetched(['郑州2023']));
  expect(planHit[0]).toMatchObject({ kind: 'plan', filters: { plan: '2023年 郑州市' } });
});

test('each chunk holds only keys starting with its character', () => {
  for (const [name, chunk] of chunks)
    for (const key of Object.keys(chunk.keys)) expect(chunkName(key)).toBe(name);
});
