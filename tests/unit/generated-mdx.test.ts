/**
 * The site reads the item and indicator files the ingest writes (src/lib/generated-mdx.ts,
 * src/loaders/generated-mdx.ts): every file of the seed reads back as its model entry and text, and a
 * file edited by hand into something the ingest never writes fails with its file and line.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ingestFile } from '../../scripts/ingest/cli.ts';
import { emit, itemFileName, itemMdx } from '../../scripts/ingest/emit.ts';
import { LineCounter, parseDocument } from 'yaml';
import { jsonLinesFrontMatter } from '../../src/lib/front-matter.ts';
import { readGeneratedMdx } from '../../src/lib/generated-mdx.ts';
import { readDirectory } from '../../src/loaders/directory.ts';
import { indicator, item } from '../../src/schemas/model.ts';

const SEED = resolve(import.meta.dirname, '../../seeds/zhengzhou/2020.txt');
const { model, correctionsFile } = ingestFile(SEED);
const files = emit(model, correctionsFile);
const FILE = 'content/items/001.mdx';
const DIR = 'plans/zhengzhou/2020';
const ONE = files.get(`${DIR}/items/001.mdx`)!;

function problems(source: string): string[] {
  const result = readGeneratedMdx(FILE, source, item, 'an item file');
  return result.ok ? [] : result.problems;
}

describe('readGeneratedMdx', () => {
  test('every generated file reads back as its model entry, its text and its sub-items', () => {
    for (const it of model.items) {
      const result = readGeneratedMdx(
        `content/items/${itemFileName(it.number)}`,
        files.get(`${DIR}/items/${itemFileName(it.number)}`)!,
        item,
        'an item file',
      );
      expect(result.ok && result.value.data).toEqual(it);
      expect(result.ok && result.value.paragraphs).toEqual(
        [it.text, ...it.subitems.map((s) => `${s.label}${s.text}`)].filter(Boolean),
      );
    }
    for (const ind of model.indicators) {
      const result = readGeneratedMdx(
        `content/indicators/${ind.slug}.mdx`,
        files.get(`${DIR}/indicators/${ind.slug}.mdx`)!,
        indicator,
        'an indicator file',
      );
      expect(result.ok && result.value.data).toEqual(ind);
      expect(result.ok && result.value.html).toBe('');
    }
  });

  test('text is HTML-escaped, whatever it holds', () => {
    const text = 'a < b && c > d “引” \'s\' "q" {x} `c` $y \u2028 </p><script>alert(1)</script>';
    const result = readGeneratedMdx(
      FILE,
      itemMdx({ ...model.items[0]!, text }, 's', null),
      item,
      '',
    );
    expect(result.ok && result.value.paragraphs).toEqual([text]);
    expect(result.ok && result.value.html).toBe(
      '<p>a &lt; b &amp;&amp; c &gt; d “引” &#39;s&#39; &quot;q&quot; {x} `c` $y \u2028 &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  test('a line the ingest never writes is refused with its line number', () => {
    const lines = ONE.split('\n');
    const body = lines.findIndex((l) => l.startsWith('<p>{'));
    expect(body).toBeGreaterThan(0);
    const edited = [...lines];
    edited.splice(body + 1, 0, '', '**补充说明** 由编辑添加');
    expect(problems(edited.join('\n'))).toEqual([
      `${FILE}:${body + 3}: not a generated paragraph; a body holds only <p>{"…"}</p> lines as scripts/ingest writes them (run \`npm run ingest\` to rewrite the file)`,
    ]);
    expect(problems(ONE.replace('<p>{"', "<p>{'").replace('"}</p>', "'}</p>"))).toHaveLength(1);
    expect(problems(ONE.replace('"}</p>', '"} </p>'))).toHaveLength(1);
  });

  test('a bad field is reported at its line', () => {
    const line = ONE.split('\n').findIndex((l) => l.startsWith('number:')) + 1;
    expect(problems(ONE.replace('number: 1\n', 'number: "一"\n'))).toEqual([
      `${FILE}:${line}: number: Invalid input: expected number, received string (found "一")`,
    ]);
    expect(problems(ONE.replace(/^title: .*\n/m, ''))[0]).toMatch(
      /^content\/items\/001\.mdx:1: title: missing/,
    );
    expect(problems('no front matter')).toEqual([
      `${FILE}:1: no front matter; an item file starts with a --- block holding the fields scripts/ingest writes`,
    ]);
  });
});

describe('readDirectory (what the content loader runs)', () => {
  let root: string | undefined;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  test('every bad file of the folder is listed, and nothing is read', async () => {
    root = await mkdtemp(join(tmpdir(), 'generated-'));
    await mkdir(join(root, 'content/items'), { recursive: true });
    await writeFile(join(root, 'content/items/001.mdx'), ONE);
    await writeFile(join(root, 'content/items/002.mdx'), ONE.replace('number: 1\n', 'number: x\n'));
    await writeFile(join(root, 'content/items/003.mdx'), ONE + '\n# 标题\n');
    const options = {
      dir: 'content/items',
      extension: '.mdx',
      read: (file: string, source: string) => readGeneratedMdx(file, source, item, 'an item file'),
    };
    const error = await readDirectory(root, options).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    const lines = (error as Error).message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^content\/items\/002\.mdx:\d+: number: /);
    expect(lines[1]).toMatch(/^content\/items\/003\.mdx:\d+: not a generated paragraph/);
    expect((error as Error).stack).toBe('');
  });
});

describe('reading generated front matter line by line (the fast path)', () => {
  const frontOf = (source: string) => /^---\n([\s\S]*?)^---\n/m.exec(source)![1]!;

  test('gives the values and lines the YAML reader gives, for every generated file', () => {
    for (const [path, source] of files) {
      if (!path.endsWith('.mdx')) continue;
      const text = frontOf(source);
      const fast = jsonLinesFrontMatter(text);
      expect(fast, path).not.toBeNull();
      const counter = new LineCounter();
      const doc = parseDocument(text, { lineCounter: counter });
      expect(fast!.data).toEqual(doc.toJS());
      for (const [key, line] of fast!.lines) {
        const node = doc.getIn([key], true) as { range: [number, number, number] };
        expect(line, `${path} ${key}`).toBe(counter.linePos(node.range[0]).line - 1);
      }
    }
  });

  test('anything an editor might write goes to the YAML reader', () => {
    for (const text of [
      'item: 5\nasOf: 2024-03-01\n',
      'item: 5 # the fifth\n',
      'evidence:\n  - url: "https://example.org"\n',
      'item: 5\nitem: 6\n',
      'title: 一网通办\n',
      '# only a comment\n',
    ])
      expect(jsonLinesFrontMatter(text), text).toBeNull();
    expect(jsonLinesFrontMatter('# c\nitem: 5\ntitle: "一网通办"\n')).toEqual({
      data: { item: 5, title: '一网通办' },
      lines: new Map([
        ['item', 1],
        ['title', 2],
      ]),
    });
  });
});
