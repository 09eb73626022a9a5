/**
 * The README and docs/ link only to files of this repository, each of which exists: a fresh clone
 * has nothing beside it (the README once linked ../shared/docs/contract.md).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const files = [
  'README.md',
  'scripts/ingest/README.md',
  ...readdirSync(resolve(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Markdown link targets outside code (fenced blocks and `spans` skipped). */
function links(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

test.each(files)('%s links only to files in the repository that exist', (file) => {
  const targets = links(readFileSync(resolve(ROOT, file), 'utf8'));
  for (const target of targets) {
    expect(target, `${file}: ${target}`).not.toMatch(/^[a-z]+:/i);
    const path = resolve(dirname(resolve(ROOT, file)), target.split('#')[0]!);
    expect(relative(ROOT, path).startsWith('..'), `${file}: ${target} is outside`).toBe(false);
    expect(existsSync(path), `${file}: ${target} does not exist`).toBe(true);
  }
});

test('the README links the interfaces document', () => {
  expect(links(readFileSync(resolve(ROOT, 'README.md'), 'utf8'))).toContain('docs/interfaces.md');
});
