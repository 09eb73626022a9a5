/**
 * Step 3: normalisation, line by line (line numbers never change here). Each rule is data: an id, a
 * description a reader can check on /about/, an example and the function. The site prints the list
 * with how often each rule applied (`model.normalization`).
 */

/** Han characters and full-width punctuation: the "wide" side of a mixed-script boundary. */
const WIDE =
  '\\p{Script=Han}\\u2014\\u2018\\u2019\\u201C\\u201D\\u2026\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65';
const hanRe = /\p{Script=Han}/u;

export interface LineRule {
  id: string;
  /** A cheap test: lines it rejects are left alone without running `apply` (10 MB in seconds). */
  applies?: RegExp;
  /** What the rule does, in the language of the site (Chinese), one sentence. */
  description: string;
  example: { before: string; after: string };
  apply: (line: string) => string;
}

const HALF_TO_FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
};

/** The line rules, applied in this order to every line. */
export const LINE_RULES: readonly LineRule[] = [
  {
    id: 'fullwidth-alphanumerics',
    applies: /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/,
    description: '全角字母和数字改为半角。',
    example: { before: '１２月底前', after: '12月底前' },
    apply: (s) =>
      s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
        String.fromCharCode(c.charCodeAt(0) - 0xfee0),
      ),
  },
  {
    id: 'whitespace',
    applies: /[\t\u00A0\u3000\u2002-\u200B\u202F\u205F]| {2}|^ | $/,
    description: '制表符、不换行空格和全角空格视为空格；去掉行首行尾空格，连续空格合并为一个。',
    example: { before: '\u3000\u3000责任单位：市税务局。 ', after: '责任单位：市税务局。' },
    apply: (s) =>
      s
        .replace(/[\t\u00A0\u3000\u2002-\u200B\u202F\u205F]/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim(),
  },
  {
    id: 'halfwidth-parentheses',
    applies: /\(/,
    description: '括住汉字或紧挨汉字的半角括号改为全角括号，编号“(三)”“(1)”与“（三）”“（1）”统一。',
    example: {
      before: '(三)降低企业获得信贷难度和成本',
      after: '（三）降低企业获得信贷难度和成本',
    },
    apply: (s) => {
      let prev: string;
      do {
        prev = s;
        s = s.replace(/\(([^()]*)\)/gu, (m, inner: string, at: number, whole: string) => {
          const before = whole[at - 1] ?? '';
          const after = whole[at + m.length] ?? '';
          const wide =
            hanRe.test(inner) ||
            hanRe.test(before) ||
            hanRe.test(after) ||
            (at === 0 && /^[\d一二三四五六七八九十]+$/.test(inner));
          return wide ? `（${inner}）` : m;
        });
      } while (s !== prev);
      return s;
    },
  },
  {
    id: 'halfwidth-punctuation',
    applies: /[,;:!?]/,
    description: '与汉字相邻的半角逗号、分号、冒号、问号、感叹号改为全角。',
    example: { before: '新情况新问题, 确保成效', after: '新情况新问题，确保成效' },
    apply: (s) =>
      s
        .replace(
          new RegExp(`(?<=[${WIDE}]) ?([,;:!?]) ?`, 'gu'),
          (_m, p: string) => HALF_TO_FULL[p]!,
        )
        .replace(
          new RegExp(` ?([,;:!?]) ?(?=[${WIDE}])`, 'gu'),
          (_m, p: string) => HALF_TO_FULL[p]!,
        ),
  },
  {
    id: 'cjk-spaces',
    applies: / /,
    description: '去掉汉字或全角标点与其他字符之间的空格（排版时插入的空格）。',
    example: { before: '12 月底前', after: '12月底前' },
    apply: (s) => s.replace(new RegExp(`(?<=[${WIDE}]) +| +(?=[${WIDE}])`, 'gu'), ''),
  },
  {
    id: 'item-marks',
    applies: /^\d{1,6} ?[．、]/,
    description: '行首的条目编号“1.”“1．”“1、”统一为“1.”。',
    example: { before: '1．进一步压缩企业开办时间', after: '1.进一步压缩企业开办时间' },
    apply: (s) => s.replace(/^(\d{1,6}) ?[．、](?![\d.．]) ?/u, '$1.'),
  },
];

export interface Normalized {
  lines: string[];
  /** How many lines each rule changed, by rule id. */
  applied: Map<string, number>;
}

export function normalizeLines(lines: readonly string[]): Normalized {
  const applied = new Map<string, number>(LINE_RULES.map((r) => [r.id, 0]));
  const out = lines.map((line) => {
    let s = line;
    for (const rule of LINE_RULES) {
      if (rule.applies && !rule.applies.test(s)) continue;
      const next = rule.apply(s);
      if (next !== s) applied.set(rule.id, applied.get(rule.id)! + 1);
      s = next;
    }
    return s;
  });
  return { lines: out, applied };
}

export { WIDE };
