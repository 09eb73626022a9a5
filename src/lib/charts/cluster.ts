/**
 * Orders rows so that similar ones sit together: average-linkage agglomerative clustering on
 * cosine distance, the leaves read off the tree, each merge oriented so the two rows that meet
 * are as alike as possible. Deterministic: ties go to the lower index (callers pass rows in
 * pinyin order, so ties fall back to name order). O(n³) in the number of rows; callers bound n.
 */

/** 1 − cosine similarity; 1 when either vector is all zeros. */
export function cosineDistance(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  if (na === 0 || nb === 0) return 1;
  return Math.max(0, 1 - dot / Math.sqrt(na * nb));
}

/** The indices of `vectors` in similarity order. */
export function similarityOrder(vectors: number[][]): number[] {
  const n = vectors.length;
  if (n <= 2) return vectors.map((_, i) => i);
  const leafDist = (i: number, j: number) => cosineDistance(vectors[i]!, vectors[j]!);
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) d[i * n + j] = d[j * n + i] = leafDist(i, j);
  }
  const leaves: number[][] = vectors.map((_, i) => [i]);
  const active = new Array<boolean>(n).fill(true);
  for (let step = 0; step < n - 1; step++) {
    let best = Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!active[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (!active[j]) continue;
        const v = d[i * n + j]!;
        if (v < best - 1e-12) {
          best = v;
          bi = i;
          bj = j;
        }
      }
    }
    const a = leaves[bi]!;
    const b = leaves[bj]!;
    leaves[bi] = orient(a, b, leafDist);
    const sa = a.length;
    const sb = b.length;
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === bi || k === bj) continue;
      const v = (sa * d[bi * n + k]! + sb * d[bj * n + k]!) / (sa + sb);
      d[bi * n + k] = d[k * n + bi] = v;
    }
    active[bj] = false;
  }
  return leaves[0]!;
}

/** Joins two leaf sequences, flipping either so that the rows meeting in the middle are closest. */
function orient(a: number[], b: number[], dist: (i: number, j: number) => number): number[] {
  const options: [number[], number[]][] = [
    [a, b],
    [a, [...b].reverse()],
    [[...a].reverse(), b],
    [[...a].reverse(), [...b].reverse()],
  ];
  let best = options[0]!;
  let bestD = Infinity;
  for (const o of options) {
    const v = dist(o[0][o[0].length - 1]!, o[1][0]!);
    if (v < bestD - 1e-12) {
      bestD = v;
      best = o;
    }
  }
  return [...best[0], ...best[1]];
}
