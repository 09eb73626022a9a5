/**
 * targets.csv: one row per measurable target of the plan, for spreadsheets. UTF-8 with a byte-order
 * mark, CRLF line ends, Chinese column headers (the file is opened by people).
 */
import { stringify } from 'csv-stringify/sync';
import type { Model } from '../../schemas/model.ts';
import { planPaths } from '../paths.ts';
import { formatValue, itemTargetsView } from '../views/targets.ts';
import { downloadUrl, type LinkContext } from './links.ts';

/** The columns, in order: the header as the file writes it and what the column holds. */
export const TARGET_CSV_COLUMNS = [
  { key: 'item', header: '事项编号', doc: '事项编号（与原文一致）' },
  { key: 'indicator', header: '指标', doc: '所属指标的名称' },
  { key: 'title', header: '事项标题', doc: '事项标题' },
  { key: 'subitem', header: '子项', doc: '目标所在子项的序号，如“（1）”；在事项正文中时为空' },
  { key: 'measure', header: '衡量内容', doc: '衡量的内容，如“可控办电时间”' },
  { key: 'scope', header: '适用对象', doc: '适用的对象，如“一类企业”；原文未限定时为空' },
  {
    key: 'comparator',
    header: '比较方式',
    doc: 'max（不超过）、min（不低于）或 exact（定为该数）',
  },
  { key: 'value', header: '数值', doc: '数值（阿拉伯数字，汉字数字已换算）' },
  { key: 'unit', header: '单位', doc: '单位，按原文写法，“个工作日”记为“工作日”' },
  { key: 'baselineValue', header: '原有数值', doc: '原文写明的原有水平的数值；未写明时为空' },
  { key: 'baselineUnit', header: '原有单位', doc: '原有水平的单位；未写明时为空' },
  { key: 'words', header: '原文用语', doc: '原文中表述该目标的文字' },
  { key: 'url', header: '事项网址', doc: '事项页面地址，指向原文中标出的文字' },
  { key: 'sourceLine', header: '原文行号', doc: '事项在原文文本中的起始行号' },
] as const;

export type TargetCsvColumn = (typeof TARGET_CSV_COLUMNS)[number]['key'];

export function targetCsvRows(model: Model, links: LinkContext): Record<TargetCsvColumn, string>[] {
  const indicators = new Map(model.indicators.map((i) => [i.number, i.title]));
  const p = planPaths(model.plan);
  return model.items.flatMap((item) => {
    const view = itemTargetsView(item);
    return item.targets.map((t, k) => {
      const anchor = view.targets[k]!.anchor;
      return {
        item: String(item.number),
        indicator: indicators.get(item.indicator) ?? '',
        title: item.title,
        subitem: t.subitem ?? '',
        measure: t.measure,
        scope: t.scope ?? '',
        comparator: t.comparator,
        value: formatValue(t.value),
        unit: t.unit,
        baselineValue: t.baseline ? formatValue(t.baseline.value) : '',
        baselineUnit: t.baseline?.unit ?? '',
        words: t.text,
        url: downloadUrl(links, p.item(item.number)) + (anchor ? `#${anchor}` : ''),
        sourceLine: String(item.source.line),
      };
    });
  });
}

/** targets.csv as text, byte-order mark first; a plan without targets gives the header row. */
export function targetsCsv(model: Model, links: LinkContext): string {
  const rows = targetCsvRows(model, links).map((r) => TARGET_CSV_COLUMNS.map((c) => r[c.key]));
  return stringify([TARGET_CSV_COLUMNS.map((c) => c.header), ...rows], {
    bom: true,
    record_delimiter: 'windows',
  });
}
