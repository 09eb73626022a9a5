/**
 * Runs a command and measures its wall time and peak memory: the largest sum of the resident set
 * sizes of the command and all its descendants, sampled from /proc every 50 ms (a build spawns
 * workers, so the tree's total is what a 2 GB machine must hold).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  seconds: number;
  peakMB: number;
  /**
   * CPU time (user + system) of the command and its descendants, in seconds: what the work costs
   * whatever else the machine runs (wall time on a shared 2-core machine is not).
   */
  cpuSeconds: number;
  /** The command's stdout and stderr, for error messages. */
  output: string;
}

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) comes after the command name in parentheses, which may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = byParent.get(ppid) ?? [];
      list.push(Number(name));
      byParent.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return byParent;
}

function rssKB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on Linux). */
const TICKS = 100;

/** utime + stime of a process itself (fields 14 and 15 of /proc/<pid>/stat), in ticks. */
function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command: state is field 3, so utime (14) and stime (15) are f[11] and f[12].
    return Number(f[11]) + Number(f[12]);
  } catch {
    return -1;
  }
}

/** The pids of `root` and every descendant. */
export function treePids(root: number): number[] {
  const byParent = children();
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(byParent.get(pid) ?? []));
  }
  return out;
}

/** The resident memory of `root` and every descendant, in kB. */
export function treeRssKB(root: number): number {
  const byParent = children();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rssKB(pid);
    stack.push(...(byParent.get(pid) ?? []));
  }
  return total;
}

/** Runs `command args` in `cwd` with `env` added; rejects with its output when it fails. */
export function measure(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peak = 0;
    // Latest own CPU ticks seen per process of the tree; a process that ends keeps its last count
    // (at most one 50 ms sample short).
    const ticks = new Map<number, number>();
    const timer = setInterval(() => {
      if (!child.pid) return;
      peak = Math.max(peak, treeRssKB(child.pid));
      for (const pid of treePids(child.pid)) {
        const t = cpuTicks(pid);
        if (t >= 0) ticks.set(pid, Math.max(ticks.get(pid) ?? 0, t));
      }
    }, 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let total = 0;
      for (const t of ticks.values()) total += t;
      const cpuSeconds = total / TICKS;
      if (code !== 0)
        reject(
          new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`),
        );
      else resolve({ seconds, peakMB: peak / 1024, cpuSeconds, output });
    });
  });
}
