/**
 * Content loader for content/annotations/*.md (editors' status notes, never generated).
 *
 * Astro's glob() loader reads front matter as YAML 1.1, which turns `asOf: 2024-13-01` silently into
 * 2025-01-01 and reports schema errors without the file's path. This loader reads each note with
 * src/lib/annotations.ts and, if any note is bad, stops the build with one `FILE:LINE: field:
 * message` line per problem. The collection's Zod schema (`annotation`) still validates the data.
 */
import type { Loader } from 'astro/loaders';
import { AnnotationError, parseAnnotation, type ParsedAnnotation } from '../lib/annotations.ts';
import { directoryLoader, readDirectory, type DirectoryOptions } from './directory.ts';

const options = (dir: string): DirectoryOptions<ParsedAnnotation> => ({
  dir,
  extension: '.md',
  read: parseAnnotation,
});
const makeError = (problems: string[]) => new AnnotationError(problems);

/**
 * Reads every `*.md` in `dir` except those starting with "_" (e.g. _README.md); a missing directory
 * means no notes. Throws AnnotationError listing every problem of every note.
 */
export function readAnnotationDir(root: string, dir: string): Promise<ParsedAnnotation[]> {
  return readDirectory(root, options(dir), makeError);
}

export function annotationLoader(dir = 'content/annotations'): Loader {
  const { read, ...rest } = options(dir);
  return directoryLoader(
    'annotation-loader',
    {
      ...rest,
      read: (file, source) => {
        const result = read(file, source);
        if (!result.ok) return result;
        const { annotation, body } = result.value;
        return { ok: true, value: { id: String(annotation.item), data: annotation, body, file } };
      },
    },
    makeError,
  );
}
