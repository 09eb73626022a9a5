/**
 * Content loader for the plans' JSON that `npm run ingest` writes: content/plans/<place>/<plan>/
 * plan.json (the plan, its document, notice, corrections …) with departments.json beside it, one
 * entry per plan, id "<place>/<plan>". A file that is not valid JSON stops the build naming it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../lib/front-matter.ts';
import { directoryLoader } from './directory.ts';

export function plansLoader(root = 'content/plans'): Loader {
  const prefix = `${root.replace(/\/$/, '')}/`;
  let projectRoot = '.';
  return directoryLoader(
    'plans-loader',
    {
      dir: root,
      extension: '.json',
      match: /^[^/]+\/[^/]+\/plan\.json$/,
      read: (file, source) => {
        let plan: Record<string, unknown>;
        try {
          plan = JSON.parse(source) as Record<string, unknown>;
        } catch (e) {
          return { ok: false, problems: [`${file}:1: not valid JSON: ${(e as Error).message}`] };
        }
        const id = file.slice(prefix.length, -'/plan.json'.length);
        return { ok: true, value: { id, data: plan, body: '', file } };
      },
    },
    (problems) => new ContentError(problems),
    async (entry, root) => {
      // departments.json (keyed by slug) beside plan.json, as the plan's `departments` list.
      projectRoot = root;
      const path = join(projectRoot, dirname(entry.file), 'departments.json');
      if (!existsSync(path)) return entry;
      const text = await readFile(path, 'utf8');
      let departments: unknown;
      try {
        departments = Object.values(JSON.parse(text) as Record<string, unknown>);
      } catch (e) {
        throw new ContentError([
          `${dirname(entry.file)}/departments.json:1: not valid JSON: ${(e as Error).message}`,
        ]);
      }
      return { ...entry, data: { ...entry.data, departments } };
    },
  );
}
