/**
 * A tiny static file server for the built site, mounted at any base path, on 127.0.0.1 only.
 * Serves `<dir>/404.html` with status 404 for unknown paths, like static hosts do.
 *
 * With `{ headers: true }` it also sends the response headers that `<dir>/_headers` (copied from
 * public/_headers by the build; the Netlify/Cloudflare format) gives for the path, as such a host
 * would: the Content-Security-Policy then applies as a real header. Paths in _headers are matched
 * against the path below the base, as if the folder were deployed as its own site.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticSite {
  /** e.g. "http://127.0.0.1:41234/sub/folder/" — always ends with "/". */
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Send the headers that `<dir>/_headers` gives (throws when the build has no _headers). */
  headers?: boolean;
}

/** One block of a `_headers` file: a path pattern (`*` matches anything) and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Parses the Netlify/Cloudflare `_headers` format: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!match?.[1] || !match[2] || !rule)
      throw new Error(`_headers:${index + 1}: expected "Name: value" under a path`);
    rule.headers.push([match[1], match[2]]);
  }
  return rules;
}

/** The headers that apply to `path` (a path from the site root, "/items/5/"), later rules last. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    const source = rule.pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
    if (!new RegExp(`^${source.join('.*')}$`).test(path)) continue;
    for (const [name, value] of rule.headers) result[name.toLowerCase()] = value;
  }
  return result;
}

/** Serves `dir` under `base` ("/" or "/sub/folder/"). */
export async function serveStatic(
  dir: string,
  base = '/',
  options: ServeOptions = {},
): Promise<StaticSite> {
  const rules = options.headers
    ? parseHeadersFile(await readFile(join(dir, '_headers'), 'utf8'))
    : [];
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const extra = pathname.startsWith(base)
      ? headersFor(rules, `/${pathname.slice(base.length)}`)
      : {};
    const notFound = async () => {
      const body = await readFile(join(dir, '404.html')).catch(() => Buffer.from('not found'));
      res.writeHead(404, {
        ...headersFor(rules, '/404.html'),
        'content-type': 'text/html; charset=utf-8',
      });
      res.end(body);
    };
    if (!pathname.startsWith(base)) return notFound();
    let file = normalize(join(dir, pathname.slice(base.length)));
    if (!file.startsWith(normalize(dir))) return notFound();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        ...extra,
        'content-type': types[extname(file)] ?? 'application/octet-stream',
      });
      res.end(body);
    } catch {
      return notFound();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
