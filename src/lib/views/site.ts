/**
 * What every page shares: the main navigation, the source line in the footer, the page's URLs.
 */
import type { Document } from '../../schemas/model.ts';
import { paths, withBase } from '../paths.ts';
import { formatIsoDate, issuedTitle } from './common.ts';

export const SITE_NAME = '政策导航';

export interface NavLink {
  label: string;
  href: string;
  /** True when the current page is this section (or inside it). */
  current: boolean;
}

const sections: [string, string][] = [
  ['首页', paths.home()],
  ['通知全文', paths.notice()],
  ['指标', paths.indicators()],
  ['部门', paths.departments()],
  ['时间线', paths.timeline()],
  ['责任矩阵', paths.matrix()],
  ['数据', paths.data()],
  ['关于', paths.about()],
];

/**
 * The main navigation with base-aware hrefs.
 * @param pathname the current page's path, base included ("/some/folder/indicators/x/").
 */
export function navLinks(base: string, pathname: string): NavLink[] {
  const here = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return sections.map(([label, path]) => {
    const href = withBase(base, path);
    const current = path === '/' ? here === href : here.startsWith(href);
    return { label, href, current };
  });
}

/** "中共郑州市委办公厅、郑州市人民政府办公厅《…》（郑办〔2020〕14号），2020年4月30日" */
export function sourceLine(doc: Document): string {
  const date = formatIsoDate(doc.date);
  return (
    issuedTitle(doc) + (doc.docNumber ? `（${doc.docNumber}）` : '') + (date ? `，${date}` : '')
  );
}

/** The canonical URL of a page: absolute when the site URL is known, else the path itself. */
export function canonicalUrl(pathname: string, site: URL | undefined): string {
  return site ? new URL(pathname, site).href : pathname;
}
