/**
 * Step 4 of the parse: the notice around the plan. Document number (`〔2023〕`, `[2023]`, a garbled
 * `?2023?`), the title over as many lines as it takes (with its date `（2023 年4 月19 日）` after
 * it), the issuers (named before 关于, or signed when the title names one body and 等), the
 * addressees, the signature and stamps (`（代章）`, `（此件主动公开）`) and the date under the body,
 * and the plan's own title and preamble.
 */
import type { Problems } from './errors.ts';
import { DATE_LINE_RE, joinPageBreaks } from './structure.ts';
import type { LogicalLine, ParsedAttachment } from './types.ts';
import { LABEL_LINE_RE } from './units.ts';

const DOC_NUMBER_RE = /^\S*[〔[【(（?？［〖]\d{4}[〕\]】)）?？］〗]\d+号$/u;
const TITLE_DATE_RE = /[（(](\d{4})年(\d{1,2})月(\d{1,2})日[）)]$/u;
/** How the title of a notice of this genre ends (before its date, if any). */
const TITLE_END_RE = /(通知|通报|决定|函|批复)(?:[（(]\d{4}年\d{1,2}月\d{1,2}日[）)])?$/u;

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

/** A line of masthead or number, not of the title. */
const isMasthead = (t: string) => /文件$/u.test(t);

/**
 * The lines before the addressees (the line ending in ：) are masthead (…文件), document number and
 * the title, which may wrap over several lines; the title ends where a notice's title ends
 * (…的通知, its date in brackets), so an addressee list wrapped over lines stays out of it.
 * @param raw the lines before normalisation: the title keeps there the space between joint issuers
 */
export function readHeader(
  notice: readonly LogicalLine[],
  raw: readonly string[],
  problems: Problems,
): Header {
  const addrIdx = notice.findIndex((l) => /[：:]$/u.test(l.text) && !LABEL_LINE_RE.test(l.text));
  const headerLines = addrIdx >= 0 ? notice.slice(0, addrIdx + 1) : notice.slice(0, 3);
  let docNumber: string | null = null;
  const titleParts: LogicalLine[] = [];
  let titleDone = false;
  let addrStart = addrIdx;
  for (let k = 0; k < headerLines.length; k++) {
    const l = headerLines[k]!;
    if (DOC_NUMBER_RE.test(l.text)) {
      docNumber = l.text;
      continue;
    }
    if (isMasthead(l.text) && titleParts.length === 0) continue;
    if (titleDone) {
      if (addrStart === addrIdx || addrStart > k) addrStart = k;
      continue;
    }
    if (k === addrIdx && titleParts.length > 0) break;
    titleParts.push(l);
    const joinedT = titleParts.map((p) => p.text).join('');
    if (TITLE_END_RE.test(joinedT)) titleDone = true;
  }
  if (addrIdx >= 0 && !titleDone && titleParts.length === 0) titleParts.push(notice[0]!);
  let titleIssuers: string[] = [];
  let title = '';
  if (titleParts.length > 0) {
    const rawTitle = titleParts.map((l) => (raw[l.line - 1] ?? l.text).trim()).join('');
    const joinedT = titleParts.map((l) => l.text).join('');
    const about = joinedT.indexOf('关于');
    const rawAbout = rawTitle.indexOf('关于');
    if (about > 0 && rawAbout > 0) {
      titleIssuers = rawTitle
        .slice(0, rawAbout)
        .split(/[\s\u3000]+/u)
        .filter(Boolean);
      title = titleIssuers.join(' ') + joinedT.slice(about);
    } else title = joinedT;
  } else problems.add(1, 'no title found before the addressees line');
  let titleDate: string | null = null;
  const m = TITLE_DATE_RE.exec(title);
  if (m) {
    title = title.slice(0, m.index);
    titleDate = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  const addr =
    addrIdx >= 0
      ? notice
          .slice(Math.min(addrStart, addrIdx), addrIdx + 1)
          .filter((l) => !DOC_NUMBER_RE.test(l.text))
          .map((l) => l.text)
          .join('')
      : null;
  return {
    title,
    docNumber,
    titleIssuers,
    titleDate,
    addressees: addr,
    body: addrIdx >= 0 ? notice.slice(addrIdx + 1) : notice.slice(titleParts.length),
  };
}

/** Stamps and notes under a signature: `（此件主动公开）`, `（联系人及电话：…）`, `附件`. */
export const isStampLine = (t: string) =>
  /^[（(][^（）()]*[）)]$/u.test(t) || /^附件[：:]?$/u.test(t);

/** How the name of a body ends: a signer's line that ends so is a whole name. */
const BODY_END = /(局|委|厅|院|办|室|府|会|组|部|行|关|中心|政府|公司)$/u;

/** The signature: the short lines after the body's last sentence, just above the date line. */
export function splitSignature(body: readonly LogicalLine[]): {
  body: LogicalLine[];
  signature: string[];
} {
  let end = body.length;
  while (end > 0) {
    const last = body[end - 1]!.text;
    if (/[。！？；：]$/u.test(last) || [...last].length > 40 || /^附件/u.test(last)) break;
    end--;
  }
  // A signature broken over two lines (`…改革` / `协调领导小组办公室（代章）`) is one signer.
  const signature: string[] = [];
  for (const l of body.slice(end)) {
    const prev = signature[signature.length - 1];
    if (prev !== undefined && /[（(]代章[）)]$/u.test(l.text) && !BODY_END.test(prev))
      signature[signature.length - 1] = prev + l.text;
    else signature.push(l.text);
  }
  return { body: body.slice(0, end), signature };
}

/** `2020 年 4 月 30 日` on its own line → `2020-04-30`. */
export function dateOfLine(text: string): string | null {
  const m = DATE_LINE_RE.exec(text);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * The plan's own title and preamble: the lines between the date and the plan's first heading,
 * stamps and notes such as （此件公开发布） and a lone 附件 left out; a title wrapped over lines
 * (its first line not a sentence) is joined.
 */
export function readIntro(intro: readonly LogicalLine[]): {
  attachment: ParsedAttachment | null;
  joins: number;
} {
  const lines = intro.filter((l) => !isStampLine(l.text));
  if (lines.length === 0) return { attachment: null, joins: 0 };
  let k = 1;
  let title = lines[0]!.text;
  // A title wraps while it is short of a sentence and the next line does not start the preamble.
  while (
    k < lines.length &&
    !/[。；，]/u.test(title) &&
    !/^(为|根据|按照|近年来|\d{4}年)/u.test(lines[k]!.text) &&
    !/[。，；]/u.test(lines[k]!.text) &&
    [...lines[k]!.text].length < 30 &&
    [...title].length + [...lines[k]!.text].length <= 60 &&
    !/(方案|要点|措施|计划|意见|办法|细则|清单)$/u.test(title)
  ) {
    title += lines[k]!.text;
    k++;
  }
  const rest = lines.slice(k);
  const pre = joinPageBreaks(rest);
  return {
    attachment: {
      title,
      preamble: pre.lines.map((l) => l.text).join('\n'),
      source: { line: lines[0]!.line, endLine: (rest[rest.length - 1] ?? lines[k - 1]!).endLine },
      sections: [],
    },
    joins: pre.joins,
  };
}
