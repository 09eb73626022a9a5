import { describe, expect, test } from 'vitest';
import { decode, firstInvalidUtf8 } from '../../../scripts/ingest/decode.ts';
import { IngestError, formatProblem } from '../../../scripts/ingest/errors.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
function problems(bytes: Uint8Array): string[] {
  try {
    decode(bytes, 'n.txt');
  } catch (e) {
    if (e instanceof IngestError) return e.problems.map(formatProblem);
    throw e;
  }
  return [];
}

describe('decode', () => {
  test('splits LF, CRLF and CR alike, drops a BOM, keeps line numbers', () => {
    const d = decode(utf8('\uFEFF一\r\n二\r三\n\n四\n'), 'n.txt');
    expect(d.lines).toEqual(['一', '二', '三', '', '四']);
    expect(d.bom).toBe(true);
    expect(d.crLineEndings).toBe(2);
  });
  test('an empty file is an error at line 1', () => {
    expect(problems(new Uint8Array())).toEqual(['n.txt:1: the file is empty']);
  });
  test('a file of blank lines is an error', () => {
    expect(problems(utf8('\n \n\t\n'))).toEqual(['n.txt:1: the file holds only blank lines']);
  });
  test('bytes that are not UTF-8 are located by line', () => {
    const bytes = new Uint8Array([...utf8('第一行\n第二行\n'), 0xd6, 0xdd, 0x0a]);
    expect(problems(bytes)).toEqual([
      'n.txt:3: not UTF-8: byte 0xd6 at byte 1 of the line (save the notice as UTF-8)',
    ]);
  });
  test.each([
    [[0x61, 0x62], -1],
    [[0xe4, 0xb8, 0x80], -1],
    [[0xe4, 0xb8], 0],
    [[0xc0, 0x80], 0],
    [[0xed, 0xa0, 0x80], 0],
    [[0x61, 0xff], 1],
  ])('firstInvalidUtf8(%j) = %i', (bytes, at) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(at);
  });
});
