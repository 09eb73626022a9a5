import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, itemsCsv } from '../../../src/lib/exports/csv.ts';
import { exportModel, exportNotes } from '../support/plans.ts';

const links = { base: '/', site: 'https://example.org' };

function read(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true, skip_empty_lines: true });
}

describe('items.csv', () => {
  test('starts with a UTF-8 byte-order mark so Excel shows the Chinese', () => {
    const bytes = Buffer.from(itemsCsv(exportModel(), exportNotes(), links), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('one row per item, with every documented column, in order', () => {
    const text = itemsCsv(exportModel(), exportNotes(), links);
    const [header] = parse(text, { bom: true, to_line: 1 }) as string[][];
    expect(header).toEqual(CSV_COLUMNS.map((c) => c.key));
    const rows = read(text);
    expect(rows.map((r) => r.number)).toEqual(['1', '2', '3', '4']);
    expect(rows[0]).toEqual({
      number: '1',
      indicator: '1',
      indicatorTitle: '开办企业',
      title: '推行“一网通办”，实现企业开办一个工作日办结',
      leadUnits: '市市场监管局',
      responsibleUnits: '市公安局；市税务局',
      deadline: '2020-02',
      deadlineText: '2020年2月',
      url: 'https://example.org/zhengzhou/2020/items/1/',
      sourceLine: '10',
      status: '',
      statusAsOf: '',
    });
  });

  test('deadlines read as ISO month, ISO date or "ongoing"', () => {
    const rows = read(itemsCsv(exportModel(), exportNotes(), links));
    expect(rows.map((r) => [r.deadline, r.deadlineText])).toEqual([
      ['2020-02', '2020年2月'],
      ['2020-12-31', '2020年12月31日'],
      ['ongoing', '持续推进'],
      ['2021-06', '2021年6月'],
    ]);
  });

  test('status and its date come from the notes; items without one leave them empty', () => {
    const rows = read(itemsCsv(exportModel(), exportNotes(), links));
    expect(rows.map((r) => [r.number, r.status, r.statusAsOf])).toEqual([
      ['1', '', ''],
      ['2', 'done', '2021-01-15'],
      ['3', '', ''],
      ['4', '', ''],
    ]);
  });

  test('cells with commas, quotes and line breaks survive a round trip', () => {
    const model = exportModel();
    model.items[0]!.title = '含逗号,引号"和\n换行的标题';
    const rows = read(itemsCsv(model, new Map(), links));
    expect(rows[0]!.title).toBe('含逗号,引号"和\n换行的标题');
  });

  test('URLs are base-relative when the build has no site URL', () => {
    const rows = read(
      itemsCsv(exportModel(), new Map(), { base: '/some/folder/', site: undefined }),
    );
    expect(rows[3]!.url).toBe('/some/folder/zhengzhou/2020/items/4/');
    const absolute = read(
      itemsCsv(exportModel(), new Map(), { base: '/some/folder/', site: 'https://example.org' }),
    );
    expect(absolute[3]!.url).toBe('https://example.org/some/folder/zhengzhou/2020/items/4/');
  });

  test('a name with "、" inside its quotes stays one name', () => {
    const model = exportModel();
    model.items[1]!.responsibleUnits = ['“双随机、一公开”监管工作联席会议各成员单位', '市税务局'];
    const rows = read(itemsCsv(model, new Map(), links));
    expect(rows[1]!.responsibleUnits!.split('；')).toEqual([
      '“双随机、一公开”监管工作联席会议各成员单位',
      '市税务局',
    ]);
  });

  test('refuses a department name that holds the list separator', () => {
    const model = exportModel();
    model.items[1]!.responsibleUnits = ['市税务局；市公安局'];
    expect(() => itemsCsv(model, new Map(), links)).toThrow(/市税务局；市公安局/);
  });
});
