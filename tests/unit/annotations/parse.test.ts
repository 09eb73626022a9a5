import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  fieldLine,
  missingItems,
  parseAnnotation,
  type AnnotationResult,
} from '../../../src/lib/annotations.ts';
import { readAnnotationDir } from '../../../src/loaders/annotations.ts';

const FILE = 'content/annotations/5.md';

const good = `---
item: 5
status: in-progress
asOf: 2021-03-01
evidence:
  - title: 郑州市政府网站通报
    url: https://www.zhengzhou.gov.cn/news/1.html
---

试点已在两个开发区启动。

尚未全市推广。
`;

function problems(result: AnnotationResult): string[] {
  return result.ok ? [] : result.problems;
}

describe('parseAnnotation', () => {
  test('reads a good note: front matter, body and the line of item', () => {
    const result = parseAnnotation(FILE, good);
    expect(result).toEqual({
      ok: true,
      value: {
        file: FILE,
        annotation: {
          item: 5,
          status: 'in-progress',
          asOf: '2021-03-01',
          evidence: [
            { title: '郑州市政府网站通报', url: 'https://www.zhengzhou.gov.cn/news/1.html' },
          ],
        },
        body: '试点已在两个开发区启动。\n\n尚未全市推广。',
        itemLine: 2,
      },
    });
  });

  test('evidence may be left out (an empty list)', () => {
    const result = parseAnnotation(FILE, '---\nitem: 5\nstatus: unknown\nasOf: 2021-03-01\n---\n');
    expect(result.ok && result.value.annotation.evidence).toEqual([]);
  });

  test.each([
    [
      'an unknown status',
      good.replace('status: in-progress', 'status: finished'),
      `${FILE}:3: status: unknown status "finished"; expected one of done, in-progress, not-started, unknown`,
    ],
    [
      'a month that does not exist (YAML 1.1 would roll it into the next year)',
      good.replace('asOf: 2021-03-01', 'asOf: 2021-13-01'),
      `${FILE}:4: asOf: malformed date "2021-13-01"; expected a real day written YYYY-MM-DD`,
    ],
    [
      'a day that does not exist',
      good.replace('asOf: 2021-03-01', 'asOf: 2021-02-30'),
      `${FILE}:4: asOf: malformed date "2021-02-30"; expected a real day written YYYY-MM-DD`,
    ],
    [
      'a date in another format',
      good.replace('asOf: 2021-03-01', 'asOf: 2021年3月1日'),
      `${FILE}:4: asOf: malformed date "2021年3月1日"; expected a real day written YYYY-MM-DD`,
    ],
    [
      'a missing field',
      good.replace('asOf: 2021-03-01\n', ''),
      `${FILE}:1: asOf: missing (required)`,
    ],
    [
      'an evidence link that is not a URL',
      good.replace('url: https://www.zhengzhou.gov.cn/news/1.html', 'url: 见政府网站'),
      `${FILE}:7: evidence[0].url: "见政府网站" is not a web address; expected http(s)://…`,
    ],
    [
      'an evidence link that is not a web address',
      good.replace('url: https://www.zhengzhou.gov.cn/news/1.html', 'url: javascript:alert(1)'),
      `${FILE}:7: evidence[0].url: "javascript:alert(1)" is not a web address; expected http(s)://…`,
    ],
    [
      'an item that is not a number',
      good.replace('item: 5', 'item: 第五项'),
      `${FILE}:2: item: "第五项" is not an item number; expected a whole number such as 5`,
    ],
    [
      'an item that does not match the file name',
      good.replace('item: 5', 'item: 6'),
      `${FILE}:2: item: 6 does not match the file name; the note for item 6 is content/annotations/6.md`,
    ],
    [
      'a misspelt field',
      good.replace('status:', 'stauts:'),
      `${FILE}:3: stauts: unknown field; a note has item, status, asOf, evidence`,
    ],
    [
      'no front matter',
      '试点已启动。\n',
      `${FILE}:1: no front matter; a note starts with a --- block holding item, status, asOf and evidence`,
    ],
  ])('refuses %s, naming file, line and field', (_case, source, message) => {
    expect(problems(parseAnnotation(FILE, source))).toContain(message);
  });

  test('reports broken YAML at its line', () => {
    const [problem] = problems(
      parseAnnotation(FILE, '---\nitem: 5\nstatus: [done\nasOf: 2021-03-01\n---\n'),
    );
    expect(problem).toMatch(/^content\/annotations\/5\.md:\d+: front matter is not valid YAML: /);
  });

  test('reports every problem of a note at once', () => {
    const source = good.replace('status: in-progress', 'status: ok').replace('2021-03-01', 'x');
    expect(problems(parseAnnotation(FILE, source))).toHaveLength(2);
  });
});

describe('missingItems', () => {
  test('names the file of a note whose item is not in the plan', () => {
    const notes = [
      { file: 'content/annotations/5.md', item: 5, itemLine: 2 },
      { file: 'content/annotations/999.md', item: 999, itemLine: 2 },
    ];
    expect(missingItems(notes, new Set([1, 2, 3, 4, 5]))).toEqual([
      'content/annotations/999.md:2: item: there is no item 999 in the plan (items: 1–5)',
    ]);
  });
});

test('fieldLine finds a top-level field', () => {
  expect(fieldLine(good, 'item')).toBe(2);
  expect(fieldLine(good, 'asOf')).toBe(4);
  expect(fieldLine(good, 'nothing')).toBe(1);
});

describe('readAnnotationDir (what the content loader runs)', () => {
  let root: string | undefined;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  async function project(files: Record<string, string>): Promise<string> {
    root = await mkdtemp(join(tmpdir(), 'annotations-'));
    for (const [name, text] of Object.entries(files)) {
      const path = join(root, 'content/annotations', name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    }
    return root;
  }

  test('reads every note, in file-name order', async () => {
    const dir = await project({
      'zhengzhou/2020/5.md': good,
      'zhengzhou/2020/12.md': good.replace('item: 5', 'item: 12'),
      'sanya/2023/5.md': good,
      'zhengzhou/2020/README.txt': 'not a note',
      '_README.md': '# How to write a note\n',
    });
    const notes = await readAnnotationDir(dir, 'content/annotations');
    expect(notes.map((n) => [n.file, n.place, n.plan, n.annotation.item])).toEqual([
      ['content/annotations/sanya/2023/5.md', 'sanya', '2023', 5],
      ['content/annotations/zhengzhou/2020/12.md', 'zhengzhou', '2020', 12],
      ['content/annotations/zhengzhou/2020/5.md', 'zhengzhou', '2020', 5],
    ]);
  });

  test('a note outside a plan folder is refused, naming where it belongs', async () => {
    const dir = await project({ '5.md': good, 'zhengzhou/5.md': good });
    await expect(readAnnotationDir(dir, 'content/annotations')).rejects.toThrow(
      [
        'content/annotations/5.md:1: a note belongs to one plan: put it at content/annotations/<place>/<plan>/<item number>.md',
        'content/annotations/zhengzhou/5.md:1: a note belongs to one plan: put it at content/annotations/<place>/<plan>/<item number>.md',
      ].join('\n'),
    );
  });

  test('a missing directory means no notes', async () => {
    root = await mkdtemp(join(tmpdir(), 'annotations-'));
    expect(await readAnnotationDir(root, 'content/annotations')).toEqual([]);
  });

  test('one bad note fails the whole read with every problem listed', async () => {
    const dir = await project({
      'zhengzhou/2020/5.md': good.replace('status: in-progress', 'status: finished'),
      'zhengzhou/2020/7.md': good.replace('item: 5', 'item: 7').replace('2021-03-01', '2021-3-1'),
      'zhengzhou/2020/8.md': good.replace('item: 5', 'item: 8'),
    });
    await expect(readAnnotationDir(dir, 'content/annotations')).rejects.toThrow(
      [
        'content/annotations/zhengzhou/2020/5.md:3: status: unknown status "finished"; expected one of done, in-progress, not-started, unknown',
        'content/annotations/zhengzhou/2020/7.md:4: asOf: malformed date "2021-3-1"; expected a real day written YYYY-MM-DD',
      ].join('\n'),
    );
  });
});
