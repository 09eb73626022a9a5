/**
 * Builds the Pagefind search index into <outDir>/pagefind/ after `astro build`.
 * OUT_DIR as in astro.config.mjs (default dist).
 */
import * as pagefind from 'pagefind';

const outDir = process.env.OUT_DIR || 'dist';

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
