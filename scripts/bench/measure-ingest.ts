/**
 * One ingest run, measured from inside: read, parse, validate, emit and write the files (to a
 * temporary content folder, never the project's). Prints JSON { ms, peakMB, items, files }.
 *
 *   node scripts/bench/measure-ingest.ts NOTICE.txt
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFile, writeContent } from '../ingest/cli.ts';
import { emit } from '../ingest/emit.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node scripts/bench/measure-ingest.ts NOTICE.txt\n');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'ingest-bench-'));
try {
  const start = performance.now();
  const { model, correctionsFile } = ingestFile(file);
  const files = emit(model, correctionsFile);
  writeContent(files, dir);
  const ms = performance.now() - start;
  const peakMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({ ms, peakMB, items: model.items.length, files: files.size }) + '\n',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
