/**
 * The two builds the browser tests run against, made once by tests/e2e/global-setup.ts:
 * the site at "/" and the same site under a sub-folder base.
 */
import { resolve } from 'node:path';

export const ROOT_BUILD = resolve('.e2e/root');
export const SUB_BUILD = resolve('.e2e/sub');
export const SUB_BASE = '/some/folder/';

/**
 * The default build a publisher gets without SITE_URL (at "/"): no canonical links, sitemap or
 * full URLs. Its build output is kept in NO_SITE_LOG, for the line the build prints about it.
 */
export const NO_SITE_BUILD = resolve('.e2e/nosite');
export const NO_SITE_LOG = resolve('.e2e/nosite.log');

/**
 * The plan the first release was made for, as a folder below the base: the tests that read one
 * plan's pages closely (charts, layout, data, site) read this one.
 */
export const SEED_PLAN = 'zhengzhou/2020/';
