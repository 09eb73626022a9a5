/**
 * The chart geometry of one notice, measured from inside: ingest (not timed), then the timeline,
 * the matrix (clustering included) and the small charts of every department and indicator.
 * Prints JSON { ms, peakMB, items, svgKB, mode } — svgKB is the timeline + matrix SVG, raw.
 *
 *   node scripts/bench/measure-charts.ts NOTICE.txt
 */
import { ingestFile } from '../ingest/cli.ts';
import { buildMatrix } from '../../src/lib/charts/matrix.ts';
import { buildTimeline } from '../../src/lib/charts/timeline.ts';
import { deadlineStrip, departmentBars, dueByMonth } from '../../src/lib/charts/small.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node scripts/bench/measure-charts.ts NOTICE.txt\n');
  process.exit(2);
}
const { model } = ingestFile(file);
const start = performance.now();
const timeline = buildTimeline(model, { base: '/' });
const matrix = buildMatrix(model, { base: '/' });
dueByMonth(model, '/');
for (const d of model.departments) deadlineStrip(model, d, '/');
for (const i of model.indicators) departmentBars(model, i, '/');
const ms = performance.now() - start;
const peakMB = process.resourceUsage().maxRSS / 1024;
const svg =
  timeline.svg.length + matrix.svg.head.length + matrix.svg.labels.length + matrix.svg.body.length;
process.stdout.write(
  JSON.stringify({
    ms,
    peakMB,
    items: model.items.length,
    svgKB: Math.round(svg / 1024),
    mode: timeline.mode,
  }) + '\n',
);
