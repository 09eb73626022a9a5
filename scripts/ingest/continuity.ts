/**
 * Continuity: for every item of a later plan of a place, the items of that place's earlier plans it
 * continues (contract: /data/continuity.json). Pure: plan models in, links out. A plan is compared
 * with its place's newest earlier plans, `COMPARED_PLANS` at most (src/schemas/continuity.ts): a
 * long series is followed link by link, and the work per plan does not grow with the series.
 *
 * Two plans of one place are paraphrases, not copies ("一证办" 150 项 → "免证办" 500 个), so verbatim runs
 * miss most links. The method, after text-reuse work on legislation:
 *
 * 1. Text → features. Each item's title, text and sub-item texts are cut into clauses at punctuation,
 *    quotes and digits; department names and the genre's stock phrases (进一步, 持续推进, 优化营商环境,
 *    一网通办 …, `STOCK`) are cut out too, so they make no features of their own. Features are the
 *    character bigrams and trigrams of what is left.
 * 2. Weights. A feature weighs its inverse document frequency over all items of the place's plans
 *    (words every item uses, 政务服务, 服务, weigh little); the title's features count twice (what an item
 *    is about; a phrase named in passing counts once).
 * 3. Candidates: for each later item, the earlier items with the highest cosine of the weighted
 *    vectors (at most `CANDIDATES`).
 * 4. Closer score on each candidate: the weighted overlap of the two feature sets, measured against
 *    the smaller item (so a one-line 2020 item inside a long 2023 item still scores), averaged with the
 *    cosine; plus evidence: the same group (indicator/section) title words, the same lead or
 *    responsible department.
 * 5. Kind: score ≥ `SAME` → "same", ≥ `RELATED` → "related", else no link. Thresholds were chosen on
 *    the hand-read set tests/fixtures/continuity/ (items 1–20 of Zhengzhou 2023; 21–31 held out).
 *
 * Also, per link, what changed where the texts say it: a target number, the lead units, the deadline.
 */

import type { Change, ContinuityLink, ItemRef } from '../../src/schemas/continuity.ts';
import { comparedWith } from '../../src/schemas/continuity.ts';

/** What this step reads of an item (a structural subset of the plan model's item). */
export interface ContinuityItem {
  number: number;
  title: string;
  text: string;
  indicator: number;
  leadUnits: readonly string[];
  responsibleUnits: readonly string[];
  deadline: Deadline;
  deadlineText?: string | null;
  subitems?: readonly { text: string }[];
  targets?: readonly ContinuityTarget[];
}

export type Deadline =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'date'; year: number; month: number; day: number }
  | { kind: 'ongoing' }
  | { kind: 'none' };

export interface ContinuityTarget {
  text: string;
  measure: string;
  value: number;
  unit: string;
}

/** What this step reads of a plan. */
export interface ContinuityPlan {
  place: string;
  id: string;
  /** A plan without a year is neither earlier nor later than another: it is not linked. */
  year: number | null;
  indicators: readonly { number: number; title: string }[];
  items: readonly ContinuityItem[];
  /** Department names and their other spellings, cut out of the texts. */
  departments?: readonly { name: string; aliases?: readonly string[] }[];
}

export type { Change, ContinuityLink, ItemRef };

/** Tuned on the hand-read set (see the header). */
export const PARAMS = {
  /** Earlier items scored closely per later item. */
  CANDIDATES: 12,
  /** Score at or above which a link is "same". */
  SAME: 0.23,
  /** Score at or above which a link is "related". */
  RELATED: 0.17,
  /** Extra weight of a title's features. */
  TITLE_WEIGHT: 2,
  /** Exponent of the IDF: above 1 sharpens the gap between rare and common features. */
  IDF_POWER: 2,
  /** Weight of the best shared run, full at RUN_FULL. */
  RUN_WEIGHT: 0.05,
  RUN_FULL: 20,
  /** Evidence: both name the same quoted measure. */
  QUOTE_BONUS: 0.06,
  /** Evidence: one item's title said in the other's text. */
  TITLE_BONUS: 0.05,
  /** Evidence: the two items' groups share title words. */
  GROUP_BONUS: 0.02,
  /** Evidence: the two items share a named department (scaled by their overlap). */
  UNIT_BONUS: 0.05,
};

/**
 * Stock phrases of the genre: said of any commitment, they tell nothing about which one. Cut out of
 * the text before features are made.
 */
export const STOCK = [
  '进一步',
  '持续推进',
  '深入推进',
  '加快推进',
  '全面推进',
  '扎实推进',
  '大力推进',
  '积极推进',
  '优化营商环境',
  '营商环境',
  '一网通办',
  '放管服',
  '放管服效',
  '高质量发展',
  '企业和群众',
  '群众和企业',
  '企业群众',
  '市场主体',
  '各开发区',
  '县（市）区',
  '区县（市）',
  '开发区管委会',
  '市政府有关部门',
  '有关部门',
  '相关部门',
  '各审批职能部门',
  '职能部门',
  '获得感',
  '便利度',
  '不断',
  '积极',
  '切实',
  '努力',
  '大力',
  '全力',
  '持续',
  '全面',
  '深化',
  '加快',
  '加强',
  '完善',
  '优化',
  '提升',
  '提高',
  '推动',
  '推进',
  '实现',
  '建立',
  '健全',
  '探索',
  '开展',
  '落实',
  '强化',
  '力争',
  '确保',
  '工作',
  '机制',
  '改革',
  '服务',
  '年底前',
  '以上',
];

const CJK = /[\p{Script=Han}A-Za-z]/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A text cut into runs without punctuation, digits, department names or stock phrases. */
export function runs(text: string, cut: RegExp): string[] {
  return text
    .replace(cut, '|')
    .split(/[^\p{Script=Han}A-Za-z]+/u)
    .filter((r) => r.length > 0 && CJK.test(r));
}

/** Character bigrams and trigrams of the runs, with counts. */
export function grams(rs: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rs) {
    const cs = [...r];
    for (let n = 2; n <= 3; n++)
      for (let i = 0; i + n <= cs.length; i++) {
        const g = cs.slice(i, i + n).join('');
        out.set(g, (out.get(g) ?? 0) + 1);
      }
  }
  return out;
}

/** A regular expression that cuts out department names (longest first) and stock phrases. */
export function cutter(names: Iterable<string>): RegExp {
  const all = [...new Set([...names, ...STOCK])].filter((n) => n.length >= 2);
  all.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new RegExp(all.map(escapeRegExp).join('|'), 'gu');
}

interface Doc {
  ref: ItemRef;
  item: ContinuityItem;
  group: string;
  /** The runs the features were cut from, joined by "|", for phrase matching. */
  joined: string;
  runs: string[];
  /** Quoted names (“一照多址”, “郑好办”): the measures an item names. */
  quoted: Set<string>;
  /** Feature → weight (tf × idf × title weight). */
  vec: Map<string, number>;
  norm: number;
  /** Sum of weights. */
  mass: number;
  units: Set<string>;
  idf: (g: string) => number;
  /** The title's features, weighted. */
  titleVec: Map<string, number>;
}

function itemText(i: ContinuityItem): string {
  return [i.text, ...(i.subitems ?? []).map((s) => s.text)].join('。');
}

/** Collective and district units ("各开发区", "市政府有关部门") are no evidence of the same work. */
function namedUnits(i: ContinuityItem): Set<string> {
  return new Set(
    [...i.leadUnits, ...i.responsibleUnits].filter(
      (u) => !/^各|有关|相关|各.*单位$|部门$|^市级|^市直/u.test(u),
    ),
  );
}

/** Names in quotes, cut like the text (stock phrases out), at least two characters left. */
function quotedNames(text: string, cut: RegExp): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[“"]([^”"]{2,16})[”"]/gu)) {
    const r = runs(m[1]!, cut).join('');
    if ([...r].length >= 2) out.add(r);
  }
  return out;
}

/** Feature vectors of every item of a place's plans, weighted by IDF over those items. */
export function buildDocs(plans: readonly ContinuityPlan[]): Doc[] {
  const names: string[] = [];
  for (const p of plans) {
    for (const d of p.departments ?? []) names.push(d.name, ...(d.aliases ?? []));
    for (const i of p.items) names.push(...i.leadUnits, ...i.responsibleUnits);
  }
  const cut = cutter(names);
  const raw = plans.flatMap((p) => {
    const groups = new Map(p.indicators.map((g) => [g.number, g.title]));
    return p.items.map((item) => {
      const text = itemText(item);
      const rs = runs(text, cut);
      return {
        ref: { place: p.place, plan: p.id, item: item.number },
        item,
        group: groups.get(item.indicator) ?? '',
        runs: rs,
        quoted: quotedNames(text, cut),
        body: grams(rs),
        title: grams(runs(item.title, cut)),
      };
    });
  });
  const df = new Map<string, number>();
  for (const r of raw) for (const g of r.body.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const n = raw.length;
  const idfs = new Map<string, number>();
  for (const [g, d] of df) idfs.set(g, Math.pow(Math.log((n + 1) / (d + 1)), PARAMS.IDF_POWER));
  const unseen = Math.pow(Math.log(n + 1), PARAMS.IDF_POWER);
  const idf = (g: string) => idfs.get(g) ?? unseen;
  return raw.map((r) => {
    const vec = new Map<string, number>();
    for (const [g, c] of r.body) {
      const t = (1 + Math.log(c)) * (r.title.has(g) ? PARAMS.TITLE_WEIGHT : 1);
      vec.set(g, t * idf(g));
    }
    let sq = 0;
    let mass = 0;
    for (const w of vec.values()) {
      sq += w * w;
      mass += w;
    }
    return {
      ref: r.ref,
      item: r.item,
      group: r.group,
      runs: r.runs,
      joined: r.runs.join('|'),
      quoted: r.quoted,
      vec,
      norm: Math.sqrt(sq),
      mass,
      units: namedUnits(r.item),
      idf,
      titleVec: new Map([...r.title.keys()].map((g) => [g, idf(g)])),
    };
  });
}

export function cosine(a: Doc, b: Doc): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [s, l] = a.vec.size < b.vec.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, w] of s.vec) {
    const v = l.vec.get(g);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

/** Shared weight over the smaller item's weight (each feature counted at its lower weight). */
export function overlap(a: Doc, b: Doc): number {
  const [s, l] = a.vec.size < b.vec.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [g, w] of s.vec) {
    const v = l.vec.get(g);
    if (v !== undefined) shared += Math.min(w, v);
  }
  const m = Math.min(a.mass, b.mass);
  return m === 0 ? 0 : shared / m;
}

/**
 * Local alignment, simplified: the heaviest run of characters the two texts share (the sum of the
 * IDF of its bigrams), e.g. 联合测绘 or 电子营业执照电子印章. Returned with the run.
 */
export function bestRun(a: Doc, b: Doc): { run: string; weight: number } {
  let best = { run: '', weight: 0 };
  for (const r of a.runs) {
    const cs = [...r];
    // The longest match starting at i ends at j; the one starting at i + 1 ends no earlier.
    let j = 0;
    for (let i = 0; i + 1 < cs.length; i++) {
      if (j < i + 2) {
        if (!b.vec.has(cs[i]! + cs[i + 1]!)) continue;
        j = i + 2;
      }
      while (j < cs.length && b.joined.includes(cs.slice(i, j + 1).join(''))) j++;
      let w = 0;
      for (let k = i; k + 1 < j; k++) w += a.idf(cs[k]! + cs[k + 1]!);
      if (w > best.weight) best = { run: cs.slice(i, j).join(''), weight: w };
    }
  }
  return best;
}

/** How much of a's title (by weight) b's text holds: what a is about, said by b. */
export function titleCover(a: Doc, b: Doc): number {
  let all = 0;
  let found = 0;
  for (const [g, w] of a.titleVec) {
    all += w;
    if (b.vec.has(g)) found += w;
  }
  return all === 0 ? 0 : found / all;
}

export function sharedQuoted(a: Doc, b: Doc): string[] {
  return [...a.quoted].filter((q) => b.quoted.has(q));
}

function groupEvidence(a: Doc, b: Doc): number {
  if (!a.group || !b.group) return 0;
  const ga = grams([a.group]);
  for (const g of grams([b.group]).keys()) if (ga.has(g) && !STOCK.includes(g)) return 1;
  return 0;
}

function unitEvidence(a: Doc, b: Doc): number {
  if (a.units.size === 0 || b.units.size === 0) return 0;
  let shared = 0;
  for (const u of a.units) if (b.units.has(u)) shared++;
  return shared / Math.min(a.units.size, b.units.size);
}

export interface Features {
  cosine: number;
  overlap: number;
  run: number;
  quoted: number;
  group: number;
  units: number;
  /** Later title covered by the earlier text, and the earlier title by the later text. */
  laterTitle: number;
  earlierTitle: number;
}

export function features(later: Doc, earlier: Doc): Features {
  return {
    cosine: cosine(later, earlier),
    overlap: overlap(later, earlier),
    run: bestRun(later, earlier).weight,
    quoted: sharedQuoted(later, earlier).length,
    group: groupEvidence(later, earlier),
    units: unitEvidence(later, earlier),
    laterTitle: titleCover(later, earlier),
    earlierTitle: titleCover(earlier, later),
  };
}

/** The closer score of a later item against an earlier one. */
export function pairScore(f: Features): number {
  const text = (f.cosine + f.overlap) / 2;
  if (text === 0) return 0;
  return (
    text +
    PARAMS.RUN_WEIGHT * Math.min(1, f.run / PARAMS.RUN_FULL) +
    PARAMS.QUOTE_BONUS * Math.min(1, f.quoted) +
    PARAMS.TITLE_BONUS * Math.max(f.laterTitle, f.earlierTitle) +
    PARAMS.GROUP_BONUS * f.group +
    PARAMS.UNIT_BONUS * f.units
  );
}

export interface Scored {
  later: Doc;
  earlier: Doc;
  features: Features;
  score: number;
}

/** The kind of a link by its score: "same" at or above `SAME`, "related" at or above `RELATED`. */
export function kindOf(score: number): 'same' | 'related' | null {
  if (score >= PARAMS.SAME) return 'same';
  return score >= PARAMS.RELATED ? 'related' : null;
}

/**
 * Every candidate pair with its scores, for tuning and tests. Each dated plan is compared with the
 * plans `comparedWith` gives (its place's newest earlier ones, src/schemas/continuity.ts): their
 * items sit in an inverted index (feature → items), so a later item's cosines are summed over the
 * items it shares features with, not over every earlier item. `plans`: one place's.
 */
export function scorePairs(plans: readonly ContinuityPlan[]): Scored[] {
  const dated = plans.filter((p): p is ContinuityPlan & { year: number } => p.year !== null);
  const docs = buildDocs(dated);
  const byPlan = new Map<string, Doc[]>();
  for (const d of docs) {
    const key = `${d.ref.place}/${d.ref.plan}`;
    const list = byPlan.get(key);
    if (list) list.push(d);
    else byPlan.set(key, [d]);
  }
  const docsOf = (p: ContinuityPlan) => byPlan.get(`${p.place}/${p.id}`) ?? [];
  const out: Scored[] = [];
  let acc = new Float64Array(0);
  const laterFirst = [...dated].sort((a, b) => a.year - b.year || (a.id < b.id ? -1 : 1));
  for (const p of laterFirst) {
    const earlier = comparedWith(dated, p);
    if (earlier.length === 0) continue;
    const indexed = earlier.flatMap(docsOf);
    const index = new Map<string, { doc: number; w: number }[]>();
    indexed.forEach((d, k) => {
      for (const [g, w] of d.vec) {
        const list = index.get(g);
        if (list) list.push({ doc: k, w });
        else index.set(g, [{ doc: k, w }]);
      }
    });
    if (acc.length < indexed.length) acc = new Float64Array(indexed.length);
    for (const l of docsOf(p)) {
      const touched: number[] = [];
      for (const [g, w] of l.vec)
        for (const post of index.get(g) ?? []) {
          if (acc[post.doc] === 0) touched.push(post.doc);
          acc[post.doc]! += w * post.w;
        }
      const cands = touched
        .map((k) => {
          const c = acc[k]! / (l.norm * indexed[k]!.norm);
          acc[k] = 0;
          return { e: indexed[k]!, c };
        })
        .filter((x) => x.c > 0)
        .sort((x, y) => y.c - x.c || cmpRef(x.e.ref, y.e.ref))
        .slice(0, PARAMS.CANDIDATES);
      for (const { e } of cands) {
        const f = features(l, e);
        out.push({ later: l, earlier: e, features: f, score: pairScore(f) });
      }
    }
  }
  return out;
}

function cmpRef(a: ItemRef, b: ItemRef): number {
  return a.place < b.place
    ? -1
    : a.place > b.place
      ? 1
      : a.plan < b.plan
        ? -1
        : a.plan > b.plan
          ? 1
          : a.item - b.item;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Links for every later plan of every place against that place's earlier plans (earlier = an
 * earlier year). Sorted by later plan, later item, then score (highest first).
 */
export function linkPlans(plans: readonly ContinuityPlan[]): ContinuityLink[] {
  const byPlace = new Map<string, ContinuityPlan[]>();
  for (const p of plans)
    if (p.year !== null) byPlace.set(p.place, [...(byPlace.get(p.place) ?? []), p]);
  const out: ContinuityLink[] = [];
  for (const place of [...byPlace.keys()].sort()) {
    const ps = byPlace.get(place)!;
    if (new Set(ps.map((p) => p.year)).size < 2) continue;
    for (const s of scorePairs(ps)) {
      const kind = kindOf(s.score);
      if (!kind) continue;
      out.push({
        later: s.later.ref,
        earlier: s.earlier.ref,
        kind,
        score: round(s.score),
        changes: changes(s.earlier.item, s.later.item),
      });
    }
  }
  return out.sort(
    (a, b) => cmpRef(a.later, b.later) || b.score - a.score || cmpRef(a.earlier, b.earlier),
  );
}

// ---- what changed ---------------------------------------------------------------------------

/** "2020年6月", "持续推进": the deadline as a reader compares it. */
export function deadlineLabel(i: ContinuityItem): string {
  const d = i.deadline;
  if (d.kind === 'month') return `${d.year}年${d.month}月`;
  if (d.kind === 'date') return `${d.year}年${d.month}月${d.day}日`;
  if (d.kind === 'ongoing') return i.deadlineText || '持续推进';
  return '';
}

const NUMBER_UNIT =
  /(\d+(?:\.\d+)?)\s*(个工作日|工作日|个事项|个|项|家|天|小时|环节|%|％|万人次|人次|亿元|万元|张)/gu;

/**
 * Counts stated with a unit, when the model carries no targets: "新增“一证办”事项150项". The measure
 * is the words around the number (eight characters before, four after, punctuation dropped), so
 * that two counts are compared only when they count the same thing.
 */
export function statedNumbers(text: string): ContinuityTarget[] {
  const out: ContinuityTarget[] = [];
  for (const m of text.matchAll(NUMBER_UNIT)) {
    const end = m.index + m[0].length;
    if (/^[年月日号]/u.test(text.slice(end))) continue;
    if (text.slice(m.index - 1, m.index) === '第') continue;
    const unit = m[2]!.replace(/^个(?=.)/u, '').replace('％', '%');
    const around = (
      text.slice(Math.max(0, m.index - 8), m.index) +
      '|' +
      text.slice(end, end + 4)
    ).replace(/[^\p{Script=Han}|]+/gu, '');
    out.push({ text: m[0], measure: around, value: Number(m[1]), unit });
  }
  return out;
}

/**
 * The counts an item states. Where the model carries targets (scripts/ingest/targets.ts), only the
 * numbers it reads as targets, shown in its words; the words around each number say what it counts.
 */
function targetsOf(i: ContinuityItem): ContinuityTarget[] {
  const stated = statedNumbers(itemText(i));
  if (!i.targets) return stated;
  return stated.flatMap((n) => {
    const t = i.targets!.find((x) => x.value === n.value && x.text.includes(n.text));
    return t ? [{ ...n, text: t.text }] : [];
  });
}

/** 个, 项 and 事项 all count items of a list. */
const unitKind = (u: string) => (u === '个' || u === '事项' ? '项' : u);

/** Words that say a count is a count, not what is counted. */
const COUNT_WORDS = new Set([
  '达到',
  '新增',
  '实现',
  '事项',
  '以上',
  '不少于',
  '力争',
  '今年',
  '年底',
  '底前',
]);

function sameMeasure(a: string, b: string): boolean {
  const ga = grams(runs(a, /\|/gu));
  for (const g of grams(runs(b, /\|/gu)).keys())
    if (ga.has(g) && g.length === 2 && !COUNT_WORDS.has(g)) return true;
  return false;
}

/** Named units of a list, collective and district units left out. */
function named(units: readonly string[]): string[] {
  return units.filter((u) => !/^各|有关|相关|各.*单位$|部门$|^市级|^市直/u.test(u));
}

/**
 * What the texts say changed:
 * - a count of the same thing in the same unit, where each item states exactly one (30个“一件事” →
 *   50个“一件事”);
 * - a lead unit new to the work: a later lead (牵头单位, or the responsible units where the plan names
 *   no lead) that the earlier item did not name at all;
 * - the deadline, as written on each side.
 */
export function changes(earlier: ContinuityItem, later: ContinuityItem): Change[] {
  const out: Change[] = [];
  const a = targetsOf(earlier);
  const b = targetsOf(later);
  for (const unit of [...new Set(b.map((t) => unitKind(t.unit)))]) {
    const fb = b.filter((t) => unitKind(t.unit) === unit);
    if (fb.length !== 1) continue;
    const fa = a.filter((t) => unitKind(t.unit) === unit && sameMeasure(t.measure, fb[0]!.measure));
    if (fa.length !== 1 || fa[0]!.value === fb[0]!.value) continue;
    out.push({
      kind: 'target',
      unit: fb[0]!.unit,
      from: { value: fa[0]!.value, text: fa[0]!.text },
      to: { value: fb[0]!.value, text: fb[0]!.text },
    });
  }
  const leadsOf = (i: ContinuityItem) =>
    named(i.leadUnits.length > 0 ? i.leadUnits : i.responsibleUnits);
  const before = new Set([...earlier.leadUnits, ...earlier.responsibleUnits]);
  const added = leadsOf(later).filter((u) => !before.has(u));
  if (added.length > 0) out.push({ kind: 'lead', added, from: leadsOf(earlier) });
  const da = deadlineLabel(earlier);
  const db = deadlineLabel(later);
  if (da && db && da !== db) out.push({ kind: 'deadline', from: da, to: db });
  return out;
}

/** A plan model as this step reads it; `ref` names the plan where the model does not (yet) say. */
export function continuityPlan(
  model: {
    plan?: { place: { slug: string }; id: string; year: number | null };
    indicators: readonly { number: number; title: string }[];
    items: readonly ContinuityItem[];
    departments?: readonly { name: string; aliases?: readonly string[] }[];
  },
  ref?: { place: string; id: string; year: number | null },
): ContinuityPlan {
  const r =
    ref ??
    (model.plan && { place: model.plan.place.slug, id: model.plan.id, year: model.plan.year });
  if (!r) throw new Error('continuityPlan: the model names no plan and no ref was given');
  return {
    place: r.place,
    id: r.id,
    year: r.year,
    indicators: model.indicators,
    items: model.items,
    departments: model.departments ?? [],
  };
}
