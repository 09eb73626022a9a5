// @ts-check
import { defineConfig } from 'astro/config';
import { siteUrlNotice } from './src/lib/views/site.ts';

/**
 * BASE_PATH (default "/") and SITE_URL set Astro's `base` and `site` at build time
 * (docs/interfaces.md): the built site must work from the root or any sub-folder.
 */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;
/** OUT_DIR lets the tests build the site twice (root and sub-folder base) side by side. */
const outDir = process.env.OUT_DIR || './dist';

/** Says once, at the end of a build, what a build without SITE_URL leaves out. */
const siteUrlWarning = {
  name: 'site-url-notice',
  hooks: {
    /** @param {{ logger: import('astro').AstroIntegrationLogger }} options */
    'astro:build:done': ({ logger }) => {
      const notice = siteUrlNotice(site);
      if (notice) logger.warn(notice);
    },
  },
};

export default defineConfig({
  base,
  site,
  outDir,
  integrations: [siteUrlWarning],
  trailingSlash: 'always',
  // Stylesheets and scripts always go to files, never inline: a CSP then needs no hashes beyond
  // the one tiny theme script in Base.astro.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      // Astro builds for "esnext"; the CSS is built for Baseline widely available instead (Vite's
      // own default), so that its minifier rewrites light-dark() for browsers before Baseline 2024
      // (see the top of src/styles/global.css).
      cssTarget: ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'],
    },
  },
});
