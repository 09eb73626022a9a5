/**
 * Builds the Pagefind search index into <outDir>/pagefind/ after `astro build`.
 * OUT_DIR as in astro.config.mjs (default dist).
 *
 * Index chunks are kept small (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, default here 2000): the search
 * runs a query as several variants (src/lib/search/expand.ts), each of whose words may sit in a
 * different chunk, so what a first query costs is about (words touched) × (chunk size). Measured on
 * the three-plan library, a first search of 交税 / 开公司 执照 / 人社局: Pagefind's default chunks
 * (~30 KB each) 181 / 209 / 211 KB in all; 8000: 155 / 166 / 178 KB; 4000: 132 / 138 / 135 KB;
 * 2000: 113 / 120 / 116 KB, for 3.2 KB of chunk list in the metadata instead of 2.3 KB.
 */
import * as pagefind from 'pagefind';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

const outDir = process.env.OUT_DIR || 'dist';
/**
 * The pages searched: item pages, /<place>/<plan>/items/<n>/ (only they carry data-pagefind-body).
 * Naming them spares Pagefind reading the other pages of the site, which at 100 plans was half of
 * its time.
 */
const ITEM_PAGES = '*/*/items/*/index.html';
const ITEM_PAGE = /^[^/]+\/[^/]+\/items\/[^/]+\/index\.html$/;
// Read by the Pagefind binary the Node API starts (it inherits this environment).
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '2000';

async function main(): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir, glob: ITEM_PAGES });
  if (added.errors.length)
    throw new Error(`Pagefind failed to index ${outDir}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length)
    throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
  console.log(`pagefind: indexed ${added.page_count} pages into ${outDir}/pagefind`);
  dropAbsentFilters();
  await pagefind.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/** The item pages under `dir` (what Pagefind indexes). */
function itemPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(sep).join('/'))
    .filter((f) => ITEM_PAGE.test(f))
    .map((f) => join(dir, f));
}

/**
 * The search page offers the filters `target` and `continuity` (src/pages/search.astro,
 * data-optional-filter) when the model has them; a filter no indexed page carries would only find
 * nothing, so its select is taken out of the built search page here, once the pages are known.
 */
function dropAbsentFilters(): void {
  const searchPage = join(outDir, 'search', 'index.html');
  let html: string;
  try {
    html = readFileSync(searchPage, 'utf8');
  } catch {
    return;
  }
  const optional = [...html.matchAll(/data-optional-filter="([a-z]+)"/g)].map((m) => m[1]!);
  if (optional.length === 0) return;
  const present = new Set<string>();
  for (const file of itemPages(outDir)) {
    const text = readFileSync(file, 'utf8');
    for (const name of optional)
      if (text.includes(`data-pagefind-filter="${name}`)) present.add(name);
    if (present.size === optional.length) break;
  }
  let out = html;
  for (const name of optional)
    if (!present.has(name))
      out = out.replace(
        new RegExp(`<div data-optional-filter="${name}"[^>]*>[\\s\\S]*?</select>\\s*</div>`),
        '',
      );
  if (out !== html) writeFileSync(searchPage, out);
}
