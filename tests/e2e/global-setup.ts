/**
 * Builds the site twice before the browser tests: at "/" and under SUB_BASE (OUT_DIR and BASE_PATH
 * as in astro.config.mjs). E2E_REUSE_BUILD=1 skips the builds when .e2e/ already holds them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ROOT_BUILD, SUB_BASE, SUB_BUILD } from './support/sites.ts';

function build(outDir: string, base: string): void {
  if (process.env.E2E_REUSE_BUILD && existsSync(`${outDir}/index.html`)) return;
  // Vitest puts Vite's own variables (BASE_URL="/", MODE …) into process.env; Astro would take
  // that BASE_URL over the configured base, so the child build must not inherit them.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
  execFileSync('npm', ['run', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...env, OUT_DIR: outDir, BASE_PATH: base, SITE_URL: 'https://example.org' },
  });
}

export default function setup(): void {
  build(ROOT_BUILD, '/');
  build(SUB_BUILD, SUB_BASE);
}
