/**
 * The document model: the one shape every part of the product agrees on.
 *
 * Field names marked "contract" are fixed by ../shared/docs/contract.md (data users and tests rely on
 * them); the others are ours to change. The ingest validates what it emits against these schemas, the
 * content collections reuse them, and /data/plan.schema.json is generated from them.
 *
 * Imports `z` from `astro/zod` so that Astro and plain Node scripts use one Zod instance.
 */
import { z } from 'astro/zod';

/** Where a fact stands in the source: 1-based line numbers of the seed file (contract: `source.line`). */
export const sourceRef = z.object({
  /** First line of the item in the source file (contract). */
  line: z.number().int().positive(),
  /** Last line of the item, its unit and deadline line included. */
  endLine: z.number().int().positive(),
});

/** A deadline as the model reads it (contract). */
export const deadline = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('month'),
    year: z.number().int(),
    month: z.number().int().min(1).max(12),
  }),
  z.object({
    kind: z.literal('date'),
    year: z.number().int(),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  }),
  z.object({ kind: z.literal('ongoing') }),
  /** The plan gives no deadline for it (contract). */
  z.object({ kind: z.literal('none') }),
]);

/** Units and deadline of one commitment, shared by items and sub-items. */
const unitsAndDeadline = {
  /** Lead units (牵头单位 and its kin), canonical department names (contract). */
  leadUnits: z.array(z.string()),
  /** Responsible units (责任单位, 配合单位 …), canonical department names (contract). */
  responsibleUnits: z.array(z.string()),
  /** Contract. */
  deadline,
  /** The deadline as written, e.g. "2020年6月", "持续推进"; null when the plan gives none (contract). */
  deadlineText: z.string().nullable(),
  /** The label the source used for the deadline: 完成时限, 整改时限 … (null: none given). */
  deadlineLabel: z.string().nullable(),
  /** Labels as written in the source, e.g. { lead: "牵头单位", responsible: "责任单位" }. */
  unitLabels: z.object({ lead: z.string().nullable(), responsible: z.string().nullable() }),
};

/**
 * A level the commitment states with a number and a unit, which a reader could check (contract:
 * `items[].targets`), read by scripts/ingest/targets.ts.
 */
export const target = z.object({
  /** The exact words of the item that state it, e.g. "不超过16个工作日" (contract). */
  text: z.string(),
  /** What is measured, e.g. "可控办电时间" (contract). */
  measure: z.string(),
  /** To whom or what it applies, e.g. "一类企业", or null (contract). */
  scope: z.string().nullable(),
  /** max: 不超过, 压缩至, 以内; min: 以上, 不低于, 达到; exact: a fixed count or amount (contract). */
  comparator: z.enum(['max', 'min', 'exact']),
  /** Contract. */
  value: z.number(),
  /** As written, the 个 of 个工作日 / 个环节 dropped: "工作日", "%", "环节" (contract). */
  unit: z.string(),
  /** The level before, where the text states it (由4个月缩短为10天 → 4 月) (contract). */
  baseline: z.object({ value: z.number(), unit: z.string() }).nullable(),
  /** The label of the sub-item whose text states it, or null for the item's own text. */
  subitem: z.string().nullable(),
  /** Offset of `text` in that text (UTF-16 code units), for marking the words. */
  start: z.number().int().nonnegative(),
});

export const subitem = z.object({
  /** "（1）" as the source writes it, full-width (contract). */
  label: z.string(),
  /** Contract. */
  text: z.string(),
  ...unitsAndDeadline,
  source: sourceRef,
});

export const item = z.object({
  /** 1-based, the plan order 1..N, unique (contract). */
  number: z.number().int().positive(),
  /** The numbering as written: "5.", "1．", "（三）", "(1)", "第二条" (contract). */
  label: z.string(),
  /** The number of its indicator (contract). */
  indicator: z.number().int().positive(),
  /** Headline: the commitment's first sentence, or a short phrase it opens with (contract). */
  title: z.string(),
  /** Full text as a reader should see it, units and deadline lines excluded (contract). */
  text: z.string(),
  ...unitsAndDeadline,
  /** Contract. */
  subitems: z.array(subitem),
  /** The checkable levels its text and its sub-items' texts state, in text order (contract). */
  targets: z.array(target),
  /** Contract (`source.line`). */
  source: sourceRef,
  /** Ids of the corrections applied inside this item's lines. */
  corrections: z.array(z.string()),
});

export const indicator = z.object({
  /** 1-based, the order of the attachment's sections (contract). */
  number: z.number().int().positive(),
  /** As written, e.g. "获得电力" (contract). */
  title: z.string(),
  /** English slug for known indicators ("getting-electricity"), pinyin otherwise (contract). */
  slug: z.string(),
  /** Official English name where known, e.g. "Getting Electricity". */
  englishTitle: z.string().nullable(),
  /** Numbers of its items, in order (contract). */
  items: z.array(z.number().int().positive()),
  source: sourceRef,
});

/**
 * What sort of body a department is:
 * - `party-government`: a municipal party or government body (市委组织部, 市发展改革委, 市社保中心)
 * - `court-procuratorate`: 市法院, 市检察院
 * - `central-provincial`: a central or provincial body in the city (市税务局, 金水海关, 人行郑州中心支行)
 * - `enterprise`: 郑州供电公司, 供水供气供暖企业, 各相关金融机构
 * - `district-zone`: 郑州航空港区, 自贸区郑州片区, 金水区, 各开发区, 各县（市）区
 * - `collective`: a group named by role, 各审批职能部门, 市级各相关职能部门
 */
export const departmentKind = z.enum([
  'party-government',
  'court-procuratorate',
  'central-provincial',
  'enterprise',
  'district-zone',
  'collective',
]);

export const department = z.object({
  /** Canonical name (contract). */
  name: z.string(),
  /** Pinyin slug, lower-case ASCII words joined by "-", unique and stable (contract). */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Other spellings seen in the source (contract). */
  aliases: z.array(z.string()),
  /** What sort of body it is. */
  kind: departmentKind,
});

export const paragraph = z.object({
  /** "（一）" or null (contract). */
  label: z.string().nullable(),
  /** Contract. */
  text: z.string(),
  /** Items whose text this paragraph restates, computed from the texts (contract). */
  relatedItems: z.array(z.number().int().positive()),
  source: sourceRef,
});

export const section = z.object({
  /** "一" … as printed, or null for the opening paragraphs (contract). */
  number: z.string().nullable(),
  /** Contract. */
  title: z.string(),
  /** Contract. */
  paragraphs: z.array(paragraph),
});

export const document = z.object({
  /** Contract. */
  title: z.string(),
  /** e.g. "郑办〔2020〕14号", or null (contract). */
  docNumber: z.string().nullable(),
  /** Contract. */
  issuers: z.array(z.string()),
  /** "YYYY-MM-DD" or null (contract). */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /** The addressees line (主送). */
  addressees: z.string().nullable(),
  /** The attachment's title and preamble. */
  attachment: z
    .object({
      title: z.string(),
      preamble: z.string(),
      source: sourceRef,
      /**
       * The attachment's own sections that hold no items (总体要求, 组织保障, 工作要求 …), read like the
       * notice's sections. Empty for the Zhengzhou seed.
       */
      sections: z.array(section),
    })
    .nullable(),
});

/** One repair to the extracted text, from the reviewed corrections file beside the seed. */
export const correction = z.object({
  /** Stable id, e.g. "c1". */
  id: z.string(),
  /** 1-based line of the seed the repair starts on. */
  line: z.number().int().positive(),
  /** Text before the repair, as in the seed (may span lines, joined with "\n"). */
  before: z.string(),
  /** Text after the repair. */
  after: z.string(),
  /** Why the repair is right: the record, as the reviewer wrote it. */
  reason: z.string(),
  /**
   * The same reason in Chinese, as the site shows it (/about/, item pages). Optional so that an
   * older corrections file still reads; the site falls back to `reason`, marked as English.
   */
  reasonZh: z.string().min(1).optional(),
});

/**
 * One normalisation rule of the ingest (scripts/ingest) and how often it changed this notice: the
 * site prints the list on /about/ next to the corrections, so every change to the source is visible.
 */
export const normalizationRule = z.object({
  id: z.string(),
  /** What the rule does, in Chinese, one sentence. */
  description: z.string(),
  /** A before → after example. */
  example: z.object({ before: z.string(), after: z.string() }),
  /** How many times it applied in this notice (lines, joins or unit lists, as the rule says). */
  applied: z.number().int().nonnegative(),
});

/** A URL segment: lower-case ASCII words joined by "-" (place slugs, plan ids). */
const segment = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Which plan of the library this is (contract): `seeds/<place>/<id>.txt`, `/<place>/<id>/`. */
export const planInfo = z.object({
  /** The place: its slug (the seeds folder) and display name (from the issuers or place.json). */
  place: z.object({ slug: segment, name: z.string() }),
  /** The plan's id within its place (the seed's file name): "2020", "2023-credit". */
  id: segment,
  /** The plan's title: the attachment's when the notice hands one down, else the notice's. */
  title: z.string(),
  /** The plan's year: its id's, else its date's; null when neither says. */
  year: z.number().int().nullable(),
});

/** Something the ingest repaired, guessed or left out (contract: `warnings`). */
export const warning = z.object({
  /** 1-based line of the source file. */
  line: z.number().int().positive(),
  message: z.string(),
});

export const model = z.object({
  /** Contract: which plan of the library this is. */
  plan: planInfo,
  /** Which seed file this model was read from, relative to the project root. */
  sourceFile: z.string(),
  document,
  notice: z.object({ sections: z.array(section) }),
  indicators: z.array(indicator),
  items: z.array(item),
  departments: z.array(department),
  corrections: z.array(correction),
  /** The normalisation rules and how often each applied. */
  normalization: z.array(normalizationRule),
  /** What the ingest repaired, guessed or left out, by line (contract). */
  warnings: z.array(warning),
});

/** Editors' status notes: content/annotations/<item>.md front matter (contract). Never generated. */
export const annotationStatus = z.enum(['done', 'in-progress', 'not-started', 'unknown']);
export const annotation = z.object({
  item: z.number().int().positive(),
  status: annotationStatus,
  asOf: z.iso.date(),
  /** Public sources; web addresses only (a `javascript:` link must never reach a page). */
  evidence: z
    .array(z.object({ title: z.string(), url: z.url({ protocol: /^https?$/ }) }))
    .default([]),
});

export type SourceRef = z.infer<typeof sourceRef>;
export type Deadline = z.infer<typeof deadline>;
export type Target = z.infer<typeof target>;
export type Subitem = z.infer<typeof subitem>;
export type Item = z.infer<typeof item>;
export type Indicator = z.infer<typeof indicator>;
export type DepartmentKind = z.infer<typeof departmentKind>;
export type Department = z.infer<typeof department>;
export type Paragraph = z.infer<typeof paragraph>;
export type Section = z.infer<typeof section>;
export type Document = z.infer<typeof document>;
export type Correction = z.infer<typeof correction>;
export type NormalizationRule = z.infer<typeof normalizationRule>;
export type Model = z.infer<typeof model>;
export type PlanInfo = z.infer<typeof planInfo>;
export type Warning = z.infer<typeof warning>;
export type AnnotationStatus = z.infer<typeof annotationStatus>;
export type Annotation = z.infer<typeof annotation>;
