/**
 * A synthetic plan of the same genre, `scale` times the seed: items 1 … 107×scale under ~1.8×scale
 * indicators (Chinese numerals up to 一百九十), a few hundred departments, page-break scars, sub-items,
 * every deadline form. Deterministic (a fixed pseudo-random sequence), and read by the ingest without
 * error: the bench and the 100× site build use it.
 *
 *   node scripts/bench/synthetic.ts OUT.txt [SCALE]     (SCALE defaults to 100)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toChineseNumeral } from '../ingest/numerals.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = resolve(ROOT, 'seeds/zhengzhou/2020.txt');

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

export function syntheticPlan(scale = 100, seedText = readFileSync(SEED, 'utf8')): string {
  const rnd = random(20200430);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const texts = seedTexts(seedText);
  const departments: string[] = [];
  for (const a of WORDS)
    for (const b of WORDS) if (a !== b) departments.push(`市${a}${b}${pick(SUFFIXES)}`);
  const pool = [...new Set(departments)].slice(0, 300);
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

if (import.meta.main) {
  const [outFile, scaleArg] = process.argv.slice(2);
  if (!outFile) {
    process.stderr.write('usage: node scripts/bench/synthetic.ts OUT.txt [SCALE]\n');
    process.exit(2);
  }
  writeFileSync(outFile, syntheticPlan(scaleArg ? Number(scaleArg) : 100));
}
