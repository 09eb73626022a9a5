/**
 * View model of /notice/: the notice's sections and paragraphs, each key task linked to the items
 * that restate it, and the attachment's preamble.
 */
import type { Model } from '../../schemas/model.ts';
import { planPaths } from '../paths.ts';
import { type Bounded, bounded, formatIsoDate, itemsByNumber } from './common.ts';

/** Links per paragraph; a key task restated by more items says how many more there are. */
export const RELATED_LIMIT = 12;

export interface NoticeParagraph {
  label: string | null;
  /** The text without its label (the page shows the label apart). */
  text: string;
  /** Anchor id for labelled paragraphs: "s2-p1" (section 2, task （一）). */
  id: string;
  related: Bounded<{ number: number; title: string; href: string }>;
  line: number;
}

export interface NoticeView {
  title: string;
  docNumber: string | null;
  issuers: string[];
  date: string | null;
  addressees: string | null;
  sections: { number: string | null; heading: string; id: string; paragraphs: NoticeParagraph[] }[];
  attachment: { title: string; preamble: string; line: number } | null;
}

export function noticeView(model: Model): NoticeView {
  const byNumber = itemsByNumber(model);
  const links = planPaths(model.plan);
  const doc = model.document;
  return {
    title: doc.title,
    docNumber: doc.docNumber,
    issuers: doc.issuers,
    date: formatIsoDate(doc.date),
    addressees: doc.addressees,
    sections: model.notice.sections.map((s, si) => ({
      number: s.number,
      heading: s.number ? `${s.number}、${s.title}` : s.title,
      id: `s${si + 1}`,
      paragraphs: s.paragraphs.map((p, pi) => ({
        label: p.label,
        text: p.label && p.text.startsWith(p.label) ? p.text.slice(p.label.length) : p.text,
        id: `s${si + 1}-p${pi + 1}`,
        related: bounded(
          p.relatedItems
            .map((n) => byNumber.get(n))
            .filter((i) => i !== undefined)
            .map((i) => ({ number: i.number, title: i.title, href: links.item(i.number) })),
          RELATED_LIMIT,
        ),
        line: p.source.line,
      })),
    })),
    attachment: doc.attachment
      ? {
          title: doc.attachment.title,
          preamble: doc.attachment.preamble,
          line: doc.attachment.source.line,
        }
      : null,
  };
}
