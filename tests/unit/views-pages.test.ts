import { describe, expect, test } from 'vitest';
import { aboutView } from '../../src/lib/views/about.ts';
import { departmentsIndexView, departmentView } from '../../src/lib/views/departments.ts';
import { homeView } from '../../src/lib/views/home.ts';
import {
  countByMonth,
  indicatorsIndexView,
  indicatorView,
} from '../../src/lib/views/indicators.ts';
import { noticeView } from '../../src/lib/views/notice.ts';
import { canonicalUrl, navLinks, siteUrlNotice, sourceLine } from '../../src/lib/views/site.ts';
import { robotsTxt, sitemapXml, sitePaths } from '../../src/lib/views/sitemap.ts';
import { noticeModel } from './support/plans.ts';
import { planPaths } from '../../src/lib/paths.ts';
import { libraryOf, planFilterValue } from '../../src/lib/library.ts';

const model = noticeModel();

describe('home', () => {
  test('counts indicators, items, departments, annotated and ongoing items', () => {
    const view = homeView(model, 1);
    expect(view.figures).toEqual({
      indicators: 2,
      items: 4,
      departments: 5,
      withStatus: 1,
      dated: 3,
      ongoing: 1,
      none: 0,
    });
    expect(view.date).toBe('2020年4月30日');
    expect(view.planTitle).toBe('郑州市打造一流营商环境2020年工作要点');
  });

  test('counts items due per month in time order, ongoing last, each linked to the timeline', () => {
    expect(countByMonth(planPaths(model.plan), model.items)).toEqual([
      { key: '2020-03', label: '2020年3月', count: 1, href: '/zhengzhou/2020/timeline/#m-2020-03' },
      { key: '2020-06', label: '2020年6月', count: 1, href: '/zhengzhou/2020/timeline/#m-2020-06' },
      {
        key: '2020-12',
        label: '2020年12月',
        count: 1,
        href: '/zhengzhou/2020/timeline/#m-2020-12',
      },
      { key: 'ongoing', label: '持续推进', count: 1, href: '/zhengzhou/2020/timeline/#ongoing' },
    ]);
  });

  test('countByMonth of no items is empty', () => {
    expect(countByMonth(planPaths(model.plan), [])).toEqual([]);
  });
});

describe('indicators', () => {
  test('the index gives each indicator its item count and due months', () => {
    const { indicators } = indicatorsIndexView(model);
    expect(indicators.map((i) => [i.title, i.englishTitle, i.href, i.itemCount])).toEqual([
      ['开办企业', 'Starting a Business', '/zhengzhou/2020/indicators/starting-a-business/', 2],
      ['纳税', 'Paying Taxes', '/zhengzhou/2020/indicators/paying-taxes/', 2],
    ]);
    expect(indicators[1]?.months.map((m) => m.label)).toEqual(['2020年3月', '持续推进']);
  });

  test('an indicator page lists its items with deadline and units, and the departments involved', () => {
    const view = indicatorView(model, 'starting-a-business');
    expect(view.items.shown.map((r) => [r.number, r.deadline, r.lead, r.responsible])).toEqual([
      [1, '2020年6月', '市市场监管局', '市税务局、各开发区'],
      [2, '2020年12月', '', '市大数据局、市市场监管局、市税务局'],
    ]);
    // 市市场监管局, 市税务局, 各开发区, 市大数据局: each counted once however often it is named.
    // (Who does how much is the DepartmentBars chart's job: tests/unit/charts/small.test.ts.)
    expect(view.departmentCount).toBe(4);
    expect(view.prev).toBeNull();
    expect(view.next).toEqual({ title: '纳税', href: '/zhengzhou/2020/indicators/paying-taxes/' });
    expect(view.allItemsHref).toBe(
      `/search/?${new URLSearchParams({ plan: planFilterValue(model.plan), indicator: '开办企业' })}`,
    );
  });

  test('an unknown slug is an error', () => {
    expect(() => indicatorView(model, 'nope')).toThrow(/nope/);
  });
});

describe('departments', () => {
  test('the index groups by kind in a fixed order and sorts by pinyin within a group', () => {
    const { groups, total } = departmentsIndexView(model);
    expect(total).toBe(5);
    expect(groups.map((g) => [g.label, g.departments.map((d) => d.name)])).toEqual([
      ['党委、政府部门', ['市大数据局', '市市场监管局']],
      ['中央、省属驻地单位', ['市税务局']],
      ['所辖地区与开发区', ['各开发区', '郑州航空港区']],
    ]);
  });

  test('the index counts items as lead and as responsible unit, and filters on aliases and pinyin', () => {
    const tax = departmentsIndexView(model)
      .groups.flatMap((g) => g.departments)
      .find((d) => d.name === '市税务局')!;
    expect([tax.leadCount, tax.responsibleCount]).toEqual([1, 3]);
    const port = departmentsIndexView(model)
      .groups.flatMap((g) => g.departments)
      .find((d) => d.slug === 'zheng-zhou-hang-kong-gang-qu')!;
    expect(port.filterText).toContain('航空港区');
    expect(port.filterText).toContain('zhengzhouhangkonggangqu');
  });

  test('a department page orders its items by deadline in each role', () => {
    const view = departmentView(model, 'shi-shui-wu-ju');
    expect(view.lead.shown.map((r) => r.number)).toEqual([4]);
    expect(view.responsible.shown.map((r) => r.number)).toEqual([3, 1, 2]);
    expect(
      view.indicators.map((i) => [i.title, i.anchor, i.count, i.items.shown.map((r) => r.number)]),
    ).toEqual([
      ['开办企业', 'indicator-starting-a-business', 2, [1, 2]],
      ['纳税', 'indicator-paying-taxes', 2, [3, 4]],
    ]);
    expect(view.indicators[0]?.allItemsHref).toBe(
      `/search/?${new URLSearchParams({ plan: planFilterValue(model.plan), department: '市税务局', indicator: '开办企业' })}`,
    );
    // In a library of several places a department's filter value names its place.
    expect(
      new URL(
        departmentView(model, 'shi-shui-wu-ju', { multiPlace: true }).allItemsHref,
        'https://x.org',
      ).searchParams.get('department'),
    ).toBe('郑州市 · 市税务局');
    expect(view.calendarHref).toBe('/zhengzhou/2020/data/departments/shi-shui-wu-ju.ics');
    expect(view.kind).toBe('中央、省属驻地单位');
  });
});

describe('notice', () => {
  test('links each key task to the items that restate it and strips the repeated label', () => {
    const view = noticeView(model);
    const tasks = view.sections[1]!.paragraphs;
    expect(view.sections[1]!.heading).toBe('二、重点工作');
    expect(tasks.map((p) => [p.label, p.text, p.related.shown.map((r) => r.href)])).toEqual([
      [
        '（一）',
        '深化政务服务流程再造。推动商事登记。',
        ['/zhengzhou/2020/items/1/', '/zhengzhou/2020/items/2/'],
      ],
      ['（四）', '不断优化纳税服务水平。推进出口退税不见面办理。', ['/zhengzhou/2020/items/3/']],
    ]);
    expect(view.attachment?.title).toBe('郑州市打造一流营商环境2020年工作要点');
  });
});

describe('about', () => {
  test('lists each correction with the items it touches', () => {
    const view = aboutView(model);
    expect(view.corrections).toHaveLength(1);
    expect(view.corrections[0]).toMatchObject({
      id: 'c1',
      line: 11,
      itemLinks: [{ number: 1, href: '/zhengzhou/2020/items/1/' }],
    });
    expect(view.counts.aliases).toBe(2);
  });
});

describe('site', () => {
  test('navigation: a plan page shows the sections of its plan, current one marked, under any base', () => {
    const links = navLinks(
      '/some/folder/',
      '/some/folder/zhengzhou/2020/indicators/paying-taxes/',
      {
        ...model.plan,
        groupsLabel: '指标',
      },
    );
    expect(links.map((l) => l.label)).toEqual([
      '本计划',
      '通知全文',
      '指标',
      '部门',
      '时间线',
      '责任矩阵',
      '对照',
      '数据',
    ]);
    expect(links.filter((l) => l.current).map((l) => l.label)).toEqual(['指标']);
    expect(links[0]?.href).toBe('/some/folder/zhengzhou/2020/');
    const home = navLinks('/some/folder/', '/some/folder/zhengzhou/2020/', model.plan);
    expect(home.filter((l) => l.current).map((l) => l.label)).toEqual(['本计划']);
    expect(navLinks('/', '/').map((l) => l.label)).toEqual(['首页', '搜索', '数据', '关于']);
    expect(
      navLinks('/', '/')
        .filter((l) => l.current)
        .map((l) => l.label),
    ).toEqual(['首页']);
  });

  test('the footer source line names issuers, title, number and date', () => {
    expect(sourceLine(model.document)).toBe(
      '中共郑州市委办公厅、郑州市人民政府办公厅《关于深入做好2020年优化营商环境工作的通知》（郑办〔2020〕14号），2020年4月30日',
    );
  });

  test('canonical URLs are absolute when the site is known, and absent when it is not', () => {
    expect(canonicalUrl('/a/items/1/', new URL('https://example.org'))).toBe(
      'https://example.org/a/items/1/',
    );
    expect(canonicalUrl('/zhengzhou/2020/items/1/', undefined)).toBeNull();
  });

  test('a build without SITE_URL says in one line what it leaves out and how to set it', () => {
    const notice = siteUrlNotice(undefined);
    expect(notice).not.toContain('\n');
    for (const word of ['SITE_URL', 'canonical', 'sitemap', 'items.csv', 'calendars'])
      expect(notice).toContain(word);
    expect(siteUrlNotice('https://example.org')).toBeNull();
  });

  test('the sitemap lists every page under the base, once', () => {
    const xml = sitemapXml([model], new URL('https://example.org'), '/some/folder/');
    expect(xml).toContain('<loc>https://example.org/some/folder/zhengzhou/2020/items/4/</loc>');
    expect(xml).toContain(
      '<loc>https://example.org/some/folder/zhengzhou/2020/departments/shi-shui-wu-ju/</loc>',
    );
    for (const page of [
      'zhengzhou/',
      'zhengzhou/departments/shi-shui-wu-ju/',
      'zhengzhou/2020/source/',
    ])
      expect(xml).toContain(`<loc>https://example.org/some/folder/${page}</loc>`);
    const paths = sitePaths([model]);
    expect(new Set(paths).size).toBe(paths.length);
    expect(xml.match(/<loc>/g)).toHaveLength(paths.length);
    expect(robotsTxt(new URL('https://example.org'), '/some/folder/')).toContain(
      'Sitemap: https://example.org/some/folder/sitemap.xml',
    );
  });
});

describe('search filters', () => {
  const values = (view: { filters: { name: string; options: { value: string }[] }[] }) =>
    Object.fromEntries(view.filters.map((f) => [f.name, f.options.map((o) => o.value)]));

  test('offer every named department in pinyin order, indicators, deadlines in time order; no status without notes', async () => {
    const { searchView } = await import('../../src/lib/views/search.ts');
    const view = searchView(libraryOf([model]), { noted: () => 0, continuing: 0 });
    // One place and one plan: nothing to choose; no notes, targets or continuity: no such filter.
    expect(values(view)).toEqual({
      department: ['各开发区', '市大数据局', '市市场监管局', '市税务局', '郑州航空港区'],
      indicator: ['开办企业', '纳税'],
      deadline: ['2020年3月31日', '2020年6月', '2020年12月', '持续推进'],
      target: [],
      continuity: [],
      status: [],
    });
  });

  test('with several places: place and plan choices, no department list; status once a note exists', async () => {
    const { searchView } = await import('../../src/lib/views/search.ts');
    const other = {
      ...model,
      plan: { ...model.plan, place: { slug: 'sanya', name: '三亚市' }, id: '2023', year: 2023 },
    };
    const view = searchView(libraryOf([model, other]), {
      noted: (place) => (place === 'sanya' ? 1 : 0),
      continuing: 0,
    });
    const v = values(view);
    expect(v.place).toEqual(['三亚市', '郑州市']);
    expect(v.plan).toEqual([planFilterValue(other.plan), planFilterValue(model.plan)]);
    // Several places: no department list that grows with the library; the select stays, with a hint.
    const department = view.filters.find((f) => f.name === 'department')!;
    expect(department.options).toEqual([]);
    expect(department.always).toBe(true);
    expect(department.hint).toContain('税务局');
    expect(v.status).toContain('已完成');
  });

  test('a library too large to list: places, plans and groups become suggestions, the page stays the same size', async () => {
    const { searchView, LISTED_OPTIONS } = await import('../../src/lib/views/search.ts');
    const libraryOfSize = (n: number) =>
      libraryOf(
        Array.from({ length: n }, (_, k) => ({
          ...model,
          plan: {
            ...model.plan,
            place: { slug: `p${k}`, name: `第${k}市` },
            id: '2023',
            year: 2023,
            title: `第${k}市工作要点`,
          },
          indicators: model.indicators.map((i) => ({ ...i, title: `${i.title}${k}` })),
        })),
      );
    const small = searchView(libraryOfSize(3), { noted: () => 0, continuing: 0 });
    expect(values(small).plan).toHaveLength(3);
    const large = searchView(libraryOfSize(LISTED_OPTIONS + 1), { noted: () => 0, continuing: 0 });
    for (const name of ['place', 'plan', 'indicator', 'department']) {
      const f = large.filters.find((x) => x.name === name)!;
      expect(f.options, name).toEqual([]);
      expect(f.always, name).toBe(true);
      expect(f.hint, name).toMatch(/建议/);
    }
    const huge = searchView(libraryOfSize(4 * LISTED_OPTIONS), { noted: () => 0, continuing: 0 });
    expect(JSON.stringify(huge).length).toBe(JSON.stringify(large).length);
  });
});

test('a department page counts its items per deadline month', () => {
  expect(departmentView(model, 'shi-shui-wu-ju').months.map((m) => [m.label, m.count])).toEqual([
    ['2020年3月', 1],
    ['2020年6月', 1],
    ['2020年12月', 1],
    ['持续推进', 1],
  ]);
});
