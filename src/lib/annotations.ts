/**
 * Editors' status notes, content/annotations/<item>.md: reading and checking them.
 *
 * Pure functions over (file name, text). The content loader (src/loaders/annotations.ts) runs them
 * at every build; a bad note stops the build with one line per problem in the form
 * `FILE:LINE: field: message`, so an editor can open the note at the line that is wrong.
 *
 * The front matter is read as YAML 1.2 (the `yaml` package), not with Astro's YAML 1.1 reader: YAML
 * 1.1 turns `asOf: 2024-13-01` silently into a date in 2025, where we must refuse it.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { annotation, type Annotation } from '../schemas/model.ts';

/** A note that passed every check of its own file. */
export interface ParsedAnnotation {
  /** The file, relative to the project root: "content/annotations/5.md". */
  file: string;
  /** The front matter, validated. */
  annotation: Annotation;
  /** Markdown after the front matter, trimmed ("" when none). */
  body: string;
  /** 1-based line of the `item:` field, for messages about the item. */
  itemLine: number;
}

export type AnnotationResult =
  { ok: true; value: ParsedAnnotation } | { ok: false; problems: string[] };

/** Raised by the loader and by the cross-check; its message is the problem lines. */
export class AnnotationError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'AnnotationError';
    this.problems = problems;
    // The message names the file, line and field; a stack trace would only bury it.
    this.stack = '';
  }
}

const FIELDS = Object.keys(annotation.shape);
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/** "evidence[0].url" for the path ["evidence", 0, "url"]. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`))
    .join('');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'an object';
  return String(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** The message for one failed check, worded for an editor. */
function issueMessage(issue: z.core.$ZodIssue, data: unknown): string {
  const found = valueAt(data, issue.path);
  if (found === undefined) return 'missing (required)';
  const last = issue.path[issue.path.length - 1];
  if (last === 'status' && issue.path.length === 1) {
    return `unknown status ${describe(found)}; expected one of ${annotation.shape.status.options.join(', ')}`;
  }
  if (last === 'asOf' && issue.path.length === 1) {
    return `malformed date ${describe(found)}; expected a real day written YYYY-MM-DD`;
  }
  if (last === 'item' && issue.path.length === 1) {
    return `${describe(found)} is not an item number; expected a whole number such as 5`;
  }
  if (last === 'url') return `${describe(found)} is not a web address; expected http(s)://…`;
  return `${issue.message} (found ${describe(found)})`;
}

/** Reads and checks one note. `file` is used in messages only ("content/annotations/5.md"). */
export function parseAnnotation(file: string, source: string): AnnotationResult {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    return {
      ok: false,
      problems: [
        `${file}:1: no front matter; a note starts with a --- block holding item, status, asOf and evidence`,
      ],
    };
  }
  const yamlText = match[1] ?? '';
  const lineOffset = 1; // the front matter's first line is line 2 of the file
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const lineOf = (offset: number) => counter.linePos(offset).line + lineOffset;

  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const text = e.message.split('\n')[0] ?? e.message;
        return `${file}:${lineOf(e.pos[0])}: front matter is not valid YAML: ${text.replace(/ at line \d+, column \d+.*$/, '')}`;
      }),
    };
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: [`${file}:2: front matter must be fields (item, status, asOf, evidence)`],
    };
  }

  /** The line of the node at `path`, or of its nearest existing parent, or of the opening ---. */
  const lineAt = (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as
        { range?: [number, number, number] } | undefined;
      if (node?.range) return lineOf(node.range[0]);
    }
    return 1;
  };

  const problems: string[] = [];
  for (const key of Object.keys(data)) {
    if (!FIELDS.includes(key)) {
      problems.push(
        `${file}:${lineAt([key])}: ${key}: unknown field; a note has ${FIELDS.join(', ')}`,
      );
    }
  }
  const parsed = annotation.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(
        `${file}:${lineAt(issue.path)}: ${fieldName(issue.path)}: ${issueMessage(issue, data)}`,
      );
    }
  }
  if (parsed.success) {
    const stem = file.split('/').pop()?.replace(/\.md$/, '');
    if (stem !== String(parsed.data.item)) {
      problems.push(
        `${file}:${lineAt(['item'])}: item: ${parsed.data.item} does not match the file name; the note for item ${parsed.data.item} is content/annotations/${parsed.data.item}.md`,
      );
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };

  return {
    ok: true,
    value: {
      file,
      annotation: parsed.data,
      body: source.slice(match[0].length + match.index).trim(),
      itemLine: lineAt(['item']),
    },
  };
}

/** Problems of notes whose item is not in the plan (one line each; empty when all is well). */
export function missingItems(
  notes: readonly { file: string; item: number; itemLine?: number }[],
  itemNumbers: ReadonlySet<number>,
): string[] {
  const numbers = [...itemNumbers].sort((a, b) => a - b);
  const range = numbers.length > 0 ? `${numbers[0]}–${numbers[numbers.length - 1]}` : 'none';
  return notes
    .filter((n) => !itemNumbers.has(n.item))
    .map(
      (n) =>
        `${n.file}:${n.itemLine ?? 1}: item: there is no item ${n.item} in the plan (items: ${range})`,
    );
}

/** 1-based line of a top-level front matter field in a note's text (1 when not found). */
export function fieldLine(source: string, field: string): number {
  const lines = source.split(/\r?\n/);
  const index = lines.findIndex((l) => new RegExp(`^${field}\\s*:`).test(l));
  return index >= 0 ? index + 1 : 1;
}
