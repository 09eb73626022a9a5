/**
 * Step 2: the reviewed corrections file beside a seed (`<seed>.corrections.json`): repairs that no
 * rule can know (a character repeated across a page break, a quote mark the extraction added). Each
 * is applied to the raw line it names, before any other step; one whose `before` text is not on its
 * line is an error located in the corrections file, so a stale correction can never apply silently.
 */
import { correction as correctionSchema, type Correction } from '../../src/schemas/model.ts';
import { IngestError, Problems, type Problem } from './errors.ts';

/** The corrections file that belongs to a seed: same name, `.corrections.json` for `.txt`. */
export function correctionsPathFor(seedPath: string): string {
  return seedPath.replace(/\.txt$/i, '') + '.corrections.json';
}

/** 1-based line of `"id": "<id>"` in the JSON text, for error messages (1 when not found). */
function lineOfId(json: string, id: string): number {
  const at = json.indexOf(`"id": ${JSON.stringify(id)}`);
  if (at < 0) return 1;
  let line = 1;
  for (let i = 0; i < at; i++) if (json.charCodeAt(i) === 10) line++;
  return line;
}

/** Parses and checks a corrections file's text. */
export function parseCorrections(json: string, file: string): Correction[] {
  const problems = new Problems(file);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    problems.add(1, `not valid JSON: ${(e as Error).message}`);
    problems.throwIfAny();
  }
  const list = (data as { corrections?: unknown })?.corrections;
  if (!Array.isArray(list)) {
    problems.add(1, 'expected an object with a "corrections" array');
    problems.throwIfAny();
  }
  const out: Correction[] = [];
  const seen = new Set<string>();
  (list as unknown[]).forEach((entry, i) => {
    const parsed = correctionSchema.safeParse(entry);
    const id = (entry as { id?: unknown })?.id;
    const line = typeof id === 'string' ? lineOfId(json, id) : 1;
    if (!parsed.success) {
      const what = parsed.error.issues.map((x) => `${x.path.join('.') || 'entry'}: ${x.message}`);
      problems.add(line, `correction #${i + 1} is malformed (${what.join('; ')})`);
      return;
    }
    if (seen.has(parsed.data.id))
      problems.add(line, `correction id "${parsed.data.id}" is used twice`);
    seen.add(parsed.data.id);
    if (parsed.data.before === parsed.data.after)
      problems.add(line, `correction ${parsed.data.id} changes nothing`);
    out.push(parsed.data);
  });
  problems.throwIfAny();
  return out;
}

export interface Corrected {
  /** The lines with every correction applied; same count and numbering as the input. */
  lines: string[];
  /** Correction ids applied on each 1-based line. */
  byLine: Map<number, string[]>;
}

/**
 * Applies corrections to raw lines. A `before` that spans lines (joined with "\n") replaces those
 * lines; the lines it frees stay as blank lines so that every later line keeps its number.
 */
export function applyCorrections(
  lines: readonly string[],
  corrections: readonly Correction[],
  correctionsFile: string,
  correctionsJson: string,
  seedFile = 'the notice',
): Corrected {
  const out = [...lines];
  const byLine = new Map<number, string[]>();
  const problems: Problem[] = [];
  const ordered = [...corrections].sort((a, b) => a.line - b.line || a.id.localeCompare(b.id));
  for (const c of ordered) {
    const span = c.before.split('\n').length;
    const start = c.line - 1;
    const where = lineOfId(correctionsJson, c.id);
    if (start + span > out.length) {
      problems.push({
        file: correctionsFile,
        line: where,
        message: `correction ${c.id}: ${seedFile} has no line ${c.line + span - 1}`,
      });
      continue;
    }
    const joined = out.slice(start, start + span).join('\n');
    const at = joined.indexOf(c.before);
    if (at < 0) {
      problems.push({
        file: correctionsFile,
        line: where,
        message: `correction ${c.id}: ${JSON.stringify(c.before)} is not on line ${c.line} of ${seedFile}`,
      });
      continue;
    }
    const replaced = joined.slice(0, at) + c.after + joined.slice(at + c.before.length);
    const parts = replaced.split('\n');
    if (parts.length > span) {
      problems.push({
        file: correctionsFile,
        line: where,
        message: `correction ${c.id}: "after" has more lines than "before"`,
      });
      continue;
    }
    while (parts.length < span) parts.push('');
    out.splice(start, span, ...parts);
    for (let k = 0; k < span; k++) {
      const ids = byLine.get(c.line + k) ?? [];
      ids.push(c.id);
      byLine.set(c.line + k, ids);
    }
  }
  if (problems.length) throw new IngestError(problems);
  return { lines: out, byLine };
}
