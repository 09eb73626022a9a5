/**
 * Builds the site three times before the browser tests: at "/" and under SUB_BASE with SITE_URL,
 * and at "/" without it, as the README's first build is (OUT_DIR and BASE_PATH as in
 * astro.config.mjs). E2E_REUSE_BUILD=1 skips the builds when .e2e/ already holds them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { NO_SITE_BUILD, NO_SITE_LOG, ROOT_BUILD, SUB_BASE, SUB_BUILD } from './support/sites.ts';

function build(outDir: string, base: string, site: string | null = 'https://example.org'): void {
  if (process.env.E2E_REUSE_BUILD && existsSync(`${outDir}/index.html`)) return;
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: outDir, BASE_PATH: base };
  if (site) env.SITE_URL = site;
  else delete env.SITE_URL;
  // Vitest puts Vite's own env (BASE_URL="/", MODE, DEV, PROD, SSR) into process.env; Astro's build
  // would take that BASE_URL over the configured base and every page link would lose the sub-folder.
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  const output = execFileSync('npm', ['run', 'build'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (!site) writeFileSync(NO_SITE_LOG, output);
}

export default function setup(): void {
  build(ROOT_BUILD, '/');
  build(SUB_BUILD, SUB_BASE);
  build(NO_SITE_BUILD, '/', null);
}
