/**
 * The document model of the seed (seeds/zhengzhou/2020.txt), as the ingest prints it (`ingest --json`, contract): the tests'
 * expectations come from the source, never from the built site.
 */
import { execFileSync } from 'node:child_process';
import type { Item, Model } from '../../../src/schemas/model.ts';

/** The notice the first release was made for (contract). */
export const SEED_FILE = 'seeds/zhengzhou/2020.txt';

let cached: Model | undefined;

export function seedModel(): Model {
  if (!cached) {
    const json = execFileSync(process.execPath, ['scripts/ingest/cli.ts', '--json', SEED_FILE], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    cached = JSON.parse(json) as Model;
  }
  return cached;
}

/** Items naming a department (canonical name) as lead or responsible unit. */
export function itemsOfDepartment(model: Model, name: string): Item[] {
  return model.items.filter((i) => i.leadUnits.includes(name) || i.responsibleUnits.includes(name));
}
