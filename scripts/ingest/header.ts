/**
 * The notice around the plan: document number, title and issuers, addressees, the signature and
 * date under the body, and the attachment's own title and preamble.
 */
import type { Problems } from './errors.ts';
import type { Parsed } from './parse.ts';
import { DATE_LINE_RE, joinPageBreaks, type LogicalLine } from './structure.ts';
import { LABEL_LINE_RE } from './units.ts';

const DOC_NUMBER_RE = /^\S*[〔[【(（]\d{4}[〕\]】)）]\d+号$/u;
const TITLE_DATE_RE = /（(\d{4})年(\d{1,2})月(\d{1,2})日）$/u;

export function isoDate(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface Header {
  title: string;
  docNumber: string | null;
  /** Issuers named before 关于 in the title (`中共郑州市委办公厅 郑州市人民政府办公厅 关于…`). */
  titleIssuers: string[];
  /** A date written at the end of the title: `…的通知（2023 年5 月10 日）`. */
  titleDate: string | null;
  addressees: string | null;
  /** The lines after the addressees: the body, with the signature still at its end. */
  body: LogicalLine[];
}

/**
 * The lines before the addressees (the line ending in ：) are masthead (…文件), document number and
 * the title, which may wrap over several lines.
 * @param raw the lines before normalisation: the title keeps there the space between joint issuers
 */
export function readHeader(
  notice: readonly LogicalLine[],
  raw: readonly string[],
  problems: Problems,
): Header {
  const addrIdx = notice.findIndex((l) => /：$/u.test(l.text) && !LABEL_LINE_RE.test(l.text));
  const headerLines = addrIdx >= 0 ? notice.slice(0, addrIdx) : notice.slice(0, 1);
  let docNumber: string | null = null;
  const titleParts: LogicalLine[] = [];
  for (const l of headerLines) {
    if (DOC_NUMBER_RE.test(l.text)) docNumber = l.text;
    else if (/文件$/u.test(l.text) && titleParts.length === 0) continue;
    else titleParts.push(l);
  }
  let titleIssuers: string[] = [];
  let title = '';
  if (titleParts.length > 0) {
    const rawTitle = titleParts.map((l) => raw[l.line - 1]!.trim()).join('');
    const joined = titleParts.map((l) => l.text).join('');
    const about = joined.indexOf('关于');
    if (about > 0) {
      titleIssuers = rawTitle
        .slice(0, rawTitle.indexOf('关于'))
        .split(/[\s\u3000]+/u)
        .filter(Boolean);
      title = titleIssuers.join(' ') + joined.slice(about);
    } else title = joined;
  } else problems.add(1, 'no title found before the addressees line');
  let titleDate: string | null = null;
  const m = TITLE_DATE_RE.exec(title);
  if (m) {
    title = title.slice(0, m.index);
    titleDate = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return {
    title,
    docNumber,
    titleIssuers,
    titleDate,
    addressees: addrIdx >= 0 ? notice[addrIdx]!.text : null,
    body: addrIdx >= 0 ? notice.slice(addrIdx + 1) : notice.slice(1),
  };
}

/** The signature: the short lines after the body's last sentence, just above the date line. */
export function splitSignature(body: readonly LogicalLine[]): {
  body: LogicalLine[];
  signature: string[];
} {
  let end = body.length;
  while (end > 0) {
    const last = body[end - 1]!.text;
    if (/[。！？；：]$/u.test(last) || [...last].length > 40) break;
    end--;
  }
  return { body: body.slice(0, end), signature: body.slice(end).map((l) => l.text) };
}

/** `2020 年 4 月 30 日` on its own line → `2020-04-30`. */
export function dateOfLine(text: string): string | null {
  const m = DATE_LINE_RE.exec(text);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * The attachment's title and preamble: the lines between the date and the attachment's first
 * heading, a bracketed line such as （此件公开发布） left out.
 */
export function readIntro(intro: readonly LogicalLine[]): {
  attachment: NonNullable<Parsed['document']['attachment']> | null;
  joins: number;
} {
  const lines = intro.filter((l) => !/^（[^（）]*）$/u.test(l.text));
  if (lines.length === 0) return { attachment: null, joins: 0 };
  const [head, ...rest] = lines;
  const pre = joinPageBreaks(rest);
  return {
    attachment: {
      title: head!.text,
      preamble: pre.lines.map((l) => l.text).join('\n'),
      source: { line: head!.line, endLine: (rest[rest.length - 1] ?? head!).endLine },
      sections: [],
    },
    joins: pre.joins,
  };
}
