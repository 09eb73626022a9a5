/**
 * Content loader for content/annotations/*.md (editors' status notes, never generated).
 *
 * Astro's glob() loader reads front matter as YAML 1.1, which turns `asOf: 2024-13-01` silently into
 * 2025-01-01 and reports schema errors without the file's path. This loader reads each note with
 * src/lib/annotations.ts and, if any note is bad, stops the build with one `FILE:LINE: field:
 * message` line per problem. The collection's Zod schema (`annotation`) still validates the data.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AnnotationError, parseAnnotation, type ParsedAnnotation } from '../lib/annotations.ts';

/**
 * Reads every `*.md` in `dir` except those starting with "_" (Astro's convention for files that are
 * not entries, e.g. _README.md); a missing directory means no notes. Throws AnnotationError listing
 * every problem of every note.
 */
export async function readAnnotationDir(root: string, dir: string): Promise<ParsedAnnotation[]> {
  const absolute = resolve(root, dir);
  let names: string[];
  try {
    names = (await readdir(absolute)).filter((n) => n.endsWith('.md') && !n.startsWith('_')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const problems: string[] = [];
  const notes: ParsedAnnotation[] = [];
  for (const name of names) {
    const path = join(absolute, name);
    const file = relative(root, path).split('\\').join('/');
    const result = parseAnnotation(file, await readFile(path, 'utf8'));
    if (result.ok) notes.push(result.value);
    else problems.push(...result.problems);
  }
  if (problems.length > 0) throw new AnnotationError(problems);
  return notes;
}

export function annotationLoader(dir = 'content/annotations'): Loader {
  return {
    name: 'annotation-loader',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const sync = async () => {
        const notes = await readAnnotationDir(root, dir);
        context.store.clear();
        for (const note of notes) {
          const id = String(note.annotation.item);
          const data = await context.parseData({ id, data: note.annotation, filePath: note.file });
          context.store.set({
            id,
            data,
            body: note.body,
            filePath: note.file,
            digest: context.generateDigest({ data, body: note.body }),
          });
        }
      };
      await sync();
      // `astro dev`: reload when an editor saves, adds or removes a note.
      const watched = resolve(root, dir);
      context.watcher?.add(watched);
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(watched) || !path.endsWith('.md')) return;
        sync().catch((error: unknown) =>
          context.logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}
