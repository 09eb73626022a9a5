/**
 * URLs of the site (../shared/docs/contract.md), made to work under any base path.
 * Pure functions: the base is passed in; components pass `import.meta.env.BASE_URL`.
 */

/** Joins a base ("/" or "/some/folder/") and a site path ("/items/5/") into one URL path. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.startsWith('/') ? path.slice(1) : path;
  return `${b}${p}`;
}

export const paths = {
  home: () => '/',
  notice: () => '/notice/',
  indicators: () => '/indicators/',
  indicator: (slug: string) => `/indicators/${slug}/`,
  item: (number: number) => `/items/${number}/`,
  departments: () => '/departments/',
  department: (slug: string) => `/departments/${slug}/`,
  timeline: () => '/timeline/',
  matrix: () => '/matrix/',
  targets: () => '/targets/',
  search: () => '/search/',
  data: () => '/data/',
  about: () => '/about/',
} as const;
