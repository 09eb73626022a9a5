/**
 * /data/items.csv: one row per item, for spreadsheets. UTF-8 with a byte-order mark (Excel reads
 * Chinese correctly only with it), CRLF line ends as RFC 4180 has them, quoting by csv-stringify.
 */
import { stringify } from 'csv-stringify/sync';
import type { Annotation, Model } from '../../schemas/model.ts';
import { planPaths } from '../paths.ts';
import { deadlineIso } from './items.ts';
import { downloadUrl, type LinkContext } from './links.ts';

/**
 * Joins department names inside one cell. Not "、": a name may hold one inside its quotes
 * (“双随机、一公开”监管工作联席会议各成员单位).
 */
export const UNIT_SEPARATOR = '；';

/**
 * The columns, in order, with what each holds. The /data/ page prints this list, so the file and
 * its documentation come from one place.
 */
export const CSV_COLUMNS = [
  { key: 'number', doc: '事项编号（1 起，与原文一致）' },
  { key: 'indicator', doc: '所属指标的编号' },
  { key: 'indicatorTitle', doc: '所属指标的名称，如“开办企业”' },
  { key: 'title', doc: '事项标题（原文首句或其开头的短语）' },
  { key: 'leadUnits', doc: '牵头单位，规范名称，以“；”分隔；原文未分列牵头单位时为空' },
  { key: 'responsibleUnits', doc: '责任单位（含配合单位等），规范名称，以“；”分隔' },
  {
    key: 'deadline',
    doc: '完成时限：按月为 YYYY-MM，具体日期为 YYYY-MM-DD，持续推进为 ongoing',
  },
  { key: 'deadlineText', doc: '完成时限的原文写法，如“2020年6月”“持续推进”' },
  { key: 'url', doc: '事项页面地址' },
  { key: 'sourceLine', doc: '事项在原文文本中的起始行号' },
  {
    key: 'status',
    doc: '编辑记录的进展：done、in-progress、not-started、unknown；未记录时为空',
  },
  { key: 'statusAsOf', doc: '进展记录的日期 YYYY-MM-DD；未记录时为空' },
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number]['key'];

/** The rows of items.csv as objects (exported for tests and for the /data/ page's example row). */
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
      leadUnits: join(item.leadUnits),
      responsibleUnits: join(item.responsibleUnits),
      deadline: deadlineIso(item.deadline),
      deadlineText: item.deadlineText,
      url: downloadUrl(links, p.item(item.number)),
      sourceLine: String(item.source.line),
      status: note?.status ?? '',
      statusAsOf: note?.asOf ?? '',
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
    columns: CSV_COLUMNS.map((c) => c.key),
    record_delimiter: 'windows',
  });
}
