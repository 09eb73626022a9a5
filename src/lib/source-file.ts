/**
 * The notice a plan was read from, as published: the bytes of its seed file (`sourceFile`,
 * relative to the project root), for the source page and the raw .txt download. I/O only; the
 * source page's view model (src/lib/views/library-source.ts) numbers the lines.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Model } from '../schemas/model.ts';

const cache = new Map<string, Buffer>();

export function sourceBytes(plan: Pick<Model, 'sourceFile'>): Buffer {
  let bytes = cache.get(plan.sourceFile);
  if (!bytes) {
    bytes = readFileSync(resolve(process.cwd(), plan.sourceFile));
    cache.set(plan.sourceFile, bytes);
  }
  return bytes;
}

/** The seed as text (the ingest has already refused a file that is not UTF-8). */
export function sourceText(plan: Pick<Model, 'sourceFile'>): string {
  return new TextDecoder('utf-8').decode(sourceBytes(plan));
}

/** The name a reader saves the download as: "zhengzhou-2020.txt". */
export function sourceFileName(plan: Pick<Model, 'plan'>): string {
  return `${plan.plan.place.slug}-${plan.plan.id}.txt`;
}
