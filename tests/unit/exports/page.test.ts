import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { itemsCsv } from '../../../src/lib/exports/csv.ts';
import { dataPageView, formatBytes } from '../../../src/lib/exports/page.ts';
import { planJsonText, toPlanJson } from '../../../src/lib/exports/plan.ts';
import { annotation, item, model as modelSchema } from '../../../src/schemas/model.ts';
import { exportModel, exportNotes } from '../support/plans.ts';

const links = { base: '/sub/', site: 'https://example.org' };

describe('dataPageView', () => {
  test('lists the five downloads with the sizes of the files as built', () => {
    const model = exportModel();
    const view = dataPageView(model, exportNotes(), links);
    expect(view.downloads.map((d) => d.path)).toEqual([
      '/zhengzhou/2020/data/plan.json',
      '/data/plan.schema.json',
      '/zhengzhou/2020/data/items.csv',
      '/zhengzhou/2020/data/targets.csv',
      '/zhengzhou/2020/data/calendar.ics',
    ]);
    const plan = planJsonText(toPlanJson(model, exportNotes().values()));
    expect(view.downloads[0]!.bytes).toBe(Buffer.byteLength(plan));
    expect(view.downloads[2]!.bytes).toBe(Buffer.byteLength(itemsCsv(model, exportNotes(), links)));
  });

  test('counts items, dated items and notes, and gives URLs to subscribe and cite', () => {
    const view = dataPageView(exportModel(), exportNotes(), links);
    expect([view.itemCount, view.datedItemCount, view.annotatedCount]).toEqual([4, 3, 1]);
    expect(view.calendarUrl).toBe('https://example.org/sub/zhengzhou/2020/data/calendar.ics');
    // The department named on most items: 市公安局 (1, 3, 4) before 市税务局 (1, 2, 3).
    expect(view.exampleDepartment).toEqual({
      name: '市公安局',
      path: '/zhengzhou/2020/data/departments/shi-gong-an-ju.ics',
      url: 'https://example.org/sub/zhengzhou/2020/data/departments/shi-gong-an-ju.ics',
    });
    expect(view.citation).toContain('测办〔2020〕1号《关于测试的通知》');
    expect(view.citation).toMatch(
      /https:\/\/example\.org\/sub\/zhengzhou\/2020\/data\/plan\.json$/,
    );
    expect(view.citationUrlOf).toBeNull();
  });

  test('without a site URL, gives no URL where only a full one works, and says what to add', () => {
    const view = dataPageView(exportModel(), exportNotes(), { base: '/sub/', site: undefined });
    expect(view.calendarUrl).toBeNull();
    expect(view.exampleDepartment?.url).toBeNull();
    expect(view.citation).not.toContain('/data/plan.json');
    expect(view.citationUrlOf).toBe('/sub/zhengzhou/2020/data/plan.json');
  });

  test('lists the CSV columns by the Chinese headers the file has', () => {
    const view = dataPageView(exportModel(), exportNotes(), links);
    const [header] = parse(itemsCsv(exportModel(), exportNotes(), links), {
      bom: true,
      to_line: 1,
    }) as string[][];
    expect(view.csvColumns.map((c) => c.name)).toEqual(header);
  });

  test('documents every field of plan.json: top level, item and note', () => {
    const view = dataPageView(exportModel(), exportNotes(), links);
    expect(view.planFields.map((f) => f.name)).toEqual([
      ...Object.keys(modelSchema.shape),
      'annotations',
    ]);
    expect(view.itemFields.map((f) => f.name)).toEqual(Object.keys(item.shape));
    expect(view.annotationFields.map((f) => f.name)).toEqual([
      ...Object.keys(annotation.shape),
      'body',
    ]);
  });
});

test.each([
  [980, '980 B'],
  [17_620, '17 KB'],
  [142_122, '139 KB'],
  [3 * 1024 * 1024, '3.0 MB'],
])('formatBytes(%i) → %s', (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text);
});
