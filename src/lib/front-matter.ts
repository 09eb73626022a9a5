/**
 * Front matter of a content file (`---` YAML block, then a body), read so that every problem names
 * the file and line: `FILE:LINE: field: message`. Shared by the editors' notes
 * (src/lib/annotations.ts) and the generated item and indicator files (src/lib/generated-mdx.ts).
 *
 * YAML 1.2 (the `yaml` package), not Astro's YAML 1.1 reader: YAML 1.1 turns `asOf: 2024-13-01`
 * silently into a date in 2025, where we must refuse it.
 *
 * The files the ingest writes hold one `key: <JSON>` line per field (JSON is YAML 1.2): those are
 * read line by line with JSON.parse, which gives the same values as the YAML reader at a tenth of
 * its time (at 10,700 items the YAML parse alone was over 10 s of the build). A front matter with
 * any other line (a comment after a value, a plain scalar, a block list: what editors write) goes
 * to the YAML reader.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';

/** A result that is either the value or every problem found, one `FILE:LINE: …` line each. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Raised by a content loader; its message is the problem lines and nothing else. */
export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
    // The message names the file, line and field; a stack trace would only bury it.
    this.stack = '';
  }
}

export interface FrontMatter {
  /** The fields, as plain data (not yet checked against a schema). */
  data: Record<string, unknown>;
  /** Everything after the closing `---`, untouched. */
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
  /** 1-based line of the value at `path`, or of its nearest existing parent, or 1. */
  lineAt: (path: readonly PropertyKey[]) => number;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/** "evidence[0].url" for the path ["evidence", 0, "url"]. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`))
    .join('');
}

/** A value as an editor would recognise it in a message: `"x"`, `5`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'an object';
  return String(value);
}

/** The value at `path` inside `data` (undefined when any step is missing). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** How messages name the file and its fields: "a note starts with a --- block holding {fields}". */
export interface Expected {
  /** "a note", "an item file". */
  what: string;
  /** "item, status, asOf and evidence". */
  fields: string;
}

const JSON_LINE = /^([A-Za-z_][A-Za-z0-9_]*): ([[{"0-9-].*|true|false|null)$/;

/**
 * The fields of a front matter whose every line is blank, a `#` comment or `key: <JSON value>`,
 * each key once (one at least), with the 0-based line of each key; null for any other.
 */
export function jsonLinesFrontMatter(
  text: string,
): { data: Record<string, unknown>; lines: Map<string, number> } | null {
  const data: Record<string, unknown> = {};
  const lines = new Map<string, number>();
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!.endsWith('\r') ? rows[i]!.slice(0, -1) : rows[i]!;
    if (row.trim() === '' || row.startsWith('#')) continue;
    const m = JSON_LINE.exec(row);
    if (!m || lines.has(m[1]!) || m[1] === '__proto__') return null;
    try {
      data[m[1]!] = JSON.parse(m[2]!);
    } catch {
      return null;
    }
    lines.set(m[1]!, i);
  }
  return lines.size > 0 ? { data, lines } : null;
}

/** Splits `source` into front matter and body and parses the front matter. */
export function readFrontMatter(
  file: string,
  source: string,
  { what, fields }: Expected,
): Checked<FrontMatter> {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    return {
      ok: false,
      problems: [`${file}:1: no front matter; ${what} starts with a --- block holding ${fields}`],
    };
  }
  const yamlText = match[1] ?? '';
  // The front matter starts on the line after the opening ---.
  const firstLine = source.slice(0, match.index).split('\n').length + 1;
  const end = match.index + match[0].length;
  const rest = { body: source.slice(end), bodyLine: source.slice(0, end).split('\n').length };
  const fast = jsonLinesFrontMatter(yamlText);
  if (fast) {
    return {
      ok: true,
      value: {
        data: fast.data,
        ...rest,
        // Each value is on its key's line, so a field inside it is on that line too.
        lineAt: (path) => {
          const line = path.length > 0 ? fast.lines.get(String(path[0])) : undefined;
          return line === undefined ? 1 : firstLine + line;
        },
      },
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const lineOf = (offset: number) => counter.linePos(offset).line + firstLine - 1;

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
      problems: [`${file}:${firstLine}: front matter must be fields (${fields})`],
    };
  }
  return {
    ok: true,
    value: {
      data: data as Record<string, unknown>,
      ...rest,
      lineAt: (path) => {
        for (let n = path.length; n > 0; n--) {
          const node = doc.getIn(path.slice(0, n) as unknown[], true) as
            { range?: [number, number, number] } | undefined;
          if (node?.range) return lineOf(node.range[0]);
        }
        return 1;
      },
    },
  };
}

/**
 * Checks the front matter against `schema`: the parsed value, or one `FILE:LINE: field: message`
 * per failed check. `message` may word an issue for the reader; by default Zod's message and the
 * value found are given.
 */
export function checkFields<T>(
  file: string,
  front: FrontMatter,
  schema: z.ZodType<T>,
  message: (issue: z.core.$ZodIssue, data: unknown) => string | undefined = () => undefined,
): Checked<T> {
  const parsed = schema.safeParse(front.data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const found = valueAt(front.data, issue.path);
      const text =
        message(issue, front.data) ??
        (found === undefined
          ? 'missing (required)'
          : `${issue.message} (found ${describeValue(found)})`);
      return `${file}:${front.lineAt(issue.path)}: ${fieldName(issue.path)}: ${text}`;
    }),
  };
}
