/**
 * Builds the site twice before the browser tests: at "/" and under SUB_BASE (OUT_DIR and BASE_PATH
 * as in astro.config.mjs). E2E_REUSE_BUILD=1 skips the builds when .e2e/ already holds them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ROOT_BUILD, SUB_BASE, SUB_BUILD } from './support/sites.ts';

function build(outDir: string, base: string): void {
  if (process.env.E2E_REUSE_BUILD && existsSync(`${outDir}/index.html`)) return;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OUT_DIR: outDir,
    BASE_PATH: base,
    SITE_URL: 'https://example.org',
  };
  // Vitest puts Vite's own env (BASE_URL="/", MODE, DEV, PROD, SSR) into process.env; Astro's build
  // would take that BASE_URL over the configured base and every page link would lose the sub-folder.
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env });
}

export default function setup(): void {
  build(ROOT_BUILD, '/');
  build(SUB_BUILD, SUB_BASE);
}
