/**
 * The document model of the seed, as the ingest prints it (`ingest --json`, contract): the tests'
 * expectations come from the source, never from the built site.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import type { Item, Model } from '../../../src/schemas/model.ts';

let cached: Model | undefined;

export function seedModel(): Model {
  if (!cached) {
    const seed = readdirSync('seeds').find((f) => f.endsWith('.txt'));
    if (!seed) throw new Error('no seed in seeds/');
    const json = execFileSync(
      process.execPath,
      ['scripts/ingest/cli.ts', '--json', `seeds/${seed}`],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    cached = JSON.parse(json) as Model;
  }
  return cached;
}

/** Items naming a department (canonical name) as lead or responsible unit. */
export function itemsOfDepartment(model: Model, name: string): Item[] {
  return model.items.filter((i) => i.leadUnits.includes(name) || i.responsibleUnits.includes(name));
}
