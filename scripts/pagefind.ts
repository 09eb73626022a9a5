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

const outDir = process.env.OUT_DIR || 'dist';
// Read by the Pagefind binary the Node API starts (it inherits this environment).
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '2000';

async function main(): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length)
    throw new Error(`Pagefind failed to index ${outDir}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length)
    throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
  console.log(`pagefind: indexed ${added.page_count} pages into ${outDir}/pagefind`);
  await pagefind.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
