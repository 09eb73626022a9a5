/**
 * What every page shares: the main navigation, the source line in the footer, the page's URLs.
 */
import type { Document } from '../../schemas/model.ts';
import { paths, planPaths, withBase, type PlanKey } from '../paths.ts';
import { formatIsoDate, issuedTitle } from './common.ts';

export const SITE_NAME = '政策导航';

export interface NavLink {
  label: string;
  href: string;
  /** True when the current page is this section (or inside it). */
  current: boolean;
}

/** The library's own pages, in every page's navigation. */
const librarySections = (): [string, string][] => [
  ['首页', paths.home()],
  ['搜索', paths.search()],
  ['数据', paths.data()],
  ['关于', paths.about()],
];

/** One plan's sections, in the navigation of its pages. */
const planSections = (plan: PlanKey): [string, string][] => {
  const p = planPaths(plan);
  return [
    ['本计划', p.home()],
    ['通知全文', p.notice()],
    ['分组', p.indicators()],
    ['部门', p.departments()],
    ['时间线', p.timeline()],
    ['责任矩阵', p.matrix()],
    ['对照', p.compare()],
    ['数据', p.data()],
  ];
};

/**
 * The main navigation with base-aware hrefs: the library's pages, and on a plan's pages that
 * plan's sections (`groupsLabel` names its groups: 评价指标 or 分类).
 * @param pathname the current page's path, base included ("/some/folder/indicators/x/").
 */
export function navLinks(
  base: string,
  pathname: string,
  plan?: PlanKey & { groupsLabel?: string },
): NavLink[] {
  const here = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const sections = plan
    ? planSections(plan).map(([label, path]): [string, string] =>
        label === '分组' ? [plan.groupsLabel ?? '分组', path] : [label, path],
      )
    : librarySections();
  const links = sections.map(([label, path]) => {
    const href = withBase(base, path);
    const current =
      path === '/' || (plan && path === planPaths(plan).home())
        ? here === href
        : here.startsWith(href);
    return { label, href, current };
  });
  return links;
}

/** "中共郑州市委办公厅、郑州市人民政府办公厅《…》（郑办〔2020〕14号），2020年4月30日" */
export function sourceLine(doc: Document): string {
  const date = formatIsoDate(doc.date);
  return (
    issuedTitle(doc) + (doc.docNumber ? `（${doc.docNumber}）` : '') + (date ? `，${date}` : '')
  );
}

/**
 * The canonical URL of a page, absolute; null when the build has no SITE_URL (a canonical link,
 * og:url and a citation need the host, which only SITE_URL gives).
 */
export function canonicalUrl(pathname: string, site: URL | undefined): string | null {
  return site ? new URL(pathname, site).href : null;
}

/**
 * The line the build prints when SITE_URL is not set: what the site then leaves out, and how to get
 * it. Null when it is set.
 */
export function siteUrlNotice(site: string | undefined): string | null {
  if (site) return null;
  return (
    'SITE_URL is not set: the site has no canonical links, og:url, sitemap.xml or robots.txt, and ' +
    'items.csv and the calendars carry site paths, not full URLs. ' +
    'Set it to the address you publish at, e.g. SITE_URL=https://example.org npm run build.'
  );
}
