/**
 * A content loader for a folder of files we read ourselves (src/lib/front-matter.ts and friends), so
 * that a bad file stops the build with one `FILE:LINE: message` line per problem and nothing else.
 * Used for the editors' notes (annotations.ts) and the generated item and indicator files
 * (generated-mdx.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, type Checked } from '../lib/front-matter.ts';

/** One entry as a reader returns it. */
export interface DirectoryEntry {
  id: string;
  data: Record<string, unknown>;
  body: string;
  /** The body as HTML, when the reader renders it: `render(entry)` then shows it. */
  html?: string;
}

export interface DirectoryOptions<T> {
  /** The folder, relative to the project root: "content/items". */
  dir: string;
  /** File name ending: ".mdx". Files starting with "_" are not entries (Astro's convention). */
  extension: string;
  /**
   * Which files below `dir` are entries, by their path relative to `dir` ("zhengzhou/2020/items/
   * 001.mdx"); without it, only the files directly in `dir`. Folders starting with "." or "_" are
   * never entered.
   */
  match?: RegExp;
  /** Reads one file; `file` is relative to the project root, for messages. */
  read: (file: string, source: string) => Checked<T>;
}

/** Entry files under `absolute`, relative to it, sorted; folders walked only when `deep`. */
async function listEntries(absolute: string, extension: string, deep: boolean): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, prefix: string) => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      if (e.name.startsWith('_') || e.name.startsWith('.')) continue;
      if (e.isDirectory()) {
        if (deep) await walk(join(dir, e.name), `${prefix}${e.name}/`);
      } else if (e.name.endsWith(extension)) out.push(`${prefix}${e.name}`);
    }
  };
  await walk(absolute, '');
  return out.sort();
}

/**
 * Reads every entry file of `dir` under `root`, in file-name order; a missing folder means none.
 * Throws `makeError(problems)` listing every problem of every file.
 */
export async function readDirectory<T>(
  root: string,
  { dir, extension, match, read }: DirectoryOptions<T>,
  makeError: (problems: string[]) => Error = (problems) => new ContentError(problems),
): Promise<T[]> {
  const absolute = resolve(root, dir);
  let names: string[];
  try {
    names = (await listEntries(absolute, extension, match !== undefined)).filter(
      (n) => match === undefined || match.test(n),
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const problems: string[] = [];
  const values: T[] = [];
  for (const name of names) {
    const path = join(absolute, name);
    const file = relative(root, path).split('\\').join('/');
    const result = read(file, await readFile(path, 'utf8'));
    if (result.ok) values.push(result.value);
    else problems.push(...result.problems);
  }
  if (problems.length > 0) throw makeError(problems);
  return values;
}

/** A loader over `readDirectory`; in `astro dev` it reloads when a file of the folder changes. */
export function directoryLoader(
  name: string,
  options: DirectoryOptions<DirectoryEntry & { file: string }>,
  makeError?: (problems: string[]) => Error,
  /** Completes an entry from other files (e.g. a plan's departments.json beside its plan.json). */
  enrich?: (
    entry: DirectoryEntry & { file: string },
    root: string,
  ) => Promise<DirectoryEntry & { file: string }>,
): Loader {
  return {
    name,
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const sync = async () => {
        const read = await readDirectory(root, options, makeError);
        const entries = enrich ? await Promise.all(read.map((e) => enrich(e, root))) : read;
        context.store.clear();
        for (const entry of entries) {
          const data = await context.parseData({
            id: entry.id,
            data: entry.data,
            filePath: entry.file,
          });
          context.store.set({
            id: entry.id,
            data,
            body: entry.body,
            filePath: entry.file,
            ...(entry.html === undefined ? {} : { rendered: { html: entry.html } }),
            digest: context.generateDigest({ data, body: entry.body }),
          });
        }
      };
      await sync();
      const watched = resolve(root, options.dir);
      context.watcher?.add(watched);
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(watched) || !(path.endsWith(options.extension) || enrich)) return;
        sync().catch((error: unknown) =>
          context.logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}
