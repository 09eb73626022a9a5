/**
 * Any character of the source renders literally. Builds a tiny Astro site (the real item schema and
 * loader) from item MDX written by the ingest: the seed's item 100 (PM₂.₅ after the correction), an
 * item with sub-items, and an item whose text is full of Markdown, GFM, HTML, JSX and MDX syntax,
 * and checks the built HTML shows exactly the text. The same files also go through Astro's own MDX
 * (the @astrojs/mdx integration with glob()): the site's loader must render them byte for byte as
 * it does (src/lib/generated-mdx.ts).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ingestFile } from '../../scripts/ingest/cli.ts';
import { emit, itemMdx } from '../../scripts/ingest/emit.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SITE = join(ROOT, '.e2e/ingest-literal');
const HOSTILE =
  'import x from "y" # 标题 *强调* **粗** _斜_ {1+1} <script>alert(1)</script> <b>粗</b> [链接](http://a.b) ' +
  '`代码` \\n | 表 | ~~删~~ www.example.com a@b.cn -- "引号" \'单\' ... PM_{2.5} &amp; &#123; $x$ [^1] <!-- 注 --> export const a = 1';

/** The text of <main> with entities decoded, as a reader sees it. */
function mainText(html: string): string {
  const main = /<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<\/p>\s*<p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('item text renders literally', () => {
  const { model, correctionsFile } = ingestFile(join(ROOT, 'seeds/zhengzhou/2020.txt'));
  const files = emit(model, correctionsFile);
  const DIR = 'plans/zhengzhou/2020';
  const hostile = {
    ...model.items[0]!,
    number: 900,
    text: HOSTILE,
    subitems: [{ ...model.items[82]!.subitems[0]!, text: '*子项* <i>斜</i> {a}' }],
  };

  beforeAll(() => {
    rmSync(SITE, { recursive: true, force: true });
    mkdirSync(join(SITE, `content/${DIR}/items`), { recursive: true });
    mkdirSync(join(SITE, 'src/pages'), { recursive: true });
    for (const n of ['100', '083'])
      writeFileSync(
        join(SITE, `content/${DIR}/items/${n}.mdx`),
        files.get(`${DIR}/items/${n}.mdx`)!,
      );
    writeFileSync(
      join(SITE, `content/${DIR}/items/900.mdx`),
      itemMdx(hostile, model.sourceFile, correctionsFile),
    );
    // The site's own schema and loader, with what they import.
    for (const path of ['src/schemas', 'src/lib', 'src/loaders'])
      cpSync(join(ROOT, path), join(SITE, path), { recursive: true });
    writeFileSync(
      join(SITE, 'astro.config.mjs'),
      "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], build: { format: 'directory' } });\n",
    );
    writeFileSync(
      join(SITE, 'src/content.config.ts'),
      "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { item } from './schemas/model.ts';\n" +
        "import { generatedMdxLoader } from './loaders/generated-mdx.ts';\n" +
        'export const collections = {\n' +
        "  items: defineCollection({ loader: generatedMdxLoader('content/plans', 'items', item, 'an item file'), schema: item }),\n" +
        `  mdx: defineCollection({ loader: glob({ base: './content/${DIR}/items', pattern: '*.mdx' }), schema: item }),\n` +
        '};\n',
    );
    // /N/: the site's loader; /mdx/N/: Astro's MDX.
    const page = (collection: string) =>
      `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  const items = await getCollection('${collection}');\n  return items.map((entry) => ({ params: { n: String(entry.data.number) }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="zh-CN"><body><main><Content /></main></body></html>\n`;
    writeFileSync(join(SITE, 'src/pages/[n].astro'), page('items'));
    mkdirSync(join(SITE, 'src/pages/mdx'));
    writeFileSync(join(SITE, 'src/pages/mdx/[n].astro'), page('mdx'));
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', SITE],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }, 120_000);
  // The fixture site holds .ts and .astro files: remove it so type checks of the project never see it.
  afterAll(() => rmSync(SITE, { recursive: true, force: true }));

  test('item 100 shows PM₂.₅ (the corrected PM_{2.5}) and PM₁₀', () => {
    const text = mainText(readFileSync(join(SITE, 'dist/100/index.html'), 'utf8'));
    expect(text).toContain('PM₁₀年均浓度不高于104微克/立方米、PM₂.₅年均浓度不高于56微克/立方米');
    expect(text).toBe(model.items[99]!.text);
  });

  test.each([83, 100, 900])("item %i renders as Astro's MDX renders it, byte for byte", (n) => {
    const main = (path: string) =>
      /<main>([\s\S]*)<\/main>/.exec(readFileSync(join(SITE, 'dist', path), 'utf8'))![1]!;
    const ours = main(`${n}/index.html`);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toBe(main(`mdx/${n}/index.html`));
  });

  test('markup and MDX syntax inside an item survive as text', () => {
    const html = readFileSync(join(SITE, 'dist/900/index.html'), 'utf8');
    expect(mainText(html)).toBe(`${HOSTILE}\n（1）*子项* <i>斜</i> {a}`);
    const main = /<main>([\s\S]*)<\/main>/.exec(html)![1]!;
    expect(main.match(/<[a-z]+/g)).toEqual(['<p', '<p']);
  });
});
