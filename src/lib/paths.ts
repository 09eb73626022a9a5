/**
 * URLs of the site (../shared/docs/contract.md), made to work under any base path.
 * Pure functions: the base is passed in; components pass `import.meta.env.BASE_URL`.
 *
 * Library pages (`/`, `/search/`, `/data/`, `/about/`), place pages (`/<place>/…`) and plan pages
 * (`/<place>/<plan>/…`). Views that draw one plan use `planPaths(model.plan)`, the same helpers
 * bound to that plan.
 */

/** Joins a base ("/" or "/some/folder/") and a site path ("/items/5/") into one URL path. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.startsWith('/') ? path.slice(1) : path;
  return `${b}${p}`;
}

const plan = (place: string, id: string) => `/${place}/${id}/`;

export const paths = {
  // Library
  home: () => '/',
  search: () => '/search/',
  data: () => '/data/',
  about: () => '/about/',
  /** /data/plan.schema.json: one schema for every plan.json of the library. */
  schema: () => '/data/plan.schema.json',
  // Place
  place: (place: string) => `/${place}/`,
  placeDepartment: (place: string, slug: string) => `/${place}/departments/${slug}/`,
  // Plan
  plan,
  notice: (place: string, id: string) => `${plan(place, id)}notice/`,
  indicators: (place: string, id: string) => `${plan(place, id)}indicators/`,
  indicator: (place: string, id: string, slug: string) => `${plan(place, id)}indicators/${slug}/`,
  item: (place: string, id: string, number: number) => `${plan(place, id)}items/${number}/`,
  departments: (place: string, id: string) => `${plan(place, id)}departments/`,
  department: (place: string, id: string, slug: string) => `${plan(place, id)}departments/${slug}/`,
  timeline: (place: string, id: string) => `${plan(place, id)}timeline/`,
  matrix: (place: string, id: string) => `${plan(place, id)}matrix/`,
  targets: (place: string, id: string) => `${plan(place, id)}targets/`,
  compare: (place: string, id: string) => `${plan(place, id)}compare/`,
  /** The notice line by line; `#L<line>` for one line. */
  source: (place: string, id: string, line?: number) =>
    `${plan(place, id)}source/${line ? `#L${line}` : ''}`,
  /** The plan's downloads page; its files are `planData(...) + "plan.json"` etc. */
  planData: (place: string, id: string) => `${plan(place, id)}data/`,
} as const;

/** What identifies a plan in a URL: its place's slug and its id. */
export interface PlanKey {
  place: { slug: string };
  id: string;
}

/** The plan's URLs, bound to one plan: `planPaths(model.plan).item(5)`. */
export function planPaths(key: PlanKey) {
  const p = key.place.slug;
  const i = key.id;
  return {
    home: () => paths.plan(p, i),
    place: () => paths.place(p),
    notice: () => paths.notice(p, i),
    indicators: () => paths.indicators(p, i),
    indicator: (slug: string) => paths.indicator(p, i, slug),
    item: (number: number) => paths.item(p, i, number),
    departments: () => paths.departments(p, i),
    department: (slug: string) => paths.department(p, i, slug),
    placeDepartment: (slug: string) => paths.placeDepartment(p, slug),
    timeline: () => paths.timeline(p, i),
    matrix: () => paths.matrix(p, i),
    targets: () => paths.targets(p, i),
    compare: () => paths.compare(p, i),
    source: (line?: number) => paths.source(p, i, line),
    data: () => paths.planData(p, i),
  };
}

export type PlanPaths = ReturnType<typeof planPaths>;

/** The first release's URLs (one plan at the root) and where each now lives. */
export const FIRST_RELEASE = { place: 'zhengzhou', id: '2020' } as const;
