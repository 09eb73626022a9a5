/**
 * How an item's status reads on the site: words and a symbol (never colour alone), the same words
 * as the search filter. Items without an editor's note say so; the site never claims progress
 * without evidence.
 */
import type { Annotation, AnnotationStatus } from '../schemas/model.ts';

export interface StatusLabel {
  /** The status code as the note and the downloads write it, or "none" when there is no note. */
  code: AnnotationStatus | 'none';
  /** What the page and the search filter say. */
  label: string;
  /** A text symbol shown before the label (decorative: the label carries the meaning). */
  icon: string;
}

export const STATUS_LABELS: Record<AnnotationStatus | 'none', StatusLabel> = {
  done: { code: 'done', label: '已完成', icon: '✓' },
  'in-progress': { code: 'in-progress', label: '推进中', icon: '◐' },
  'not-started': { code: 'not-started', label: '未启动', icon: '○' },
  unknown: { code: 'unknown', label: '进展不明', icon: '?' },
  none: { code: 'none', label: '暂无进展记录', icon: '—' },
};

export interface StatusView extends StatusLabel {
  /** "YYYY-MM-DD" the note speaks for, or null without a note. */
  asOf: string | null;
  /** The same date as a reader writes it: "2021年1月5日". */
  asOfText: string | null;
  /** Evidence links of the note, as written. */
  evidence: { title: string; url: string }[];
  /** The note's body split into paragraphs (plain text; blank lines separate paragraphs). */
  paragraphs: string[];
}

/** The status block of an item page, from its note (or its absence). */
export function statusView(note: (Annotation & { body: string }) | undefined): StatusView {
  if (!note) {
    return { ...STATUS_LABELS.none, asOf: null, asOfText: null, evidence: [], paragraphs: [] };
  }
  const paragraphs = note.body
    .split(/\n\s*\n/)
    // Lines of one paragraph join without a space after Chinese text, with one after Latin text.
    .map((p) =>
      p
        .replace(/([^\x00-\x7f])[ \t]*\n\s*/g, '$1')
        .replace(/\s*\n\s*/g, ' ')
        .trim(),
    )
    .filter((p) => p.length > 0);
  const [y, m, d] = note.asOf.split('-').map(Number);
  return {
    ...STATUS_LABELS[note.status],
    asOf: note.asOf,
    asOfText: `${y}年${m}月${d}日`,
    evidence: note.evidence,
    paragraphs,
  };
}
