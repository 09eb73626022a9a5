/**
 * Step 1: bytes → lines. Checks the encoding (UTF-8, located error otherwise), drops a BOM and
 * splits on any line ending (CRLF, CR, LF). Line i of the result is line i + 1 of the file.
 */
import { Problems } from './errors.ts';

export interface Decoded {
  lines: string[];
  /** Whether a BOM was dropped and how many CR line endings were turned into LF. */
  bom: boolean;
  crLineEndings: number;
}

/** Byte offset of the first byte that is not well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export function decode(bytes: Uint8Array, file: string): Decoded {
  const problems = new Problems(file);
  if (bytes.length === 0) {
    problems.add(1, 'the file is empty');
    problems.throwIfAny();
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = '';
  }
  // Only when the fast decoder refuses the bytes: find where, for the message.
  const bad = text === '' ? firstInvalidUtf8(bytes) : -1;
  if (bad >= 0) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < bad; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const hex = bytes[bad]!.toString(16).padStart(2, '0');
    problems.add(
      line,
      `not UTF-8: byte 0x${hex} at byte ${bad - lineStart + 1} of the line (save the notice as UTF-8)`,
    );
    problems.throwIfAny();
  }
  // TextDecoder drops a leading BOM itself; note it for the rule count.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const crLineEndings = text.match(/\r/g)?.length ?? 0;
  const lines = text.split(/\r\n|\r|\n/);
  // A final newline ends the last line; it does not start another one.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  if (lines.every((l) => l.trim() === '')) {
    problems.add(1, 'the file holds only blank lines');
    problems.throwIfAny();
  }
  return { lines, bom, crLineEndings };
}
