/**
 * The page types of the site (../shared/docs/contract.md, "Site URLs") and, for each, the built page
 * the quality tests load: a fixed route, or — for the types with one page per thing — the largest
 * such page in the build (the worst case for weight and the most markup for axe).
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export type Budget = 'detail' | 'page' | 'search';

export interface PageType {
  name: string;
  /** Path below the base, without a leading slash ("" for the home page). */
  path: string;
  /** HTTP status the static host answers with. */
  status: number;
  budget: Budget;
  /** A query to type into the search box once the page has loaded (search page only). */
  search?: string;
}

interface Spec {
  name: string;
  /** A fixed route, or the folder whose largest child page stands for the type. */
  route?: string;
  largestIn?: string;
  status?: number;
  budget: Budget;
}

/** Compressed bytes a first load may fetch (tests/e2e/quality/budget.test.ts). */
export const BUDGET_BYTES: Record<Budget, number> = {
  detail: 20 * 1024,
  page: 60 * 1024,
  search: 120 * 1024,
};

const SPECS: Spec[] = [{ name: 'home', route: '', budget: 'page' }];

/** Which page type a built HTML file ("items/5/index.html") belongs to, or undefined. */
export function pageTypeOf(file: string): string | undefined {
  const path = file.replace(/index\.html$/, '');
  for (const spec of SPECS) {
    if (spec.route !== undefined && spec.route === path) return spec.name;
    if (spec.largestIn && new RegExp(`^${spec.largestIn}[^/]+/$`).test(path)) return spec.name;
  }
  if (file === '404.html') return SPECS.find((spec) => spec.status === 404)?.name;
  return undefined;
}

function largestPage(dir: string, folder: string): string {
  const root = join(dir, folder);
  if (!existsSync(root)) throw new Error(`the build has no ${folder} folder`);
  const pages = readdirSync(root)
    .map((name) => join(root, name, 'index.html'))
    .filter((file) => existsSync(file))
    .map((file) => ({ file, size: statSync(file).size }));
  if (pages.length === 0) throw new Error(`the build has no page under ${folder}`);
  pages.sort((a, b) => b.size - a.size || a.file.localeCompare(b.file));
  return pages[0]!.file.slice(dir.length + 1).replace(/index\.html$/, '');
}

/** Every page type, resolved against the build in `dir`. */
export function pageTypes(dir: string): PageType[] {
  return SPECS.map((spec) => ({
    name: spec.name,
    path: spec.largestIn ? largestPage(dir, spec.largestIn) : (spec.route ?? ''),
    status: spec.status ?? 200,
    budget: spec.budget,
  }));
}

/** Every HTML file of the build, relative to `dir` ("items/5/index.html"). */
export function htmlFiles(dir: string, sub = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...htmlFiles(dir, rel));
    else if (entry.name.endsWith('.html')) out.push(rel);
  }
  return out.sort();
}

/**
 * Types `query` into the page's search box and waits until results are listed: links to item
 * pages appear in the results region.
 */
export async function searchFor(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox').first();
  await box.fill(query);
  await page.waitForFunction(() => document.querySelectorAll('main a[href*="/items/"]').length > 0);
}
