/**
 * The charts on the seed and on other notices of the genre (the ingest's corpus fixtures): whatever their months,
 * indicators and units, every item is drawn once and every dated month has its anchor.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../scripts/ingest/cli.ts';
import { buildMatrix } from '../../../src/lib/charts/matrix.ts';
import { buildTimeline } from '../../../src/lib/charts/timeline.ts';
import { deadlineMonth } from '../../../src/lib/charts/time.ts';

const dir = 'tests/fixtures/corpus';
const notices = [
  'seeds/zhengzhou/2020.txt',
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `${dir}/${f}`),
];

describe.each(notices)('%s', (file) => {
  const { model } = ingestFile(file);

  it('draws every item once on the timeline, in its month', () => {
    const view = buildTimeline(model, { base: '/' });
    const marks = [...view.svg.matchAll(/id="item-(\d+)"/g)].map((m) => Number(m[1]));
    expect(marks.sort((a, b) => a - b)).toEqual(model.items.map((i) => i.number));
    for (const item of model.items) {
      const key = deadlineMonth(item.deadline);
      const group = view.groups.find((g) => g.items.some((i) => i.number === item.number))!;
      const lane = item.deadline.kind === 'none' ? 'none' : 'ongoing';
      expect(group.id).toBe(key === null ? lane : `m-${key}`);
    }
  });

  it('counts every unit of every item in the matrix', () => {
    const m = buildMatrix(model, { base: '/' });
    const expected = model.items.reduce(
      (s, i) => s + new Set([...i.leadUnits, ...i.responsibleUnits]).size,
      0,
    );
    expect(m.rows.reduce((s, r) => s + r.items, 0)).toBe(expected);
  });
});
