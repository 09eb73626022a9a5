/**
 * /data/items.csv: one row per item, for spreadsheets. UTF-8 with a byte-order mark (Excel reads
 * Chinese correctly only with it), CRLF line ends as RFC 4180 has them, quoting by csv-stringify.
 */
import { stringify } from 'csv-stringify/sync';
import type { Annotation, Model } from '../../schemas/model.ts';
import { planPaths } from '../paths.ts';
import { STATUS_LABELS } from '../status.ts';
import { downloadUrl, type LinkContext } from './links.ts';

/**
 * Joins department names inside one cell. Not "、": a name may hold one inside its quotes
 * (“双随机、一公开”监管工作联席会议各成员单位).
 */
export const UNIT_SEPARATOR = '；';

/**
 * The columns, in order: `header` is what the file's first row says (Chinese: the file is opened
 * by people, in Excel or WPS), `key` the name the code and the tests use (the same English names as
 * plan.json where there is one), `doc` what the cell holds. The /data/ page prints this list, so
 * the file and its documentation come from one place.
 *
 * Dates are written as Chinese text (“2020年6月”, “持续推进”), never as `2020-06`, which Excel
 * turns into a date of its own choosing. Whoever needs the structured deadline reads plan.json.
 */
export const CSV_COLUMNS = [
  { key: 'number', header: '编号', doc: '事项编号（1 起，与原文一致）' },
  { key: 'indicator', header: '指标编号', doc: '所属指标的编号' },
  { key: 'indicatorTitle', header: '指标', doc: '所属指标的名称，如“开办企业”' },
  { key: 'title', header: '标题', doc: '事项标题（原文首句或其开头的短语）' },
  {
    key: 'text',
    header: '全文',
    doc: '事项全文（已修复分页断行）；有分项的，每个分项另起一行，以其序号开头',
  },
  {
    key: 'leadUnits',
    header: '牵头单位',
    doc: '牵头单位，规范名称，以“；”分隔；原文未分列牵头单位时为空',
  },
  {
    key: 'responsibleUnits',
    header: '责任单位',
    doc: '责任单位（含配合单位等），规范名称，以“；”分隔',
  },
  {
    key: 'deadlineText',
    header: '完成时限',
    doc: '完成时限，照原文写法，如“6月底前”“持续推进”；有分项的取最晚者',
  },
  {
    key: 'url',
    header: '网址',
    doc: '事项页面的完整网址；本站构建时未设 SITE_URL 时为站内路径（如 /items/1/），前面需加上本站的网址',
  },
  { key: 'sourceLine', header: '原文行号', doc: '事项在原文文本中的起始行号' },
  {
    key: 'status',
    header: '进展',
    doc: '编辑记录的进展：已完成、推进中、未启动、进展不明；未记录时为空',
  },
  {
    key: 'statusAsOf',
    header: '进展记录日期',
    doc: '进展记录所反映情况的日期，如“2021年1月15日”；未记录时为空',
  },
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number]['key'];

/** "2021-01-15" → "2021年1月15日" (text Excel keeps as written). */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** An item's full text: its own, then each sub-item on a line of its own, label first. */
export function fullText(item: Model['items'][number]): string {
  return [item.text, ...item.subitems.map((s) => `${s.label}${s.text}`)].join('\n');
}

/** The rows of items.csv as objects, by key (exported for tests and for the /data/ page). */
export function csvRows(
  plan: Model,
  annotations: ReadonlyMap<number, Annotation>,
  links: LinkContext,
): Record<CsvColumn, string>[] {
  const indicatorTitles = new Map(plan.indicators.map((i) => [i.number, i.title]));
  const p = planPaths(plan.plan);
  const join = (names: string[]) => {
    for (const name of names) {
      // A name holding the separator would split into two on the reader's side.
      if (name.includes(UNIT_SEPARATOR)) {
        throw new Error(`items.csv: department name "${name}" contains "${UNIT_SEPARATOR}"`);
      }
    }
    return names.join(UNIT_SEPARATOR);
  };
  return plan.items.map((item) => {
    const note = annotations.get(item.number);
    return {
      number: String(item.number),
      indicator: String(item.indicator),
      indicatorTitle: indicatorTitles.get(item.indicator) ?? '',
      title: item.title,
      text: fullText(item),
      leadUnits: join(item.leadUnits),
      responsibleUnits: join(item.responsibleUnits),
      deadlineText: item.deadlineText ?? '',
      url: downloadUrl(links, p.item(item.number)),
      sourceLine: String(item.source.line),
      status: note ? STATUS_LABELS[note.status].label : '',
      statusAsOf: note ? chineseDate(note.asOf) : '',
    };
  });
}

/** items.csv as text, byte-order mark first. */
export function itemsCsv(
  plan: Model,
  annotations: ReadonlyMap<number, Annotation>,
  links: LinkContext,
): string {
  return stringify(csvRows(plan, annotations, links), {
    bom: true,
    header: true,
    columns: CSV_COLUMNS.map((c) => ({ key: c.key, header: c.header })),
    record_delimiter: 'windows',
  });
}
