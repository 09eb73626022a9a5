/**
 * Editors' status notes, end to end, in a temporary copy of the project (the real content/ holds
 * only notes backed by public evidence; these fixtures never touch it):
 * - a note survives `npm run ingest` byte for byte, shows on its item page and in plan.json, and is
 *   a value of the Pagefind `status` filter;
 * - a bad note, or a note for an item that does not exist, stops `astro build` with the file, line
 *   and field named.
 */
import { execFile } from 'node:child_process';
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { serveStatic } from './support/server.ts';

const run = promisify(execFile);
const PROJECT = resolve('.');
const SKIP = new Set(['node_modules', '.git', 'dist', '.e2e', '.astro']);
const ITEM = 5;
/** The seed plan's notes folder, relative to the project. */
const NOTES = 'content/annotations/zhengzhou/2020';
const NOTE = `---
item: ${ITEM}
status: in-progress
asOf: 2021-03-01
evidence:
  - title: 测试用依据（示例）
    url: https://example.gov.cn/evidence/1.html
---

测试用说明：试点已在两个开发区启动。
`;

let dir: string;

/** Runs a command in the copy; never throws, returns exit code and all output. */
async function sh(command: string, args: string[], extra: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  // Vitest's own Vite env (BASE_URL="/" …) would override the configured base in Astro's build.
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd: dir,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: `${stdout}\n${stderr}` };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: `${e.stdout ?? ''}\n${e.stderr ?? ''}` };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhengce-annotations-'));
  for (const name of await readdir(PROJECT)) {
    if (!SKIP.has(name)) await cp(join(PROJECT, name), join(dir, name), { recursive: true });
  }
  await symlink(join(PROJECT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // Only the fixture notes below: the real ones (if any) would change the counts.
  await rm(join(dir, 'content/annotations'), { recursive: true, force: true });
  await mkdir(join(dir, NOTES), { recursive: true });
  // Only the seed's plan, so that the counts below are its own (and the build is quick).
  await rm(join(dir, 'seeds'), { recursive: true, force: true });
  await mkdir(join(dir, 'seeds/zhengzhou'), { recursive: true });
  for (const f of ['2020.txt', '2020.corrections.json'])
    await cp(join(PROJECT, 'seeds/zhengzhou', f), join(dir, 'seeds/zhengzhou', f));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a status note', () => {
  test('survives ingest, shows on its page, in plan.json and as a search filter', async () => {
    const file = join(dir, `${NOTES}/${ITEM}.md`);
    await writeFile(file, NOTE);

    const ingest = await sh('npm', ['run', 'ingest']);
    expect(ingest.code, ingest.output).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(NOTE);

    const build = await sh('npm', ['run', 'build'], {
      OUT_DIR: 'dist',
      BASE_PATH: '/',
      SITE_URL: 'https://example.org',
    });
    expect(build.code, build.output).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(NOTE);

    const plan = JSON.parse(
      await readFile(join(dir, 'dist/zhengzhou/2020/data/plan.json'), 'utf8'),
    );
    expect(plan.annotations).toEqual([
      {
        item: ITEM,
        status: 'in-progress',
        asOf: '2021-03-01',
        evidence: [{ title: '测试用依据（示例）', url: 'https://example.gov.cn/evidence/1.html' }],
        body: '测试用说明：试点已在两个开发区启动。',
      },
    ]);

    const site = await serveStatic(join(dir, 'dist'), '/');
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${site.url}zhengzhou/2020/items/${ITEM}/`);
      const status = page.locator('.item-status');
      await expect(status.getByText('推进中').isVisible()).resolves.toBe(true);
      await expect(status.locator('time').textContent()).resolves.toBe('2021年3月1日');
      await expect(
        status.getByRole('link', { name: '测试用依据（示例）' }).getAttribute('href'),
      ).resolves.toBe('https://example.gov.cn/evidence/1.html');

      const other = plan.items.find((i: { number: number }) => i.number !== ITEM).number;
      await page.goto(`${site.url}zhengzhou/2020/items/${other}/`);
      await expect(
        page.locator('.item-status').getByText('暂无进展记录').isVisible(),
      ).resolves.toBe(true);

      // The search bundle, as the search page uses it: the status filter counts items.
      // (A string, so that Vitest does not rewrite the browser's import().)
      const bundle = JSON.stringify(`${site.url}pagefind/pagefind.js`);
      const filters = (await page.evaluate(
        `(async () => { const p = await import(${bundle}); await p.init(); return p.filters(); })()`,
      )) as Record<string, Record<string, number>>;
      expect(filters.status).toEqual({
        推进中: 1,
        暂无进展记录: plan.items.length - 1,
      });
    } finally {
      await browser.close();
      await site.close();
    }
  }, 600_000);

  test('with a bad field stops the build, naming file, line and field', async () => {
    await writeFile(
      join(dir, `${NOTES}/${ITEM}.md`),
      NOTE.replace('status: in-progress', 'status: finished'),
    );
    await writeFile(
      join(dir, `${NOTES}/6.md`),
      NOTE.replace(`item: ${ITEM}`, 'item: 6').replace('2021-03-01', '2021-02-30'),
    );
    const build = await sh('npx', ['astro', 'build'], { OUT_DIR: 'dist-bad' });
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(
      `${NOTES}/${ITEM}.md:3: status: unknown status "finished"; expected one of done, in-progress, not-started, unknown`,
    );
    expect(build.output).toContain(
      `${NOTES}/6.md:4: asOf: malformed date "2021-02-30"; expected a real day written YYYY-MM-DD`,
    );
    expect(build.output).not.toContain('Stack trace');
    await unlink(join(dir, `${NOTES}/6.md`));
  }, 300_000);

  test('for an item that does not exist stops the build, naming the file', async () => {
    await unlink(join(dir, `${NOTES}/${ITEM}.md`)).catch(() => {});
    await writeFile(join(dir, `${NOTES}/9999.md`), NOTE.replace(`item: ${ITEM}`, 'item: 9999'));
    const build = await sh('npx', ['astro', 'build'], { OUT_DIR: 'dist-bad' });
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(
      /content\/annotations\/zhengzhou\/2020\/9999\.md:2: item: there is no item 9999 in the plan \(items: 1–\d+\)/,
    );
  }, 300_000);
});
