/**
 * A synthetic plan of the same genre, `scale` times the seed: items 1 … 107×scale under ~1.8×scale
 * indicators (Chinese numerals up to 一百九十), a few hundred departments, page-break scars, sub-items,
 * every deadline form. Deterministic (a fixed pseudo-random sequence), and read by the ingest without
 * error: the bench and the 100× site build use it.
 *
 *   node scripts/bench/synthetic.ts OUT.txt [SCALE]     (SCALE defaults to 100)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toChineseNumeral } from '../ingest/numerals.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The seed: seeds/zhengzhou/2020.txt. */
export const SEED = resolve(ROOT, 'seeds/zhengzhou/2020.txt');

/** A small deterministic generator (LCG), so the same scale always gives the same text. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = [
  '发展',
  '规划',
  '交通',
  '水务',
  '商务',
  '科技',
  '文旅',
  '应急',
  '统计',
  '农业',
  '林业',
  '人防',
  '体育',
  '粮食',
  '口岸',
  '信访',
  '档案',
  '地震',
  '住房',
  '城管',
];
const SUFFIXES = ['局', '委', '办', '中心'];

/** Item texts of the seed: every `N.` line with the lines that continue it, units left out. */
function seedTexts(seed: string): string[] {
  const out: string[] = [];
  for (const line of seed.split(/\r?\n/)) {
    const m = /^\s*\d+\s*[.．]\s*(.+)$/.exec(line);
    if (m && /。$/.test(m[1]!.trim())) out.push(m[1]!.trim().replace(/\s+/g, ''));
  }
  return out;
}

/**
 * @param departments which of the generated department names the plan draws from: `count` names
 * from `offset` on (default the first 300, a few hundred departments as the 100× plan has).
 */
export function syntheticPlan(
  scale = 100,
  seedText = readFileSync(SEED, 'utf8'),
  seed = 20200430,
  departments: { offset: number; count: number } = { offset: 0, count: 300 },
): string {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const texts = seedTexts(seedText);
  const names: string[] = [];
  for (const a of WORDS)
    for (const b of WORDS) if (a !== b) names.push(`市${a}${b}${pick(SUFFIXES)}`);
  const unique = [...new Set(names)];
  const pool = Array.from(
    { length: Math.min(departments.count, unique.length) },
    (_, i) => unique[(departments.offset + i) % unique.length]!,
  );
  const collective = ['各开发区、县（市）区', '市直机关相关部门', '各审批职能部门', '郑州供电公司'];

  // The notice part of the seed (header, body, signature, date) stays as it is.
  const lines = seedText.split(/\r?\n/);
  const dateLine = lines.findIndex((l) => /^\s*2020\s*年\s*4\s*月\s*30\s*日\s*$/.test(l));
  const out: string[] = lines.slice(0, dateLine + 1);
  out.push('', '郑州市打造一流营商环境2020年工作要点（合成扩展版）', '');
  out.push(
    '为检验系统在大规模计划下的表现，按原工作要点的体例生成本计划，条目、指标和单位均随规模增长。',
    '',
  );

  const total = 107 * scale;
  const indicatorCount = Math.max(1, Math.round(1.8 * scale));
  const perIndicator = Math.ceil(total / indicatorCount);
  let n = 0;
  for (let k = 1; k <= indicatorCount && n < total; k++) {
    out.push(
      `${toChineseNumeral(k)}、${WORDS[k % WORDS.length]}${WORDS[(k * 7) % WORDS.length]}专项${k}`,
      '',
    );
    for (let j = 0; j < perIndicator && n < total; j++) {
      n++;
      const text = texts[(n - 1) % texts.length]!;
      const mark = n % 3 === 0 ? `${n}.` : n % 3 === 1 ? `${n}. ` : `${n}．`;
      const units = [pick(pool), pick(pool), ...(rnd() < 0.3 ? [pick(collective)] : [])];
      const month = 1 + Math.floor(rnd() * 12);
      const deadline = rnd() < 0.1 ? '持续推进' : `${2020 + Math.floor(rnd() * 3)} 年 ${month} 月`;
      if (n % 100 === 0) {
        out.push(`${mark}${text.replace(/。.*$/, '')}`, '');
        for (const label of ['（1）', '（2）']) {
          out.push(
            `${label}${text}`,
            '',
            `责任单位：${pick(pool)}、${pick(pool)}。完成时限：${deadline}。`,
            '',
          );
        }
        continue;
      }
      // A page break inside every seventh item, with the blank line the extraction leaves.
      if (n % 7 === 0 && text.length > 20) {
        const cut = Math.floor(text.length / 2);
        out.push(`${mark}${text.slice(0, cut)}`, '', text.slice(cut), '');
      } else out.push(`${mark}${text}`, '');
      const lead = rnd() < 0.2 ? `牵头单位：${pick(pool)}。` : '';
      out.push(`${lead}责任单位：${units.join('、')}。完成时限：${deadline}。`, '');
    }
  }
  return out.join('\n');
}

/** One seed file of a synthetic library: `seeds/<place>/<id>.txt`. */
export interface SyntheticSeed {
  place: string;
  placeName: string;
  id: string;
  text: string;
}

/**
 * A synthetic library: `plans` plans of 107 items each (the seed's size), spread over `places`
 * places (place k holds every k-th plan, ids 2001, 2002 … per place), each plan drawn with its own
 * sequence so departments and deadlines differ from plan to plan. Each place has its own 80
 * department names (neighbouring places share some, as real cities share 市税务局), so a plan names
 * about 75 departments, as the real ones name 35–75. The places' names come from place.json (the
 * notices all carry the seed's issuers), `合成一市` …
 */
export function syntheticLibrary(plans = 100, places = 5, seedText = readFileSync(SEED, 'utf8')) {
  const out: SyntheticSeed[] = [];
  const perPlace = new Map<number, number>();
  for (let k = 0; k < plans; k++) {
    const p = k % places;
    const n = (perPlace.get(p) ?? 0) + 1;
    perPlace.set(p, n);
    out.push({
      place: `synthetic-${String.fromCharCode(97 + (p % 26))}${p >= 26 ? p : ''}`,
      placeName: `合成${toChineseNumeral(p + 1)}市`,
      id: String(2000 + n),
      text: syntheticPlan(1, seedText, 20200430 + k, { offset: p * 50, count: 80 }),
    });
  }
  return out;
}

/** Writes a synthetic library into `seedsDir` (seeds/<place>/<id>.txt and each place.json). */
export function writeSyntheticLibrary(seedsDir: string, plans = 100, places = 5): number {
  const seeds = syntheticLibrary(plans, places);
  for (const s of seeds) {
    const dir = join(seedsDir, s.place);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${s.id}.txt`), s.text);
    writeFileSync(join(dir, 'place.json'), `${JSON.stringify({ name: s.placeName })}\n`);
  }
  return seeds.length;
}

if (import.meta.main) {
  const [outFile, scaleArg] = process.argv.slice(2);
  if (!outFile) {
    process.stderr.write('usage: node scripts/bench/synthetic.ts OUT.txt [SCALE]\n');
    process.exit(2);
  }
  writeFileSync(outFile, syntheticPlan(scaleArg ? Number(scaleArg) : 100));
}
