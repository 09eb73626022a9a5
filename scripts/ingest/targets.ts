/**
 * Measurable targets: the levels a commitment states with a number and a unit (不超过16个工作日,
 * 85%以上, 资料精简至1项, 由4个月缩短为10天, 0成本). Pure: text in, targets out.
 *
 * How it reads (the rules, in the order they apply):
 * 1. Quotations “…” ‘…’ 「…」, titles 《…》 and document codes 〔…〕 are masked: nothing inside them is
 *    a target (“11000”, “1+22”, “最多跑一次”, 《三年行动计划》, 〔2020〕43号).
 * 2. Every number is read with the unit written after it (Arabic, full-width or decimal; Chinese
 *    numerals only before a time or step unit, 一个工作日, 两个环节, so that 一窗受理, 两个一类口岸,
 *    跑一次腿 are never read). The classifier 个 is dropped before a unit noun (个工作日 → 工作日).
 * 3. Not targets: dates (2020年, 6月, 29日, 2019—2021年), numbers after a Latin letter (PM2.5, 5G) or
 *    before 号/版/级 (no unit), ordinals (第3批), counts of a list just named (…等19项, 5个环节整合为),
 *    counts of what exists (共有, 现有, 已建成), thresholds that define a scope (400伏及以下低压电力工程,
 *    66人以上超大班额, 在500米以内的, 对…超过1亿元的企业), the specification units of a thing
 *    (10千伏单电源客户) unless a comparator bounds them, and conditions (…达到30%以上，符合规定的可…).
 * 4. Comparator: the nearest comparator word before the number in its clause (不超过, 压缩至, 达到 …),
 *    or after it (以上, 以内, 内); numbers in a list (2个、6个、8个) share the first one's comparator and
 *    the last one's unit. With none: a time is a limit (max), anything else a fixed level (exact).
 * 5. Baseline: a number after 由 or 从 in the same clause as a later changed level (由4个月缩短为10天)
 *    is that level's baseline, not a target of its own.
 * 6. A level stated in the item's first sentence (its headline) and restated later is kept once.
 */

export type Comparator = 'max' | 'min' | 'exact';

export interface Target {
  /** The exact words of the text that state it. */
  text: string;
  /** What is measured, as far as the clause says (best effort, for display). */
  measure: string;
  /** To whom or what it applies, or null. */
  scope: string | null;
  comparator: Comparator;
  value: number;
  /** As written, the classifier 个 of 个工作日 / 个环节 dropped; ％ is written %. */
  unit: string;
  baseline: { value: number; unit: string } | null;
  /** Offset of `text` in the text it was read from (UTF-16 code units). */
  start: number;
}

const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** `一` → 1, `十五` → 15, `两百` → 200, `三千` → 3000; NaN when not a numeral. */
export function chineseNumber(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in CN_DIGIT) digit = CN_DIGIT[ch]!;
    else if (ch === '万') {
      section += digit < 0 ? 0 : digit;
      total += (section || 1) * 10000;
      section = 0;
      digit = -1;
    } else if (ch in CN_UNIT) {
      section += (digit < 0 ? 1 : digit) * CN_UNIT[ch]!;
      digit = -1;
    } else return NaN;
  }
  return total + section + (digit > 0 ? digit : 0);
}

/** Units read after a number, longest first. `to` is the unit as the model writes it. */
interface UnitRule {
  re: RegExp;
  to: (m: RegExpExecArray) => string;
  kind: 'time' | 'share' | 'money' | 'count' | 'spec' | 'class' | 'zero';
}
const UNIT_RULES: UnitRule[] = [
  { re: /^个?(工作日|自然日)/, to: (m) => m[1]!, kind: 'time' },
  { re: /^个?(小时)/, to: (m) => m[1]!, kind: 'time' },
  { re: /^(分钟)/, to: (m) => m[1]!, kind: 'time' },
  { re: /^个(月)/, to: (m) => m[1]!, kind: 'time' },
  { re: /^(天|日|周|年)/, to: (m) => m[1]!, kind: 'time' },
  { re: /^(%|％)/, to: () => '%', kind: 'share' },
  { re: /^个?(百分点)/, to: (m) => m[1]!, kind: 'share' },
  { re: /^(万亿元|亿美元|万美元|美元|亿元|万元|千元|元)/, to: (m) => m[1]!, kind: 'money' },
  {
    re: /^(微克\/立方米|毫克\/立方米|毫克\/升|分贝)/,
    to: (m) => m[1]!,
    kind: 'count',
  },
  {
    re: /^(千伏安|千伏|伏|千瓦时|千瓦|兆瓦|平方公里|平方米|公里|千米|米|公斤|千克|万吨|吨|亩)/,
    to: (m) => m[1]!,
    kind: 'spec',
  },
  { re: /^个?(环节|事项)/, to: (m) => m[1]!, kind: 'count' },
  // 数据资源达200类 is a level; 分为4类 only says how a thing is divided.
  { re: /^(类|种)/, to: (m) => m[1]!, kind: 'class' },
  {
    re: /^((?:百万|千万|亿|万|千)?(?:人次|户|人|家|件|个|张|项)|所|座|条|套|名|次|批|台|辆|岁|倍|份|场|期|笔|宗|部|支|处|间)/,
    to: (m) => m[1]!,
    kind: 'count',
  },
];
/** Chinese numerals are read only before these (一个工作日, 两个环节, 一年); never 一窗, 两个口岸. */
const CN_OK = /^(个工作日|工作日|个自然日|自然日|个小时|小时|个月|个环节|天|日|年|周)/;

const QUOTES: [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['《', '》'],
  ['〔', '〕'],
  ['"', '"'],
];

/** Positions inside quotation marks, titles and codes. */
function masked(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  for (let i = 0; i < text.length; i++) {
    const q = QUOTES.find(([open]) => open === text[i]);
    if (!q) continue;
    const end = text.indexOf(q[1], i + 1);
    if (end < 0 || end - i > 60) continue;
    for (let k = i; k <= end; k++) mask[k] = true;
    i = end;
  }
  return mask;
}

const CLAUSE_END = /[，,；;。！？!?：:\n]/;

interface Cmp {
  words: string[];
  cmp: Comparator;
}
/** Comparator words before the number, longest first within each; the nearest one wins. */
const BEFORE: Cmp[] = [
  {
    cmp: 'max',
    words: [
      '不超过',
      '不得超过',
      '不高于',
      '不得高于',
      '不大于',
      '不多于',
      '小于',
      '低于',
      '少于',
      '压缩至',
      '压缩到',
      '压缩为',
      '缩短至',
      '缩短到',
      '缩短为',
      '缩减至',
      '缩减到',
      '缩减为',
      '压减至',
      '压减到',
      '压减为',
      '减少至',
      '减少到',
      '减少为',
      '减至',
      '减到',
      '减为',
      '精简至',
      '精简到',
      '精简为',
      '降低至',
      '降低到',
      '降低为',
      '降至',
      '降到',
      '降为',
      '控制在',
      '延长至',
      '延长到',
      '最长',
      '最高',
      '最多',
      '上限',
    ],
  },
  {
    cmp: 'min',
    words: [
      '不低于',
      '不少于',
      '不得少于',
      '不小于',
      '不得低于',
      '至少',
      '达到',
      '超过',
      '突破',
      '高于',
      '提高至',
      '提高到',
      '提升至',
      '提升到',
      '增加至',
      '增加到',
      '增至',
      '扩大至',
      '扩大到',
      '最低',
    ],
  },
  { cmp: 'exact', words: ['合并为', '整合为', '统一为'] },
];
// 不低于 contains 低于 and 不少于 contains 少于: check longer words first.
const BEFORE_WORDS = BEFORE.flatMap((c) => c.words.map((w) => ({ w, cmp: c.cmp }))).sort(
  (a, b) => b.w.length - a.w.length,
);
const REDUCING = /(压缩|缩短|缩减|压减|减少|精简|降低|下降|减)[^，；。]*$/;
const RAISING = /(提高|提升|增加|扩大|增长)[^，；。]*$/;

interface Token {
  start: number;
  end: number; // end of the number
  value: number;
  unitRaw: string;
  unit: string;
  kind: UnitRule['kind'];
  chinese: boolean;
}

function readNumbers(text: string, mask: boolean[]): Token[] {
  const out: Token[] = [];
  const re = /[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    if (mask[start]) continue;
    const raw = m[0];
    const chinese = /^[零〇一二两三四五六七八九十百千]/.test(raw);
    // 1.2.3 or 1000.2000.3000: a version or a list run together, not a number.
    if (
      /^[.．][0-9]/.test(text.slice(start + raw.length)) ||
      /[0-9][.．]$/.test(text.slice(0, start))
    )
      continue;
    const after = text.slice(start + raw.length).replace(/^ +/, '');
    const gap = text.length - start - raw.length - after.length;
    if (chinese && !CN_OK.test(after)) continue;
    const ascii = raw.replace(/[０-９．]/g, (c) =>
      c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    );
    const value = chinese ? chineseNumber(raw) : Number(ascii);
    if (!Number.isFinite(value)) continue;
    let rule: UnitRule | undefined;
    let um: RegExpExecArray | null = null;
    for (const r of UNIT_RULES) {
      um = r.re.exec(after);
      if (um) {
        rule = r;
        break;
      }
    }
    // 0资料, 0成本, 0审批: a zero before a noun is a level of that noun.
    if (!rule && value === 0 && !chinese) {
      const z = /^[\u4e00-\u9fff]{2}/.exec(after);
      if (z) {
        rule = { re: /^/, to: () => z[0], kind: 'zero' };
        um = z;
      }
    }
    // 不低于500、1000、2000元: a bare number in a list takes the unit written after the last one.
    if (!rule && !chinese) {
      const run = /^(?:[、,，]\s*[0-9]+(?:\.[0-9]+)?\s*)+(?=[^0-9、,，.])/.exec(after);
      if (run && /^[、,]/.test(after)) {
        const tail = after.slice(run[0].length);
        for (const r of UNIT_RULES) {
          const m2 = r.re.exec(tail);
          if (m2 && r.kind !== 'time') {
            out.push({
              start,
              end: start + raw.length,
              value,
              unitRaw: '',
              unit: r.to(m2),
              kind: r.kind,
              chinese,
            });
            break;
          }
        }
      }
      continue;
    }
    if (!rule || !um) continue;
    out.push({
      start,
      end: start + raw.length,
      value,
      unitRaw: text.slice(start + raw.length, start + raw.length + gap + um[0].length),
      unit: rule.to(um),
      kind: rule.kind,
      chinese,
    });
  }
  return out;
}

function clauseStart(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !CLAUSE_END.test(text[i]!)) i--;
  return i + 1;
}
function clauseEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !CLAUSE_END.test(text[i]!)) i++;
  return i;
}
function sentenceStart(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !/[。；;！？!?\n]/.test(text[i]!)) i--;
  return i + 1;
}

/** Measures that name no subject of their own: 时限, 资料, 环节 … */
const GENERIC_MEASURE =
  /^(时限|时间|办理时限|办理时间|资料|材料|申请材料|环节|办理环节|费用|成本|次数)$/;

const LIST_SEP = /^\s*(、|和|及|与|或|,)\s*$/;
const LEADING =
  /^(分别|其中|并且|并|同时|实现|确保|力争|努力|争取|推动|推进|进一步|全面|将|使|把|让|在|对|今年|全年|年内|当年|再|可|要|应当|应|需|均|都|全部|基本|逐步|原则上|的|，)+/;

function tidy(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/^[（(、，,]+/, '')
    .replace(LEADING, '')
    .trim();
}

/** The measure and scope of a target from the words around it (best effort; for display). */
function describe(
  text: string,
  cs: number,
  floor: number,
  from: number,
  tok: Token,
  unitEnd: number,
  postStart?: number,
): { measure: string; scope: string | null } {
  let pre = tidy(text.slice(floor, from)).replace(/^(到|至)?\d{4}年(底|末)?(前)?/, '');
  pre = tidy(pre);
  const post = tidy(text.slice(postStart ?? unitEnd, clauseEnd(text, postStart ?? unitEnd)))
    .replace(/^(以上|以内|以下|内|及以上)/, '')
    .replace(/^的/, '');
  let scope: string | null = null;
  const split = /^(.{2,24}?的(?:项目|企业|客户|案件|民营企业|纳税人|市场主体|单位|产品))(.+)$/.exec(
    pre,
  );
  if (split) {
    scope = split[1]!;
    pre = split[2]!;
  } else {
    const who = /^(.{2,20}?(?:客户|企业|案件|纳税人|群众|居民))(.*)$/.exec(pre);
    if (
      who &&
      (who[2]!.length === 0 ||
        /^(可控)?(办电|办理|申请|报装)/.test(who[2]!) ||
        /(时间|时限|环节|比例|率|资料|材料)$/.test(who[2]!))
    ) {
      scope = who[1]!;
      pre = who[2]!;
    }
  }
  if (!scope) {
    // A sentence opening with 对…的， or …的项目 names whom the clause applies to.
    const ss = sentenceStart(text, cs);
    const head = text.slice(ss, cs);
    // …，城市道路采取分时段禁限行措施的，: the clause just before, when it ends with 的.
    const last =
      /([^，,；;。]{4,30}的)[，,]$/.exec(head) ??
      /(?:^|[，,])((?:对|凡|对于|针对)[^，,；;。]{2,30})[，,]$/.exec(head);
    const m =
      /^(?:对|凡|对于|针对)?(.{2,30}?的(?:项目|企业|客户|案件|民营企业|纳税人|市场主体)?)[，,]/.exec(
        head,
      );
    if (last && !/[“”]/.test(last[1]!)) scope = last[1]!.replace(/^(对|凡|对于|针对)/, '');
    else if (m && !/[“”]/.test(m[1]!)) scope = m[1]!;
    else {
      const m2 = /^(.{2,16}?的(?:项目|企业|客户|案件))/.exec(head);
      if (m2) scope = m2[1]!;
    }
  }
  // 企业开办在全市各政务服务大厅: the place is the scope.
  const where = /^(.{2,12}?)在(.{2,16})$/.exec(pre);
  if (where && !scope) {
    pre = where[1]!;
    scope = where[2]!;
  }
  // 市场监管部门应当在1个工作日内将…推送: the action after a time limit is what is measured.
  const actor = /(应当在|应在|将在|须在|需在|要在|在|于|后)$/.exec(text.slice(floor, from).trim());
  const after =
    post.length >= 2
      ? post
      : tidy(
          text.slice(clauseEnd(text, unitEnd) + 1, clauseEnd(text, clauseEnd(text, unitEnd) + 1)),
        ).slice(0, 20);
  if (tok.kind === 'time' && actor && after.length >= 2) pre = after;
  let measure = pre
    .replace(/(放宽|调整|提高|提升|压缩|缩短|缩减|降低|减少|增加|控制|压减|扩大)?(到|至|为)$/, '')
    .replace(/(和|及|与|、|分别|共计|合计|均|应|为|的|达到|达)+$/, '');
  measure = tidy(measure.replace(/^[、，,]+/, ''));
  const noun = /^[^\s、，,；;。和及与“”]{2,12}/.exec(post)?.[0] ?? '';
  if (measure.length < 2 && scope && !/^(给予|予以|安排|一次性|奖励|补助|支持)/.test(measure)) {
    measure = scope;
    scope = null;
  }
  if (/^(给予|予以|安排|一次性|奖励|补助|支持)*$/.test(measure) && noun) measure = measure + noun;
  else if (tok.unit === '个' && noun) measure = (measure.length <= 4 ? measure : '') + noun;
  else if (measure.length < 2) measure = (measure + post).slice(0, 24);
  if (measure.length > 24) measure = measure.slice(-24);
  // Words cut out of a quotation: start after its closing mark.
  const close = measure.indexOf('”');
  if (close >= 0 && measure.lastIndexOf('“', close) < 0) measure = measure.slice(close + 1);
  measure = tidy(measure);
  // 压减纳税人申报和缴税的次数至3次: the object between the verb and 至.
  const middle = text
    .slice(from, tok.start)
    .replace(/^(压缩|缩短|压减|减少|精简|降低|下降|减|提高|提升|增加|扩大|增长)/, '')
    .replace(/(至|到|为)\s*$/, '');
  if (
    measure.length < 2 &&
    /(至|到|为)\s*$/.test(text.slice(from, tok.start)) &&
    middle.length >= 2 &&
    !/[0-9]/.test(middle) &&
    !BEFORE_WORDS.some(({ w }) => w === middle)
  )
    measure = tidy(middle);
  // 高新技术企业超过250家: a subject read as the scope, with nothing left, is the measure.
  if ((!measure || measure === tok.unit) && scope) {
    measure = scope;
    scope = null;
  }
  if (!measure) measure = tok.unit;
  return { measure, scope };
}

interface Found {
  tok: Token;
  cmp: Comparator | null;
  cmpAt: number; // where the words of the target start
  end: number; // where they end
  skip: boolean;
  cs: number;
  /** Where this number's own words may start: its clause, after the previous number. */
  floor: number;
  /** In a list (2个、6个、8个), its first number, whose words name the measure. */
  listHead?: Found;
  /** In a list, where its last number's unit ends (the words after it name what is measured). */
  listEnd?: number;
  /** The low end of a range written `30—35亿元`. */
  range?: number;
  /** The share of a 分别 list's names that this value applies to. */
  scope?: string;
}

export function extractTargets(text: string): Target[] {
  const mask = masked(text);
  const toks = readNumbers(text, mask);
  const found: Found[] = [];

  for (let ti = 0; ti < toks.length; ti++) {
    const tok = toks[ti]!;
    const unitEnd = tok.end + tok.unitRaw.length;
    const before = text.slice(Math.max(0, tok.start - 12), tok.start);
    const prevChar = text[tok.start - 1] ?? '';
    const after = text.slice(unitEnd, unitEnd + 12);
    const cs = clauseStart(text, tok.start);
    const ce = clauseEnd(text, unitEnd);
    // The previous number still read as a target (a skipped 10千伏 does not end this one's words).
    const prev = found.findLast((g) => !g.skip) ?? null;
    const floor = Math.max(cs, prev ? prev.end : 0);
    const f: Found = { tok, cmp: null, cmpAt: tok.start, end: unitEnd, skip: false, cs, floor };
    found.push(f);

    // Dates and periods.
    if (tok.unit === '年' && (tok.value >= 1900 || /^(底|末|前|初|中|度|起|以来)/.test(after)))
      f.skip = true;
    if (tok.unit === '日' && /月\s*$/.test(before)) f.skip = true;
    if (tok.unit === '年' && /[—\-–~～至到]\s*$/.test(before) && /\d/.test(before)) f.skip = true;
    if (/[—\-–~～]\s*[0-9]/.test(text.slice(tok.end, tok.end + 3))) f.skip = true; // 2019—2021年
    // 30—35亿元: a range; kept below only where a comparator bounds it, read at the bound it names.
    const range = /([0-9]+(?:\.[0-9]+)?)\s*[—\-–~～至]\s*$/.exec(before);
    if (range && tok.unit !== '年') f.range = Number(range[1]);
    if (tok.unit === '年' && /(前|上|每|今|明|去|当|近)$/.test(before) && tok.value === 1)
      f.skip = true;
    if (tok.unit === '周' && /^(年|岁)/.test(after)) f.skip = true;
    // Sizes of a thing (10千伏, 150米, 10000平方米, 4.5吨) describe which projects a rule covers.
    if (tok.kind === 'spec') f.skip = true;
    // （含100万元）, （不含10千伏）: a bracket that only says where a threshold's edge falls.
    if (
      /[（(]\s*(不含|含|包含|包括)[^）)]*$/.test(text.slice(Math.max(0, tok.start - 12), tok.start))
    )
      f.skip = true;
    // Opening hours, not limits: 24小时自助服务, 每周7天、每天24小时.
    if (tok.kind === 'time' && /(每周|每天|每日|全年|全天|每月)\s*$/.test(before)) f.skip = true;
    if (tok.unit === '小时' && tok.value === 24 && !/^\s*(内|以内|之内)/.test(after)) f.skip = true;
    // Names, codes, ordinals.
    if (/[A-Za-z]$/.test(prevChar)) f.skip = true;
    if (/(第|前)$/.test(before) && tok.kind === 'count') f.skip = true;
    // A count of a list just named: …等19项专项行动, 社保登记5个环节整合为…
    if (/等\s*$/.test(before) && tok.kind === 'count') f.skip = true;
    if (/^(整合|合并|归并|融合)/.test(after) && tok.kind === 'count') f.skip = true;
    // …人防验收备案、竣工备案5个事项: the number of the things just listed.
    const listed = text.slice(cs, tok.start);
    const lastComma = listed.lastIndexOf('、');
    const since = lastComma >= 0 ? listed.slice(lastComma + 1) : '';
    if (
      tok.kind === 'count' &&
      lastComma >= 0 &&
      since.length >= 2 &&
      since.length <= 8 &&
      !/(等|共|合计|新增|新建|达|培育|建设|完成|实现|推出|引进|组织)/.test(since) &&
      !BEFORE_WORDS.some(({ w }) => since.includes(w)) &&
      !/[0-9０-９]/.test(since) &&
      !/[0-9０-９]/.test(listed.slice(0, lastComma))
    )
      f.skip = true;
    // Counts of what exists.
    if (/(共有|现有|已有|已建成|已建|拥有|目前)[^，；。]*$/.test(text.slice(cs, tok.start)))
      f.skip = true;
    if (f.skip) continue;

    // Comparator after the number.
    let post: { cmp: Comparator; len: number } | null = null;
    const pm = /^(及以上|以上|及以下|以下|以内|之内|内)/.exec(after);
    if (pm) {
      const word = pm[1]!;
      const rest = text.slice(unitEnd + word.length).replace(/^[（(][^）)]{0,20}[）)]/, '');
      const next = rest.slice(0, 1);
      const nextIsWord = /[\u4e00-\u9fff]/.test(next);
      if (word.endsWith('以上')) {
        if (nextIsWord && tok.kind !== 'share') f.skip = true;
        else post = { cmp: 'min', len: word.length };
      } else if (word.endsWith('以下')) {
        if (
          nextIsWord &&
          !/(控制在|降至|降到|降低到|降低至)[^，；。]*$/.test(text.slice(cs, tok.start))
        )
          f.skip = true;
        else post = { cmp: 'max', len: word.length };
      } else {
        // 以内 / 之内 / 内
        if (next === '的') f.skip = true;
        else post = { cmp: 'max', len: word.length };
      }
    }
    if (f.skip) continue;

    // Comparator before the number: nearest word in the clause, after the previous number.
    const seg = text.slice(floor, tok.start);
    let pre: { cmp: Comparator; at: number } | null = null;
    let bestEnd = -1;
    for (const { w, cmp } of BEFORE_WORDS) {
      const k = seg.lastIndexOf(w);
      if (k < 0 || mask[floor + k]) continue;
      // The word ending nearest the number wins; of two ending together, the longer (不超过, not 超过).
      if (k + w.length > bestEnd || (k + w.length === bestEnd && pre && floor + k < pre.at)) {
        bestEnd = k + w.length;
        pre = { cmp, at: floor + k };
      }
    }
    // 达98%, 至20天, 为10天: a one-character link right before the number.
    if (!pre) {
      const one = /(达|至|到|为)\s*$/.exec(seg);
      if (one) {
        const head = text.slice(cs, tok.start - one[0].length);
        let cmp: Comparator | null = null;
        if (one[1] === '达') cmp = 'min';
        else if (REDUCING.test(head)) cmp = 'max';
        else if (RAISING.test(head)) cmp = 'min';
        else if (/延长$/.test(head)) cmp = 'max';
        if (cmp) {
          const verb = (cmp === 'max' ? REDUCING : RAISING).exec(head);
          pre = { cmp, at: verb && one[1] !== '达' ? cs + verb.index : tok.start - one[0].length };
        }
      }
    }
    if (tok.kind === 'class' && !pre && !post) {
      f.skip = true;
      continue;
    }
    // A threshold that names whom a clause applies to: 对…超过1亿元的企业, 在500米以内的.
    const tail = text.slice(unitEnd + (post?.len ?? 0), unitEnd + (post?.len ?? 0) + 1);
    if (
      tail === '的' &&
      /^(对|凡|对于|针对|如|若|在)/.test(text.slice(cs, cs + 2)) &&
      !/(提供|给予|安排)/.test(seg)
    )
      f.skip = true;
    // A condition: …达到30%以上，符合规定的可…
    const nextClause = text.slice(ce + 1, ce + 12);
    if (/^(符合|满足)[^，；。]*的/.test(nextClause)) f.skip = true;
    if (f.skip) continue;

    if (pre && post) f.cmp = post.cmp === 'max' || post.cmp === 'min' ? pre.cmp : pre.cmp;
    else f.cmp = pre?.cmp ?? post?.cmp ?? null;
    if (pre) f.cmpAt = pre.at;
    if (post) f.end = unitEnd + post.len;
    // 缩短5天, 压缩50%: a change by that much, stated exactly.
    if (!pre && !post && /(缩短|压缩|压减|减少|降低|提高|提升|增加|下降|增长)\s*$/.test(seg))
      f.cmp = 'exact';
    // 期限一年: a fixed period.
    if (!f.cmp && tok.kind === 'time' && /(期限|期为|期)\s*$/.test(seg)) f.cmp = 'exact';
    // 三年行动方案, 经过三年的试点: a Chinese-numeral year with no comparator is a period's name.
    if (!f.cmp && tok.chinese && tok.unit === '年') f.skip = true;
    // 满2年后, 15分钟“生活圈”: a condition, or a model's name.
    if (!f.cmp && tok.kind === 'time' && /^\s*(后|“)/.test(text.slice(unitEnd, unitEnd + 2)))
      f.skip = true;
    // A range: 达到30—35亿元 → at least 30; 压缩至3—5天 → at most 5; with no comparator, not a level.
    if (f.range !== undefined) {
      if (!f.cmp) f.skip = true;
      else if (f.cmp === 'min') f.tok = { ...tok, value: f.range };
    }
  }

  // Lists (2个、6个、8个工作日): share the first comparator and the last unit.
  for (let i = 0; i < found.length; i++) {
    const run = [found[i]!];
    while (i + 1 < found.length) {
      const a = run[run.length - 1]!;
      const b = found[i + 1]!;
      const between = text.slice(a.tok.end + a.tok.unitRaw.length, b.tok.start);
      if (!LIST_SEP.test(between) || a.skip || b.skip) break;
      run.push(b);
      i++;
    }
    if (run.length < 2) continue;
    const last = run[run.length - 1]!;
    const first = run[0]!;
    for (const f of run) {
      if (f.tok.unit === '个' && last.tok.unit !== '个' && /^个/.test(last.tok.unitRaw.trim())) {
        f.tok = { ...f.tok, unit: last.tok.unit, kind: last.tok.kind };
      }
      if (!f.cmp && first.cmp) f.cmp = first.cmp;
      if (!f.cmp && last.cmp) f.cmp = last.cmp;
    }
    // 分别: each value gets its share of the list named before it.
    const cs = first.cs;
    const ss = sentenceStart(text, cs);
    const head = text.slice(ss, first.tok.start);
    const fb = head.lastIndexOf('分别');
    if (fb >= 0) {
      const names = listBefore(head.slice(0, fb), run.length);
      if (names) run.forEach((f, k) => (f.scope = names[k]!));
    }
    for (const f of run.slice(1)) f.listHead = first;
    for (const f of run) f.listEnd = last.tok.end + last.tok.unitRaw.length;
  }

  // Baselines: 由4个月…缩短为10天.
  const baselineOf = new Map<Found, Found>();
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    if (a.skip) continue;
    const lead = text.slice(Math.max(a.cs, a.tok.start - 8), a.tok.start);
    if (!/(由|从)[^，；。]*$/.test(lead)) continue;
    const ss = sentenceStart(text, a.tok.start);
    const b = found
      .slice(i + 1)
      .find(
        (f) =>
          !f.skip &&
          f.cmp !== 'exact' &&
          sentenceStart(text, f.tok.start) === ss &&
          (f.cs === a.cs ||
            /(调整为|调整至|缩短为|缩短至|压缩至|压缩为|减为|减至|降至|降为|提高到|提高至|提升至|提升到|增至)/.test(
              text.slice(f.cs, f.tok.start),
            )),
      );
    if (!b || !b.cmp || b.cmp === 'exact') continue;
    if (a.tok.kind !== b.tok.kind) continue;
    baselineOf.set(b, a);
    a.skip = true;
  }

  const targets: (Target & { _head: boolean })[] = [];
  const headEnd = firstSentenceEnd(text);
  for (const f of found) {
    if (f.skip) continue;
    const comparator: Comparator = f.cmp ?? (f.tok.kind === 'time' ? 'max' : 'exact');
    const base = baselineOf.get(f);
    const start = base ? Math.min(f.cmpAt, leadStart(text, base)) : f.cmpAt;
    // With a baseline, what is measured is named before it: 将…办理时限由原来的45个工作日压缩至….
    let d = describe(
      text,
      base ? base.cs : f.cs,
      base ? base.floor : f.floor,
      base ? leadStart(text, base) : Math.min(f.cmpAt, f.tok.start),
      f.tok,
      f.tok.end + f.tok.unitRaw.length,
      f.listEnd,
    );
    const listScope = f.scope;
    const listHead = f.listHead;
    if (listHead) {
      const h = describe(
        text,
        listHead.cs,
        listHead.floor,
        Math.min(listHead.cmpAt, listHead.tok.start),
        listHead.tok,
        listHead.tok.end + listHead.tok.unitRaw.length,
        listHead.listEnd,
      );
      d = { measure: h.measure, scope: h.scope };
    }
    targets.push({
      text: text.slice(start, f.end).trim(),
      measure: d.measure,
      scope: listScope ?? d.scope,
      comparator,
      value: f.tok.value,
      unit: f.tok.unit,
      // 由4个减为2个环节: a bare 个 before the level is the level's unit.
      baseline: base
        ? {
            value: base.tok.value,
            unit:
              base.tok.unit === '个' && /^\s*个/.test(f.tok.unitRaw) ? f.tok.unit : base.tok.unit,
          }
        : null,
      start:
        start + (text.slice(start, f.end).length - text.slice(start, f.end).trimStart().length),
      _head: f.tok.start < headEnd,
    });
  }
  // 用水报装减为2个环节，时限压缩至3个工作日，资料精简至1项: a bare 时限 or 资料 belongs to the
  // subject named by the sentence's earlier target.
  for (let i = 1; i < targets.length; i++) {
    const t = targets[i]!;
    if (t.scope || !GENERIC_MEASURE.test(t.measure)) continue;
    const ss = sentenceStart(text, t.start);
    for (let j = i - 1; j >= 0; j--) {
      const prev = targets[j]!;
      if (sentenceStart(text, prev.start) !== ss) break;
      if (!GENERIC_MEASURE.test(prev.measure)) {
        t.scope = prev.scope ?? prev.measure;
        break;
      }
    }
  }
  // A headline's level restated in the body is one target.
  const key = (t: Target) => `${t.value}|${t.unit}|${t.comparator}`;
  const bodyKeys = new Set(targets.filter((t) => !t._head).map(key));
  return targets.filter((t) => !(t._head && bodyKeys.has(key(t)))).map(({ _head, ...t }) => t);
}

function leadStart(text: string, base: Found): number {
  const lead = text.slice(Math.max(base.cs, base.tok.start - 8), base.tok.start);
  const k = Math.max(lead.lastIndexOf('由'), lead.lastIndexOf('从'));
  return base.tok.start - lead.length + k;
}

function firstSentenceEnd(text: string): number {
  const mask = masked(text);
  for (let i = 0; i < text.length; i++) if (text[i] === '。' && !mask[i]) return i;
  return -1;
}

/**
 * The names a 分别 list refers to: `一、二、三类企业` → 一类企业, 二类企业, 三类企业;
 * `国际标准、国家标准、行业标准的民营企业` → the three standards.
 */
function listBefore(head: string, n: number): string[] | null {
  // The last run of names joined by 、 / 和 / 及 before 分别.
  const runs = [
    ...head.matchAll(/[^，,；;。：:、和及与]+(?:(?:、|和|及|与)[^，,；;。：:、和及与]+)+/g),
  ];
  for (let r = runs.length - 1; r >= 0; r--) {
    const parts = runs[r]![0].split(/、|和|及|与/);
    if (parts.length !== n) continue;
    const lastPart = parts[n - 1]!;
    const short = parts.slice(0, -1).every((p) => p.length <= 2);
    if (short) {
      // 一、二、三类企业出口退税… : the shared head is the last part's words after its first char.
      const k = parts[0]!.length;
      const shared = lastPart.slice(k);
      const m = /^.{0,8}?(?:企业|客户|项目|案件|纳税人|标准|单位|产品|人员|机构|地区|奖)/.exec(
        shared,
      );
      const noun = m ? m[0] : shared.slice(0, 1);
      return parts.map((p, i) => (i === n - 1 ? p.slice(0, k) + noun : p + noun));
    }
    return parts.map((p, i) =>
      (i === n - 1 ? p.replace(/的.*$/, '') : p)
        .replace(/^(对|在|对于)/, '')
        .replace(/^.*(制定|修订|获得|认定为|认定|主导|参与)/, ''),
    );
  }
  return null;
}
