/**
 * The continuity linking (scripts/ingest/continuity.ts) over a synthetic library of 100 plans:
 * five places × 20 yearly plans, each plan the seed's 107 items reshuffled and paraphrased (clauses
 * dropped, reordered and reworded, numbers changed) by a fixed pseudo-random sequence, so every later
 * plan has many candidate pairs against its place's earlier ones. Only linkPlans is timed (the seed's
 * ingest before it is not). Prints JSON { ms, cpuMs, peakMB, plans, items, links }
 * (CPU time beside wall time: on a shared machine the two differ).
 *
 *   node scripts/bench/measure-continuity.ts [PLANS]     (PLANS defaults to 100)
 */
import { resolve } from 'node:path';
import { ingestFile } from '../ingest/cli.ts';
import { continuityPlan, linkPlans, type ContinuityPlan } from '../ingest/continuity.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PLACES = 5;

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SWAPS: [string, string][] = [
  ['推进', '推动'],
  ['完善', '健全'],
  ['压缩', '缩短'],
  ['实现', '做到'],
  ['加快', '加速'],
  ['优化', '改进'],
];

/** One paraphrase of a text: clauses dropped, two swapped, words replaced, numbers changed. */
function paraphrase(text: string, next: () => number): string {
  let clauses = text.split(/(?<=[，。；])/u).filter((c) => c.length > 0);
  clauses = clauses.filter((_, k) => k === 0 || next() > 0.25);
  if (clauses.length > 2 && next() > 0.5) {
    const i = 1 + Math.floor(next() * (clauses.length - 1));
    const j = 1 + Math.floor(next() * (clauses.length - 1));
    [clauses[i], clauses[j]] = [clauses[j]!, clauses[i]!];
  }
  let out = clauses.join('');
  for (const [a, b] of SWAPS) if (next() > 0.5) out = out.replaceAll(a, b);
  return out.replace(/\d+/gu, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + next())))));
}

export function syntheticLibrary(count: number): ContinuityPlan[] {
  const seed = continuityPlan(ingestFile(resolve(ROOT, 'seeds/zhengzhou/2020.txt')).model);
  const next = random(2020);
  const plans: ContinuityPlan[] = [];
  for (let k = 0; k < count; k++) {
    const place = `place${k % PLACES}`;
    const year = 2000 + Math.floor(k / PLACES);
    const items = seed.items
      .filter(() => next() > 0.2)
      .map((item, n) => {
        const text = paraphrase(item.text, next);
        return { ...item, number: n + 1, title: text.split(/[。，]/u)[0]!, text, subitems: [] };
      });
    plans.push({ ...seed, place, id: String(year), year, items });
  }
  return plans;
}

if (import.meta.main) {
  const count = Number(process.argv[2] ?? 100);
  const plans = syntheticLibrary(count);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const links = linkPlans(plans);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const peakMB = process.resourceUsage().maxRSS / 1024;
  const items = plans.reduce((n, p) => n + p.items.length, 0);
  process.stdout.write(
    JSON.stringify({ ms, cpuMs, peakMB, plans: plans.length, items, links: links.length }) + '\n',
  );
}
