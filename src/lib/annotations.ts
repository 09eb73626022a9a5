/**
 * Editors' status notes, content/annotations/<item>.md: reading and checking them.
 *
 * Pure functions over (file name, text). The content loader (src/loaders/annotations.ts) runs them
 * at every build; a bad note stops the build with one line per problem in the form
 * `FILE:LINE: field: message`, so an editor can open the note at the line that is wrong.
 * The front matter is read by src/lib/front-matter.ts (YAML 1.2, with lines).
 */
import type { z } from 'astro/zod';
import { annotation, type Annotation } from '../schemas/model.ts';
import {
  checkFields,
  ContentError,
  describeValue,
  readFrontMatter,
  valueAt,
  type Checked,
} from './front-matter.ts';

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

export type AnnotationResult = Checked<ParsedAnnotation>;

/** Raised by the loader and by the cross-check; its message is the problem lines. */
export class AnnotationError extends ContentError {
  constructor(problems: string[]) {
    super(problems);
    this.name = 'AnnotationError';
  }
}

const FIELDS = Object.keys(annotation.shape);
const EXPECTED = { what: 'a note', fields: 'item, status, asOf and evidence' };

/** The message for one failed check, worded for an editor (undefined: the default wording). */
function issueMessage(issue: z.core.$ZodIssue, data: unknown): string | undefined {
  const found = valueAt(data, issue.path);
  if (found === undefined) return undefined;
  const last = issue.path[issue.path.length - 1];
  if (last === 'status' && issue.path.length === 1) {
    return `unknown status ${describeValue(found)}; expected one of ${annotation.shape.status.options.join(', ')}`;
  }
  if (last === 'asOf' && issue.path.length === 1) {
    return `malformed date ${describeValue(found)}; expected a real day written YYYY-MM-DD`;
  }
  if (last === 'item' && issue.path.length === 1) {
    return `${describeValue(found)} is not an item number; expected a whole number such as 5`;
  }
  if (last === 'url') return `${describeValue(found)} is not a web address; expected http(s)://…`;
  return undefined;
}

/** Reads and checks one note. `file` is used in messages only ("content/annotations/5.md"). */
export function parseAnnotation(file: string, source: string): AnnotationResult {
  const read = readFrontMatter(file, source, EXPECTED);
  if (!read.ok) return read;
  const front = read.value;

  const problems: string[] = [];
  for (const key of Object.keys(front.data)) {
    if (!FIELDS.includes(key)) {
      problems.push(
        `${file}:${front.lineAt([key])}: ${key}: unknown field; a note has ${FIELDS.join(', ')}`,
      );
    }
  }
  const checked = checkFields(file, front, annotation, issueMessage);
  if (!checked.ok) return { ok: false, problems: [...problems, ...checked.problems] };
  const stem = file.split('/').pop()?.replace(/\.md$/, '');
  if (stem !== String(checked.value.item)) {
    problems.push(
      `${file}:${front.lineAt(['item'])}: item: ${checked.value.item} does not match the file name; the note for item ${checked.value.item} is ${file.slice(0, file.lastIndexOf('/') + 1)}${checked.value.item}.md`,
    );
  }
  if (problems.length > 0) return { ok: false, problems };

  return {
    ok: true,
    value: {
      file,
      annotation: checked.value,
      body: front.body.trim(),
      itemLine: front.lineAt(['item']),
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
