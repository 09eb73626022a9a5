/**
 * `npm run preview`: serves the built site at the base it was built for. `astro preview` takes
 * the base from astro.config.mjs, i.e. from BASE_PATH at preview time, so after
 * `BASE_PATH=/policy/ npm run build` a plain `astro preview` served "/" and answered 404 at
 * "/policy/". This reads the base from the build itself (the favicon link every page has) unless
 * BASE_PATH is given, and runs `astro preview` with it. OUT_DIR as in astro.config.mjs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The base a built page was made for: the folder of its favicon link ("/policy/"); null if none. */
export function builtBase(html: string): string | null {
  const link = /<link\b[^>]*\brel="icon"[^>]*>/.exec(html)?.[0];
  const href = link && /\bhref="([^"]*)favicon\.svg"/.exec(link)?.[1];
  return href && href.startsWith('/') ? href : null;
}

function main(): void {
  const outDir = process.env.OUT_DIR || 'dist';
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) {
    console.error(`${index} does not exist: run \`npm run build\` first.`);
    process.exit(1);
  }
  const base = process.env.BASE_PATH || builtBase(readFileSync(index, 'utf8')) || '/';
  console.log(`preview: ${outDir}/ was built for base ${base}; serving it there.`);
  const child = spawn('astro', ['preview', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, BASE_PATH: base },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (import.meta.main) main();
