/**
 * Which of the library's routes this build has. Place pages (`/<place>/`,
 * `/<place>/departments/<slug>/`) and the source page (`/<place>/<plan>/source/`) are built by
 * their own pages (issue 12, library pages); plan pages link to them once those pages exist, and
 * never to a page the build does not make. Read at build time from src/pages/.
 */
import { existsSync } from 'node:fs';

const has = (route: string) => existsSync(`src/pages/${route}`);

export const routes = {
  place: has('[place]/index.astro'),
  placeDepartment: has('[place]/departments/[slug].astro'),
  source: has('[place]/[plan]/source.astro') || has('[place]/[plan]/source/index.astro'),
};
