/**
 * The library's pure parts: which plan a notice is, the place's name, department slugs per place
 * (scripts/ingest/library.ts); the site's library, filter values, groups and first-release
 * redirects (src/lib/library.ts, views/groups.ts, redirects.ts, paths.ts).
 */
import { describe, expect, test } from 'vitest';
import {
  jurisdictionOf,
  placeDepartmentSlugs,
  placeNameOf,
  planIdentity,
  planYear,
  resolvePlaceName,
} from '../../scripts/ingest/library.ts';
import {
  departmentFilterValue,
  libraryOf,
  planFilterValue,
  scopeOf,
} from '../../src/lib/library.ts';
import { paths, planPaths, withBase } from '../../src/lib/paths.ts';
import { firstReleaseRedirects } from '../../src/lib/redirects.ts';
import { deadlineShape, groupTerms } from '../../src/lib/views/groups.ts';
import type { Model } from '../../src/schemas/model.ts';
import { noticeModel } from './support/plans.ts';

const model = noticeModel();
const withPlan = (
  m: Model,
  place: string,
  id: string,
  year: number | null,
  name = place,
): Model => ({
  ...m,
  plan: { ...m.plan, place: { slug: place, name }, id, year },
});

describe('which plan a notice is', () => {
  test.each([
    ['seeds/zhengzhou/2020.txt', { place: 'zhengzhou', id: '2020' }],
    ['/tmp/x/seeds/henan/2023-credit.txt', { place: 'henan', id: '2023-credit' }],
    ['tests/fixtures/corpus/sanya-2023-business-environment.txt', { place: 'sanya', id: '2023' }],
    ['/tmp/somewhere/notice.txt', { place: 'somewhere', id: 'notice' }],
    ['通知.txt', null],
  ])('%s', (path, expected) => {
    expect(planIdentity(path)).toEqual(expected);
  });

  test('the year comes from the id, else the date, else the title', () => {
    expect(planYear('2023-credit', { date: '2022-12-30', title: '' })).toBe(2023);
    expect(planYear('credit', { date: '2022-12-30', title: '' })).toBe(2022);
    expect(planYear('credit', { date: null, title: '关于2021年工作的通知' })).toBe(2021);
    expect(planYear('credit', { date: null, title: '通知' })).toBeNull();
  });
});

describe('the place a notice names', () => {
  test.each([
    ['中共郑州市委办公厅', '郑州市'],
    ['郑州市人民政府办公厅', '郑州市'],
    ['宁夏回族自治区市场监管厅', '宁夏回族自治区'],
    ['上海市高级人民法院', '上海市'],
    ['国家税务总局上海市税务局', '上海市'],
    ['河南省发展和改革委员会', '河南省'],
    ['自治区市场监管厅', null],
    ['市推进政府职能转变和“放管服”改革协调领导小组办公室', null],
  ])('%s → %s', (issuer, place) => {
    expect(jurisdictionOf(issuer)).toBe(place);
  });

  test('most issuers win; the title counts too', () => {
    expect(
      placeNameOf({
        issuers: ['自治区市场监管厅'],
        title: '宁夏回族自治区市场监管厅关于印发…的通知',
      }),
    ).toBe('宁夏回族自治区');
    expect(placeNameOf({ issuers: ['市政府办公室'], title: '关于印发…的通知' })).toBeNull();
  });

  test('place.json wins; plans that disagree or say nothing warn and ask for it', () => {
    const plans = [
      { file: 'seeds/x/2020.txt', name: '甲市' },
      { file: 'seeds/x/2023.txt', name: '乙市' },
    ];
    expect(resolvePlaceName('x', plans, { name: '丙市' }, 'seeds/x/place.json')).toEqual({
      name: '丙市',
      warnings: [],
    });
    const split = resolvePlaceName('x', plans, null, 'seeds/x/place.json');
    expect(split.name).toBe('甲市');
    expect(split.warnings[0]?.message).toMatch(/^warning: .*甲市、乙市.*seeds\/x\/place\.json/);
    const none = resolvePlaceName('x', [{ file: 'seeds/x/2020.txt', name: null }], null, 'p.json');
    expect(none.name).toBe('x');
    expect(none.warnings).toHaveLength(1);
  });

  test('one name has one department slug across the plans of a place', () => {
    const a = withPlan(model, 'zhengzhou', '2020', 2020);
    const b = {
      ...withPlan(model, 'zhengzhou', '2023', 2023),
      departments: model.departments.map((d) => ({ ...d, slug: `${d.slug}-other` })),
    };
    const [x, y] = placeDepartmentSlugs([a, b]);
    expect(y!.departments.map((d) => d.slug)).toEqual(x!.departments.map((d) => d.slug));
  });
});

describe('the site’s library', () => {
  const zz20 = withPlan(model, 'zhengzhou', '2020', 2020, '郑州市');
  const zz23 = withPlan(model, 'zhengzhou', '2023', 2023, '郑州市');
  const sy23 = withPlan(model, 'sanya', '2023', 2023, '三亚市');

  test('places by slug, each place’s plans oldest first', () => {
    const lib = libraryOf([zz23, sy23, zz20]);
    expect(lib.places.map((p) => [p.slug, p.plans.map((m) => m.plan.id)])).toEqual([
      ['sanya', ['2023']],
      ['zhengzhou', ['2020', '2023']],
    ]);
    expect(lib.plans.map((m) => `${m.plan.place.slug}/${m.plan.id}`)).toEqual([
      'sanya/2023',
      'zhengzhou/2020',
      'zhengzhou/2023',
    ]);
  });

  test('filter values: the plan names its year; departments their place once there are several', () => {
    expect(planFilterValue(zz20.plan)).toContain('2020');
    expect(planFilterValue(zz20.plan)).not.toBe(planFilterValue(zz23.plan));
    expect(departmentFilterValue(zz20.plan, '市税务局', scopeOf(libraryOf([zz20, zz23])))).toBe(
      '市税务局',
    );
    expect(departmentFilterValue(zz20.plan, '市税务局', scopeOf(libraryOf([zz20, sy23])))).toBe(
      '郑州市 · 市税务局',
    );
  });

  test('plan URLs are /<place>/<plan>/…, under any base', () => {
    const p = planPaths(sy23.plan);
    expect(p.item(5)).toBe('/sanya/2023/items/5/');
    expect(p.source(189)).toBe('/sanya/2023/source/#L189');
    expect(paths.department('sanya', '2023', 'shi-shui-wu-ju')).toBe(
      '/sanya/2023/departments/shi-shui-wu-ju/',
    );
    expect(paths.placeDepartment('sanya', 'shi-shui-wu-ju')).toBe(
      '/sanya/departments/shi-shui-wu-ju/',
    );
    expect(withBase('/some/folder/', p.data())).toBe('/some/folder/sanya/2023/data/');
  });

  test('first-release URLs go to the same page of zhengzhou/2020, only when the library has it', () => {
    const r = firstReleaseRedirects([sy23, zz20]);
    expect(r.items).toHaveLength(zz20.items.length);
    expect(r.items[0]).toEqual({ number: 1, to: '/zhengzhou/2020/items/1/' });
    expect(r.pages?.timeline).toBe('/zhengzhou/2020/timeline/');
    expect(firstReleaseRedirects([sy23, zz23])).toEqual({
      items: [],
      indicators: [],
      departments: [],
      pages: null,
    });
  });
});

describe('what a plan’s pages call its groups and its time', () => {
  test('indicators of the evaluation are 评价指标; thematic sections are not', () => {
    expect(groupTerms(model).name).toBe('评价指标');
    const sections = {
      indicators: model.indicators.map((i) => ({ ...i, englishTitle: null, title: '深化改革' })),
    };
    expect(groupTerms(sections).name).not.toContain('指标');
  });

  test('deadlineShape counts dated, ongoing and undated items', () => {
    expect(deadlineShape(model)).toEqual({ dated: 3, ongoing: 1, none: 0, hasTimeline: true });
    const none = { items: model.items.map((i) => ({ ...i, deadline: { kind: 'none' as const } })) };
    expect(deadlineShape(none)).toMatchObject({ none: model.items.length, hasTimeline: false });
  });
});
