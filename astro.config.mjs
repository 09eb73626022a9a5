// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/**
 * BASE_PATH (default "/") and SITE_URL set Astro's `base` and `site` at build time
 * (../shared/docs/contract.md): the built site must work from the root or any sub-folder.
 */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  base,
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
});
