import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, itemsCsv } from '../../../src/lib/exports/csv.ts';
import { makeItem } from '../support/model.ts';
import { exportModel, exportNotes } from '../support/plans.ts';

const links = { base: '/', site: 'https://example.org' };

/** The rows by column key (the file's headers are Chinese; see CSV_COLUMNS). */
function read(text: string): Record<string, string>[] {
  const keys = new Map<string, string>(CSV_COLUMNS.map((c) => [c.header, c.key]));
  return parse(text, {
    bom: true,
    columns: (header: string[]) => header.map((h) => keys.get(h) ?? h),
    skip_empty_lines: true,
  });
}

describe('items.csv', () => {
  test('starts with a UTF-8 byte-order mark so Excel shows the Chinese', () => {
    const bytes = Buffer.from(itemsCsv(exportModel(), exportNotes(), links), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('one row per item, with every documented column, in order', () => {
    const text = itemsCsv(exportModel(), exportNotes(), links);
    const [header] = parse(text, { bom: true, to_line: 1 }) as string[][];
    expect(header).toEqual([
      '编号',
      '指标编号',
      '指标',
      '标题',
      '全文',
      '牵头单位',
      '责任单位',
      '完成时限',
      '网址',
      '原文行号',
      '进展',
      '进展记录日期',
    ]);
    const rows = read(text);
    expect(rows.map((r) => r.number)).toEqual(['1', '2', '3', '4']);
    const item = exportModel().items[0]!;
    expect(rows[0]).toEqual({
      number: '1',
      indicator: '1',
      indicatorTitle: '开办企业',
      title: '推行“一网通办”，实现企业开办一个工作日办结',
      text: item.text,
      leadUnits: '市市场监管局',
      responsibleUnits: '市公安局；市税务局',
      deadlineText: '2020年2月',
      url: 'https://example.org/zhengzhou/2020/items/1/',
      sourceLine: '10',
      status: '',
      statusAsOf: '',
    });
  });

  test('headers are Chinese; no English key is left in the first row', () => {
    const [header] = parse(itemsCsv(exportModel(), exportNotes(), links), {
      bom: true,
      to_line: 1,
    }) as string[][];
    for (const h of header!) expect(h).toMatch(/^\p{Script=Han}+$/u);
  });

  test('the full text holds the sub-items, each on its own line after its label', () => {
    const model = exportModel();
    model.items[0]!.text = '推行“一网通办”。';
    model.items[0]!.subitems = makeItem({
      number: 1,
      indicator: 1,
      subitems: [
        { label: '（1）', text: '压缩开办时间。' },
        { label: '（2）', text: '推广电子执照。' },
      ],
    }).subitems;
    const rows = read(itemsCsv(model, new Map(), links));
    expect(rows[0]!.text).toBe('推行“一网通办”。\n（1）压缩开办时间。\n（2）推广电子执照。');
  });

  test('deadlines are written as the notice writes them, never as a date Excel converts', () => {
    const text = itemsCsv(exportModel(), exportNotes(), links);
    const rows = read(text);
    expect(rows.map((r) => r.deadlineText)).toEqual([
      '2020年2月',
      '2020年12月31日',
      '持续推进',
      '2021年6月',
    ]);
    // Nothing in the file looks like an ISO month or date (Excel turns 2020-06 into 1 June 2020).
    expect(text).not.toMatch(/(^|,)\d{4}-\d{2}(-\d{2})?(,|\r)/m);
  });

  test('status and its date come from the notes, in Chinese; items without one leave them empty', () => {
    const rows = read(itemsCsv(exportModel(), exportNotes(), links));
    expect(rows.map((r) => [r.number, r.status, r.statusAsOf])).toEqual([
      ['1', '', ''],
      ['2', '已完成', '2021年1月15日'],
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
