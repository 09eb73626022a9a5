/**
 * One ingest run, measured from inside: read, parse, validate, emit and write the files (to a
 * temporary content folder, never the project's). Prints JSON { ms, cpuMs, peakMB, items, files, bytes } (cpuMs: user + system CPU time, which a
 * shared machine does not stretch).
 * With several notices, each is ingested in turn in this one process (a library of plans); with
 * `--bytes N`, the notices are ingested over and over until N bytes of text have been read; with
 * `--no-write`, the files are emitted in memory but not written (the disk's time left out).
 *
 *   node scripts/bench/measure-ingest.ts NOTICE.txt [NOTICE.txt …] [--bytes N] [--no-write]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFile, writeContent } from '../ingest/cli.ts';
import { emit } from '../ingest/emit.ts';

const argv = process.argv.slice(2);
const at = argv.indexOf('--bytes');
const wantBytes = at >= 0 ? Number(argv[at + 1]) : 0;
/** `--no-write`: parse, validate and emit in memory; the files are not written (disk time apart). */
const write = !argv.includes('--no-write');
const files = argv.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
if (files.length === 0) {
  process.stderr.write(
    'usage: node scripts/bench/measure-ingest.ts NOTICE.txt … [--bytes N] [--no-write]\n',
  );
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'ingest-bench-'));
try {
  let items = 0;
  let written = 0;
  let bytes = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  do {
    for (const file of files) {
      const { model, correctionsFile } = ingestFile(file);
      const out = emit(model, correctionsFile);
      if (write) writeContent(out, dir);
      items += model.items.length;
      written += out.size;
      bytes += statSync(file).size;
    }
  } while (bytes < wantBytes);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu0);
  const cpuMs = (used.user + used.system) / 1000;
  const peakMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, cpuMs, peakMB, items, files: written, bytes }) + '\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
