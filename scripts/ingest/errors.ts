/**
 * Located problems. Every step reports what is wrong with the input as `FILE:LINE[:COL]: message`
 * (the form the contract fixes), never as a stack trace.
 */

/** One problem in an input file. */
export interface Problem {
  /** The file as the user named it (relative path). */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** 1-based column, when known. */
  col?: number;
  message: string;
}

/** Thrown by a step that cannot go on; carries every problem found so far. */
export class IngestError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'IngestError';
    this.problems = problems;
  }
}

/** `FILE:LINE[:COL]: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}${p.col ? `:${p.col}` : ''}: ${p.message}`;
}

/** Collects problems so that a step can report all of them at once. */
export class Problems {
  readonly list: Problem[] = [];
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }
  add(line: number, message: string, col?: number): void {
    this.list.push(
      col ? { file: this.file, line, col, message } : { file: this.file, line, message },
    );
  }
  /** Throws an IngestError when any problem was added. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new IngestError([...this.list].sort((a, b) => a.line - b.line));
  }
}
