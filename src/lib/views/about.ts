/**
 * View model of /about/: the source, the corrections applied to it, how to cite.
 */
import type { Correction, Model, NormalizationRule } from '../../schemas/model.ts';
import { planPaths } from '../paths.ts';
import { correctionReason, formatIsoDate, issuedTitle } from './common.ts';
import { showBreaks } from './item.ts';

export interface AboutView {
  sourceFile: string;
  noticeTitle: string;
  /** The notice named with its issuers, once. */
  issuedTitle: string;
  planTitle: string;
  docNumber: string | null;
  issuers: string[];
  date: string | null;
  corrections: (Correction & {
    beforeShown: string;
    /** The reason in Chinese, or the English record where the file has no Chinese one. */
    reasonShown: string;
    reasonLang: 'zh-CN' | 'en';
    itemLinks: { number: number; href: string }[];
  })[];
  /** The ingest's normalisation rules, as plan.json carries them. */
  normalization: NormalizationRule[];
  counts: { items: number; indicators: number; departments: number; aliases: number };
}

export function aboutView(model: Model): AboutView {
  const doc = model.document;
  return {
    sourceFile: model.sourceFile,
    noticeTitle: doc.title,
    issuedTitle: issuedTitle(doc),
    planTitle: doc.attachment?.title ?? doc.title,
    docNumber: doc.docNumber,
    issuers: doc.issuers,
    date: formatIsoDate(doc.date),
    corrections: model.corrections.map((c) => ({
      ...c,
      beforeShown: showBreaks(c.before),
      ...correctionReason(c),
      itemLinks: model.items
        .filter((i) => i.corrections.includes(c.id))
        .map((i) => ({ number: i.number, href: planPaths(model.plan).item(i.number) })),
    })),
    normalization: model.normalization,
    counts: {
      items: model.items.length,
      indicators: model.indicators.length,
      departments: model.departments.length,
      aliases: model.departments.reduce((n, d) => n + d.aliases.length, 0),
    },
  };
}
