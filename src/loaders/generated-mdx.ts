/**
 * Content loader for the MDX files `npm run ingest` writes (content/items, content/indicators):
 * reads them with src/lib/generated-mdx.ts (why not glob(): see there) and stores each body's HTML,
 * so `render(entry)` shows it with no MDX module per entry.
 */
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readGeneratedMdx } from '../lib/generated-mdx.ts';
import { directoryLoader } from './directory.ts';

/**
 * `dir`: the folder, relative to the project root; `schema`: its collection's schema; `what`: how
 * messages name one file ("an item file").
 */
export function generatedMdxLoader(
  dir: string,
  schema: z.ZodType<Record<string, unknown>>,
  what: string,
): Loader {
  return directoryLoader('generated-mdx-loader', {
    dir,
    extension: '.mdx',
    read: (file, source) => {
      const result = readGeneratedMdx(file, source, schema, what);
      if (!result.ok) return result;
      const { data, body, html } = result.value;
      // The entry id is the file name without its extension, as glob() makes it: "001".
      const id = file.slice(file.lastIndexOf('/') + 1, -'.mdx'.length);
      return { ok: true, value: { id, data, body, html, file } };
    },
  });
}
