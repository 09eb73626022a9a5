/**
 * The /data/ page's view model: each download with what it holds (field by field), its size, the
 * URLs to use, and how to cite. The page only prints this.
 */
import type { Annotation, Department, Model } from '../../schemas/model.ts';
import { STATUS_LABELS } from '../status.ts';
import { CSV_COLUMNS, itemsCsv } from './csv.ts';
import { departmentItems, planCalendar } from './ics.ts';
import { withBase } from '../paths.ts';
import { absoluteUrl, planDataPaths, type LinkContext } from './links.ts';
import { planJsonSchema, planJsonText, toPlanJson } from './plan.ts';
import { TARGET_CSV_COLUMNS, targetsCsv } from './targets-csv.ts';

export interface Field {
  name: string;
  doc: string;
}

export interface DownloadView {
  id: string;
  /** Site path, for withBase. */
  path: string;
  /** File name shown and offered to save as. */
  fileName: string;
  format: string;
  summary: string;
  /** Size in bytes of the file as built. */
  bytes: number;
  /** "412 KB" */
  size: string;
}

export interface DataPageView {
  downloads: DownloadView[];
  /** plan.json's top-level fields, then an item's fields. */
  planFields: Field[];
  itemFields: Field[];
  annotationFields: Field[];
  csvColumns: Field[];
  /** targets.csv's columns: the header as written, and what it holds. */
  targetCsvColumns: Field[];
  targetCount: number;
  statuses: { code: string; label: string; icon: string }[];
  /**
   * Absolute URL of the whole-plan calendar, for subscribing; null without SITE_URL (a calendar
   * program takes only a full URL: the page then says how to get it).
   */
  calendarUrl: string | null;
  /** The plan's department calendars: `<dir>departments/<slug>.ics`. */
  departmentCalendarPattern: string;
  /** One department calendar as an example of the URL pattern (url null without SITE_URL). */
  exampleDepartment: { name: string; path: string; url: string | null } | null;
  itemCount: number;
  datedItemCount: number;
  annotatedCount: number;
  departmentCount: number;
  /** How to cite the data; ends with plan.json's full URL when the build has SITE_URL. */
  citation: string;
  /** Without SITE_URL: the base-relative path of plan.json, whose full URL completes `citation`. */
  citationUrlOf: string | null;
  source: { title: string; docNumber: string | null; issuers: string[]; date: string | null };
}

/** "1.2 MB", "412 KB", "980 B" (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const PLAN_FIELDS: Field[] = [
  {
    name: 'plan',
    doc: '本计划在库中的位置：place 地方（slug 网址名、name 名称），id 计划的网址名，title 标题，year 年份',
  },
  { name: 'sourceFile', doc: '数据读取自的原文文本文件（项目内路径）' },
  {
    name: 'document',
    doc: '文件信息：title 标题，docNumber 文号（无则为 null），issuers 发文机关，date 成文日期 YYYY-MM-DD，addressees 主送，attachment 附件标题与前言',
  },
  {
    name: 'notice',
    doc: '通知正文：sections 各部分（number 序号、title 标题、paragraphs 段落）；每段有 label（如“（一）”）、text、relatedItems（该段所概述的事项编号）、source（行号）',
  },
  {
    name: 'indicators',
    doc: '指标：number 编号、title 名称、slug 网址名、englishTitle 英文名、items 所含事项编号、source 行号',
  },
  { name: 'items', doc: '事项（字段见下表）' },
  {
    name: 'departments',
    doc: '单位：name 规范名称、slug 网址名、aliases 原文中的其他写法、kind 类别',
  },
  {
    name: 'corrections',
    doc: '对原文提取错误的修正：id、line 行号、before 原文、after 修正后、reason 理由（审阅者的原始记录）、reasonZh 中文理由（网站上显示的一条，可缺）',
  },
  {
    name: 'normalization',
    doc: '提取时对原文做的规范化处理：id、description 说明、example 示例（before/after）、applied 在本文件中应用的次数',
  },
  {
    name: 'warnings',
    doc: '提取时发现的可疑之处（模型照常生成）：line 原文行号、message 说明（英文），如括号未闭合、时限按本文年份推定、最后一项之后的文字',
  },
  { name: 'annotations', doc: '编辑记录的进展（字段见下表），按事项编号排列' },
];

const ITEM_FIELDS: Field[] = [
  { name: 'number', doc: '事项编号：在本计划中的顺序 1…N' },
  { name: 'label', doc: '原文的编号写法，如“5.”“（三）”“第二条”（各部分重新编号时可重复）' },
  { name: 'indicator', doc: '所属指标的编号' },
  { name: 'title', doc: '标题：原文首句或其开头的短语' },
  { name: 'text', doc: '全文（已修复分页断行，不含单位与时限行）' },
  { name: 'leadUnits', doc: '牵头单位的规范名称列表（含各子项的单位）' },
  { name: 'responsibleUnits', doc: '责任单位（含配合单位等）的规范名称列表（含各子项的单位）' },
  {
    name: 'deadline',
    doc: '完成时限：{kind:"month",year,month}、{kind:"date",year,month,day}、{kind:"ongoing"}，原文未列时为 {kind:"none"}；有子项时取最晚者',
  },
  { name: 'deadlineText', doc: '完成时限的原文写法，如“6月底前”“持续推进”；原文未列时为 null' },
  { name: 'deadlineLabel', doc: '原文对时限的称呼，如“完成时限”；原文未列时为 null' },
  { name: 'unitLabels', doc: '原文对单位的称呼，如 {lead:"牵头单位", responsible:"责任单位"}' },
  {
    name: 'subitems',
    doc: '子项：label（如“（1）”）、text，以及各自的单位、时限和 source',
  },
  {
    name: 'targets',
    doc: '可核查的目标（事项及其子项原文中以数字和单位表述的水平）：text 原文用语、measure 衡量的内容、scope 适用对象（无则为 null）、comparator 比较方式（max 不超过、min 不低于、exact 等于）、value 数值、unit 单位（如“工作日”“%”）、baseline 原有水平 {value,unit}（原文未写则为 null）、subitem 所在子项的序号（事项本身为 null）、start 原文用语在该段文字中的位置',
  },
  { name: 'source', doc: '在原文文本中的位置：line 起始行、endLine 结束行' },
  { name: 'corrections', doc: '该事项范围内应用过的修正的 id' },
];

const ANNOTATION_FIELDS: Field[] = [
  { name: 'item', doc: '事项编号' },
  {
    name: 'status',
    doc: '进展：done 已完成、in-progress 推进中、not-started 未启动、unknown 进展不明',
  },
  { name: 'asOf', doc: '该记录所反映情况的日期 YYYY-MM-DD' },
  { name: 'evidence', doc: '依据：公开来源的列表，每项有 title 标题与 url 网址' },
  { name: 'body', doc: '编辑的说明（Markdown 原文，可为空）' },
];

export function dataPageView(
  plan: Model,
  annotations: ReadonlyMap<number, Annotation & { body: string }>,
  links: LinkContext,
): DataPageView {
  const dataPaths = planDataPaths(plan.plan);
  const planText = planJsonText(toPlanJson(plan, annotations.values()));
  const schemaText = `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
  const csvText = itemsCsv(plan, annotations, links);
  const icsText = planCalendar(plan, annotations, links);
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
  const download = (
    id: string,
    path: string,
    format: string,
    summary: string,
    text: string,
  ): DownloadView => ({
    id,
    path,
    fileName: path.split('/').pop() ?? path,
    format,
    summary,
    bytes: bytes(text),
    size: formatBytes(bytes(text)),
  });
  const dated = plan.items.filter((i) => i.deadline.kind !== 'ongoing').length;
  const source = plan.document.docNumber ?? plan.document.title;
  // The example calendar: the department named on most items (the first such, in model order).
  let example: Department | undefined;
  let most = 0;
  for (const department of plan.departments) {
    const count = departmentItems(plan, department).length;
    if (count > most) [example, most] = [department, count];
  }
  return {
    downloads: [
      download(
        'plan',
        dataPaths.plan(),
        'JSON',
        '完整的数据模型：文件信息、通知正文、指标、事项、单位、修正记录，以及编辑记录的进展。',
        planText,
      ),
      download(
        'schema',
        dataPaths.schema(),
        'JSON Schema',
        'plan.json 的结构说明，由本站校验数据所用的同一份模式生成，可用任何 JSON Schema 校验器检查 plan.json。',
        schemaText,
      ),
      download(
        'csv',
        dataPaths.csv(),
        'CSV（UTF-8，带 BOM）',
        '每个事项一行，便于用 Excel、WPS 或其他表格软件打开。',
        csvText,
      ),
      download(
        'targets',
        dataPaths.targets(),
        'CSV（UTF-8，带 BOM）',
        `每个可核查的目标一行（共 ${plan.items.reduce((n, i) => n + i.targets.length, 0)} 个）：衡量内容、比较方式、数值、单位、原有水平和原文用语。`,
        targetsCsv(plan, links),
      ),
      download(
        'calendar',
        dataPaths.calendar(),
        'iCalendar (.ics)',
        `每个有明确时限的事项一个全天事件（共 ${dated} 个），日期为时限所在月的最后一天；“持续推进”等无具体时限的事项不生成事件。`,
        icsText,
      ),
    ],
    planFields: PLAN_FIELDS,
    itemFields: ITEM_FIELDS,
    annotationFields: ANNOTATION_FIELDS,
    csvColumns: CSV_COLUMNS.map((c) => ({ name: c.header, doc: c.doc })),
    targetCsvColumns: TARGET_CSV_COLUMNS.map((c) => ({ name: c.header, doc: c.doc })),
    targetCount: plan.items.reduce((n, i) => n + i.targets.length, 0),
    statuses: Object.values(STATUS_LABELS).map(({ code, label, icon }) => ({ code, label, icon })),
    calendarUrl: absoluteUrl(links, dataPaths.calendar()),
    departmentCalendarPattern: dataPaths.departmentCalendar('<单位网址名>'),
    exampleDepartment: example
      ? {
          name: example.name,
          path: dataPaths.departmentCalendar(example.slug),
          url: absoluteUrl(links, dataPaths.departmentCalendar(example.slug)),
        }
      : null,
    itemCount: plan.items.length,
    datedItemCount: dated,
    annotatedCount: annotations.size,
    departmentCount: plan.departments.length,
    citation: `政策导航：${source}《${plan.document.title}》结构化数据（访问日期：YYYY-MM-DD）。${absoluteUrl(links, dataPaths.plan()) ?? ''}`,
    citationUrlOf: links.site ? null : withBase(links.base, dataPaths.plan()),
    source: {
      title: plan.document.title,
      docNumber: plan.document.docNumber,
      issuers: plan.document.issuers,
      date: plan.document.date,
    },
  };
}
