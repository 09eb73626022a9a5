/**
 * View model of the library's `/data/`: the library-wide files (library.json, items.csv,
 * plan.schema.json) with their sizes and fields, and each plan's downloads grouped by place (newest
 * plans first, bounded per place; the place page lists every plan's data page).
 */
import { formatBytes } from '../exports/page.ts';
import {
  LIBRARY_CSV_COLUMNS,
  libraryCsv,
  libraryDataPaths,
  libraryJsonText,
  type NotesByPlan,
} from '../exports/library.ts';
import type { LinkContext } from '../exports/links.ts';
import { downloadUrl } from '../exports/links.ts';
import { paths } from '../paths.ts';
import {
  type IndexGroup,
  type LibraryData,
  type LibraryPlan,
  type PlanEntry,
  groupedIndex,
  planEntry,
} from './library-common.ts';

export interface LibraryDownload {
  path: string;
  fileName: string;
  format: string;
  summary: string;
  size: string;
}

export interface DataPlan extends PlanEntry {
  /** The plan's downloads. */
  links: { label: string; href: string }[];
}

export interface LibraryDataView {
  figures: { places: number; plans: number; items: number };
  downloads: LibraryDownload[];
  libraryFields: { name: string; doc: string }[];
  csvColumns: { name: string; doc: string }[];
  groups: IndexGroup<DataPlan>[];
  libraryUrl: string;
}

const LIBRARY_FIELDS = [
  { name: 'places', doc: '地方：slug 网址名、name 名称、plans 该地各计划的编号（由早到晚）' },
  {
    name: 'plans',
    doc: '计划：place 地方网址名、id 计划编号、title 标题、docNumber 文号（无则为 null）、date 成文日期、items 事项数、url 计划首页、planJson 该计划 plan.json 的地址',
  },
];

export function libraryDataView(
  library: LibraryData,
  notes: NotesByPlan,
  links: LinkContext,
  schemaText: string,
  /** content/continuity.json's text, served as /data/continuity.json (listed when given). */
  continuityText?: string,
): LibraryDataView {
  const bytes = (t: string) => Buffer.byteLength(t, 'utf8');
  const file = (path: string, format: string, summary: string, text: string) => ({
    path,
    fileName: path.split('/').pop() ?? path,
    format,
    summary,
    size: formatBytes(bytes(text)),
  });
  const items = library.plans.reduce((n, p) => n + p.items.length, 0);
  const entry = (p: LibraryPlan): DataPlan => {
    const dir = paths.planData(p.plan.place.slug, p.plan.id);
    return {
      ...planEntry(p),
      links: [
        { label: '数据页', href: dir },
        { label: 'plan.json', href: `${dir}plan.json` },
        { label: 'items.csv', href: `${dir}items.csv` },
        { label: 'calendar.ics', href: `${dir}calendar.ics` },
      ],
    };
  };
  return {
    figures: { places: library.places.length, plans: library.plans.length, items },
    downloads: [
      file(
        libraryDataPaths.library(),
        'JSON',
        `全部 ${library.places.length} 个地方、${library.plans.length} 份计划的目录：每份计划的标题、文号、日期、事项数和数据地址。`,
        libraryJsonText(library, links),
      ),
      file(
        libraryDataPaths.csv(),
        'CSV（UTF-8，带 BOM）',
        `全部 ${items} 个事项，每项一行；前两列为地方和计划，其余各列与各计划的 items.csv 相同。`,
        libraryCsv(library, notes, links),
      ),
      file(
        libraryDataPaths.schema(),
        'JSON Schema (2020-12)',
        '每份计划的 plan.json 都符合的同一份模式。',
        schemaText,
      ),
      ...(continuityText === undefined
        ? []
        : [
            file(
              '/data/continuity.json',
              'JSON',
              '同一地方前后两期计划的事项对应：后一份计划的每项延续此前计划的哪些事项（same 同一举措、related 相关举措）、分数和文字所示变化；由文字比对得出，方法与准确率见“关于”页。',
              continuityText,
            ),
          ]),
    ],
    libraryFields: LIBRARY_FIELDS,
    csvColumns: LIBRARY_CSV_COLUMNS.map((c) => ({ name: c.header, doc: c.doc })),
    groups: groupedIndex(library, entry),
    libraryUrl: downloadUrl(links, libraryDataPaths.library()),
  };
}
