/**
 * "No page grows with the library": every HTML page of a build sorted into its page type by URL
 * shape (contract, "Site URLs"), and the largest page of each type compared between two synthetic
 * libraries built from the same generator, one small and one large (same places, more plans each).
 * A plan's own pages are the same in both; only the pages that index the library (home) or a place
 * (the place page, a department across the place's plans) may grow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** First-release URLs, now redirect pages to /zhengzhou/2020/… (contract). */
const REDIRECTS = new Set(['items', 'indicators', 'departments', 'notice', 'timeline', 'matrix']);
const LIBRARY = new Set(['search', 'data', 'about']);

/** Page types allowed to grow with the library (grouped indexes of the library or of a place). */
export const MAY_GROW = new Set(['home', 'place', 'place department']);
/** Growth below this is noise (a count with one more digit), in gzip bytes and as a share. */
const TOLERANCE_BYTES = 512;
const TOLERANCE_SHARE = 0.05;

/** The page type of a built HTML file, from its path below dist ("zhengzhou/2020/items/5/index.html"). */
export function pageKind(file: string): string {
  if (file === '404.html') return '404';
  if (file === 'index.html') return 'home';
  const parts = file.replace(/\/?index\.html$/, '').split('/');
  const [first, second, third, fourth] = parts;
  if (REDIRECTS.has(first!)) return 'redirect (first release)';
  if (LIBRARY.has(first!) && parts.length === 1) return first!;
  if (parts.length === 1) return 'place';
  if (second === 'departments') return parts.length === 3 ? 'place department' : 'place other';
  if (parts.length === 2) return 'plan home';
  if (parts.length === 3) return `plan ${third}`;
  if (parts.length === 4)
    return `plan ${third === 'items' ? 'item' : third === 'indicators' ? 'indicator' : third === 'departments' ? 'department' : `${third}/${fourth ? '…' : ''}`}`;
  return `plan ${parts.slice(2).join('/')}`;
}

export interface KindSize {
  kind: string;
  pages: number;
  /** The largest page of the type, gzip -9 bytes, and its path. */
  maxGzip: number;
  largest: string;
}

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dist, join(e.parentPath, e.name)));
}

export function sizesByKind(dist: string): Map<string, KindSize> {
  const out = new Map<string, KindSize>();
  for (const file of htmlFiles(dist)) {
    const kind = pageKind(file);
    const gz = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    const entry = out.get(kind) ?? { kind, pages: 0, maxGzip: 0, largest: '' };
    entry.pages++;
    if (gz > entry.maxGzip)
      [entry.maxGzip, entry.largest] = [gz, `/${file.replace(/index\.html$/, '')}`];
    out.set(kind, entry);
  }
  return out;
}

export interface GrowthRow {
  'page type': string;
  'pages small': number;
  'pages large': number;
  'largest small (gzip KB)': string;
  'largest large (gzip KB)': string;
  growth: string;
  'may grow': string;
  ok: string;
}

/** Compares the largest page of each type between the small and the large build. */
export function compareGrowth(small: string, large: string): { rows: GrowthRow[]; ok: boolean } {
  const a = sizesByKind(small);
  const b = sizesByKind(large);
  const kinds = [...new Set([...a.keys(), ...b.keys()])].sort();
  let ok = true;
  const rows = kinds.map((kind): GrowthRow => {
    const s = a.get(kind);
    const l = b.get(kind);
    const delta = (l?.maxGzip ?? 0) - (s?.maxGzip ?? 0);
    const share = s && s.maxGzip > 0 ? delta / s.maxGzip : 0;
    const grows = delta > TOLERANCE_BYTES && share > TOLERANCE_SHARE;
    const fine = !grows || MAY_GROW.has(kind);
    if (!fine) ok = false;
    return {
      'page type': kind,
      'pages small': s?.pages ?? 0,
      'pages large': l?.pages ?? 0,
      'largest small (gzip KB)': ((s?.maxGzip ?? 0) / 1024).toFixed(1),
      'largest large (gzip KB)': ((l?.maxGzip ?? 0) / 1024).toFixed(1),
      growth: `${delta >= 0 ? '+' : ''}${(share * 100).toFixed(0)}%`,
      'may grow': MAY_GROW.has(kind) ? 'yes' : 'no',
      ok: fine ? 'yes' : 'NO',
    };
  });
  return { rows, ok };
}
