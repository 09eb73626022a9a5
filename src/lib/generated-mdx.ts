/**
 * The item and indicator files that `npm run ingest` writes (content/items/*.mdx,
 * content/indicators/*.mdx), read back for the site without compiling them as MDX modules.
 *
 * Why not Astro's glob() loader: it makes every MDX entry a module that Vite bundles before any page
 * renders. At 100 times the plan (10,700 items) that step alone took the build to 4.1 GB of memory
 * and 98 s; read this way the whole build peaks at about 1 GB in half the time (`npm run bench`).
 *
 * The files stay MDX, valid for any MDX reader: front matter, then the text as paragraphs
 * `<p>{"…"}</p>`, each a JavaScript string literal in a JSX expression (scripts/ingest/emit.ts,
 * `mdxParagraph`). That is all the ingest writes into a body, so that is all this reader accepts;
 * anything else in a body is reported with its line (the files are generated: fix the ingest, not
 * the file). The HTML is what Astro's MDX renders for the same file, byte for byte
 * (tests/e2e/ingest-literal.test.ts builds both and compares them).
 */
import type { z } from 'astro/zod';
import { escapeMarkup } from './escape.ts';
import { checkFields, readFrontMatter, type Checked } from './front-matter.ts';

export interface GeneratedEntry<T> {
  /** The front matter, validated. */
  data: T;
  /** The body as written (MDX source). */
  body: string;
  /** The paragraphs' text, decoded. */
  paragraphs: string[];
  /** The body as HTML: one <p> per paragraph, separated by a newline. */
  html: string;
}

/** `<p>{"…"}</p>` on one line: a JSON string literal (the ingest writes it with JSON.stringify). */
const PARAGRAPH = /^<p>\{("(?:[^"\\\n]|\\.)*")\}<\/p>$/;

/** Escapes text for HTML as Astro does for an expression's value: also ' as &#39;. */
function escapeHtml(text: string): string {
  return escapeMarkup(text).replace(/'/g, '&#39;');
}

/**
 * Reads one generated file. `file` is used in messages only ("content/items/001.mdx"); `what`
 * names the file in them ("an item file").
 */
export function readGeneratedMdx<T>(
  file: string,
  source: string,
  schema: z.ZodType<T>,
  what: string,
): Checked<GeneratedEntry<T>> {
  const read = readFrontMatter(file, source, { what, fields: 'the fields scripts/ingest writes' });
  if (!read.ok) return read;
  const front = read.value;
  const checked = checkFields(file, front, schema);
  const problems = checked.ok ? [] : [...checked.problems];

  const paragraphs: string[] = [];
  front.body.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const match = PARAGRAPH.exec(line);
    let text: unknown;
    try {
      text = match ? JSON.parse(match[1]!) : undefined;
    } catch {
      text = undefined;
    }
    if (typeof text === 'string') paragraphs.push(text);
    else
      problems.push(
        `${file}:${front.bodyLine + index}: not a generated paragraph; a body holds only <p>{"…"}</p> lines as scripts/ingest writes them (run \`npm run ingest\` to rewrite the file)`,
      );
  });

  if (!checked.ok || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      data: checked.value,
      body: front.body,
      paragraphs,
      html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
    },
  };
}
