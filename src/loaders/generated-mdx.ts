/**
 * Content loader for the MDX files `npm run ingest` writes under content/plans/<place>/<plan>/
 * (items/*.mdx, indicators/*.mdx): reads them with src/lib/generated-mdx.ts (why not glob(): see
 * there) and stores each body's HTML, so `render(entry)` shows it with no MDX module per entry.
 */
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readGeneratedMdx } from '../lib/generated-mdx.ts';
import { directoryLoader } from './directory.ts';

/** "zhengzhou/2020/items/001.mdx" → place, plan, file stem. */
const PLAN_FILE = /^([^/]+)\/([^/]+)\/([^/]+)\/([^/]+)\.mdx$/;

/** The entry id of a generated file: "<place>/<plan>/<stem>", e.g. "zhengzhou/2020/001". */
export function planEntryId(relative: string): string | null {
  const m = PLAN_FILE.exec(relative);
  return m ? `${m[1]}/${m[2]}/${m[4]}` : null;
}

/**
 * `root`: the plans folder, relative to the project root ("content/plans"); `kind`: the sub-folder
 * of each plan ("items"); `schema`: its collection's schema; `what`: how messages name one file.
 */
export function generatedMdxLoader(
  root: string,
  kind: string,
  schema: z.ZodType<Record<string, unknown>>,
  what: string,
): Loader {
  const prefix = `${root.replace(/\/$/, '')}/`;
  return directoryLoader('generated-mdx-loader', {
    dir: root,
    extension: '.mdx',
    match: new RegExp(`^[^/]+/[^/]+/${kind}/[^/]+\\.mdx$`),
    read: (file, source) => {
      const result = readGeneratedMdx(file, source, schema, what);
      if (!result.ok) return result;
      const { data, body, html } = result.value;
      const id = planEntryId(file.slice(prefix.length))!;
      return { ok: true, value: { id, data, body, html, file } };
    },
  });
}
