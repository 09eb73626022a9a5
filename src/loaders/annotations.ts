/**
 * Content loader for content/annotations/<place>/<plan>/<item>.md (editors' status notes, never
 * generated). Entry ids: "<place>/<plan>/<item>".
 *
 * Astro's glob() loader reads front matter as YAML 1.1, which turns `asOf: 2024-13-01` silently into
 * 2025-01-01 and reports schema errors without the file's path. This loader reads each note with
 * src/lib/annotations.ts and, if any note is bad, stops the build with one `FILE:LINE: field:
 * message` line per problem. The collection's Zod schema (`annotation`) still validates the data.
 */
import type { Loader } from 'astro/loaders';
import { AnnotationError, parseAnnotation, type ParsedAnnotation } from '../lib/annotations.ts';
import { directoryLoader, readDirectory, type DirectoryOptions } from './directory.ts';

/** "zhengzhou/2020/5.md" below the annotations folder. */
const NOTE_PATH = /^([^/]+)\/([^/]+)\/[^/]+\.md$/;

/** The place and plan of a note from its path below the annotations folder, or a problem. */
function readNote(dir: string) {
  const prefix = `${dir.replace(/\/$/, '')}/`;
  return (file: string, source: string) => {
    const rel = file.startsWith(prefix) ? file.slice(prefix.length) : file;
    const m = NOTE_PATH.exec(rel);
    if (!m)
      return {
        ok: false as const,
        problems: [
          `${file}:1: a note belongs to one plan: put it at ${prefix}<place>/<plan>/<item number>.md`,
        ],
      };
    const result = parseAnnotation(file, source);
    if (!result.ok) return result;
    return { ok: true as const, value: { ...result.value, place: m[1]!, plan: m[2]! } };
  };
}

const options = (dir: string): DirectoryOptions<PlanAnnotation> => ({
  dir,
  extension: '.md',
  match: /\.md$/,
  read: readNote(dir),
});

/** A note with the plan it belongs to. */
export interface PlanAnnotation extends ParsedAnnotation {
  place: string;
  plan: string;
}
const makeError = (problems: string[]) => new AnnotationError(problems);

/**
 * Reads every `*.md` below `dir` except those starting with "_" (e.g. _README.md); a missing
 * directory means no notes; a note not at `<place>/<plan>/<n>.md` is a problem. Throws AnnotationError listing every problem of every note.
 */
export function readAnnotationDir(root: string, dir: string): Promise<PlanAnnotation[]> {
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
        const { annotation, body, place, plan } = result.value;
        const id = `${place}/${plan}/${annotation.item}`;
        return { ok: true, value: { id, data: annotation, body, file } };
      },
    },
    makeError,
  );
}
