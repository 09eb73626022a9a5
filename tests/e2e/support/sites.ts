/**
 * The two builds the browser tests run against, made once by tests/e2e/global-setup.ts:
 * the site at "/" and the same site under a sub-folder base.
 */
import { resolve } from 'node:path';

export const ROOT_BUILD = resolve('.e2e/root');
export const SUB_BUILD = resolve('.e2e/sub');
export const SUB_BASE = '/some/folder/';
