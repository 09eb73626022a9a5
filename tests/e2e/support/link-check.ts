/**
 * Crawls a served build from its home page the way a link checker does: every link, asset and
 * stylesheet url() that stays on the site is fetched once; HTML pages are parsed for more.
 * Reports what a reader or a browser would trip on (broken links and assets, missing #fragments,
 * assets from other hosts) and what the Content-Security-Policy would refuse (inline scripts,
 * style elements and attributes, on* handlers, javascript: URLs).
 */
import { createHash } from 'node:crypto';

export interface Problem {
  /** The page or stylesheet the reference is on. */
  from: string;
  /** The URL or markup at fault. */
  what: string;
  why: string;
}

export interface CrawlReport {
  /** Every on-site URL fetched (no fragment), with its status. */
  fetched: Map<string, number>;
  /** On-site HTML pages fetched with status 200. */
  pages: string[];
  /** On-site URLs that some HTML page links to or loads (no fragment). */
  linked: Set<string>;
  problems: Problem[];
}

export interface CrawlOptions {
  /** The site's public origin (SITE_URL): canonical and other absolute links to it are checked locally. */
  siteUrl?: string;
  /** 'sha256-…' sources of the policy's script-src: inline scripts with these hashes are allowed. */
  scriptHashes?: string[];
  /** More places to start from ("robots.txt", "sitemap.xml"): robots.txt Sitemap lines and sitemap <loc> entries are followed. */
  alsoStart?: string[];
  /** Fetches at once. */
  concurrency?: number;
}

interface Tag {
  name: string;
  attrs: Map<string, string>;
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X'
          ? parseInt(code.slice(2), 16)
          : parseInt(code.slice(1), 10);
      return String.fromCodePoint(n);
    }
    return entities[code.toLowerCase()] ?? whole;
  });
}

/** <script type> values that hold data, not code (the CSP does not apply to them). */
const dataScriptTypes = new Set(['application/ld+json', 'application/json']);

/** The start tags of an HTML document, with the contents of script and style elements left out. */
export function parseTags(html: string): { tags: Tag[]; inlineScripts: string[] } {
  const tags: Tag[] = [];
  const inlineScripts: string[] = [];
  const body = html.replace(/<!--[\s\S]*?-->/g, '');
  const tagPattern =
    /<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
  const attrPattern = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  let match: RegExpExecArray | null;
  while ((match = tagPattern.exec(body))) {
    const name = (match[1] ?? '').toLowerCase();
    const attrs = new Map<string, string>();
    for (const a of (match[2] ?? '').matchAll(attrPattern)) {
      attrs.set((a[1] ?? '').toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    tags.push({ name, attrs });
    if (name === 'script' || name === 'style') {
      const end = body.indexOf(`</${name}`, tagPattern.lastIndex);
      const content = body.slice(tagPattern.lastIndex, end < 0 ? body.length : end);
      const data = dataScriptTypes.has(attrs.get('type') ?? '');
      if (name === 'script' && !attrs.has('src') && !data && content.trim())
        inlineScripts.push(content);
      if (end >= 0) tagPattern.lastIndex = end;
    }
  }
  return { tags, inlineScripts };
}

/** Attributes that load something the page needs (an asset), as opposed to links a reader follows. */
const assetAttrs: Record<string, string[]> = {
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  input: ['src'],
};
/** <link rel> values that the browser fetches by itself. */
const assetRels = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
]);

interface Ref {
  url: string;
  asset: boolean;
}

function refsOf(tag: Tag): Ref[] {
  const refs: Ref[] = [];
  const push = (value: string | undefined, asset: boolean, srcset = false) => {
    if (value === undefined) return;
    const urls = srcset
      ? value.split(',').map((part) => part.trim().split(/\s+/)[0])
      : [value.trim()];
    for (const url of urls) if (url) refs.push({ url, asset });
  };
  for (const attr of assetAttrs[tag.name] ?? []) push(tag.attrs.get(attr), true, attr === 'srcset');
  if (tag.name === 'link') {
    const rels = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    push(
      tag.attrs.get('href'),
      rels.some((rel) => assetRels.has(rel)),
    );
  }
  if (tag.name === 'a' || tag.name === 'area')
    push(tag.attrs.get('href') ?? tag.attrs.get('xlink:href'), false);
  if (tag.name === 'form') push(tag.attrs.get('action'), false);
  return refs;
}

/** Markup the Content-Security-Policy of public/_headers refuses. */
function cspProblems(tags: Tag[], inlineScripts: string[], scriptHashes: Set<string>): string[] {
  const found: string[] = [];
  for (const script of inlineScripts) {
    const hash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
    if (!scriptHashes.has(hash))
      found.push(`inline <script> (${hash} not in script-src): ${script.trim().slice(0, 60)}`);
  }
  for (const tag of tags) {
    if (tag.name === 'style') found.push('<style> element');
    for (const [name, value] of tag.attrs) {
      if (name === 'style') found.push(`style attribute on <${tag.name}>: ${value.slice(0, 60)}`);
      if (/^on[a-z]+$/.test(name)) found.push(`${name} handler on <${tag.name}>`);
      if (/^\s*javascript:/i.test(value)) found.push(`javascript: URL on <${tag.name} ${name}>`);
    }
  }
  return found;
}

function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*?))\s*\)/g))
    urls.push(m[1] ?? m[2] ?? m[3] ?? '');
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) urls.push(m[1] ?? m[2] ?? '');
  return urls.filter((url) => url && !url.startsWith('data:') && !url.startsWith('#'));
}

/** Crawls the site served at `start` (its home page; the base is the path of `start`). */
export async function crawl(start: string, options: CrawlOptions = {}): Promise<CrawlReport> {
  const origin = new URL(start).origin;
  const base = new URL(start).pathname;
  const siteOrigin = options.siteUrl ? new URL(options.siteUrl).origin : undefined;
  const fetched = new Map<string, number>();
  const ids = new Map<string, Set<string>>();
  const pages: string[] = [];
  const problems: Problem[] = [];
  const fragments: { from: string; page: string; id: string }[] = [];
  const queue: string[] = [
    start,
    ...(options.alsoStart ?? []).map((path) => new URL(path, start).href),
  ];
  const linked = new Set<string>([start]);
  const scriptHashes = new Set(options.scriptHashes ?? []);
  const seen = new Set<string>(queue);
  const referrer = new Map<string, string>();

  const enqueue = (from: string, raw: string, asset: boolean, fromHtml = true) => {
    if (/^(mailto|tel|data):/i.test(raw)) return;
    if (/^javascript:/i.test(raw)) return; // reported as a CSP problem
    let url: URL;
    try {
      url = new URL(raw, from);
    } catch {
      problems.push({ from, what: raw, why: 'not a valid URL' });
      return;
    }
    if (siteOrigin && url.origin === siteOrigin)
      url = new URL(url.pathname + url.search + url.hash, origin);
    if (url.origin !== origin) {
      if (asset) problems.push({ from, what: url.href, why: 'asset from another host' });
      return;
    }
    if (!url.pathname.startsWith(base)) {
      problems.push({ from, what: url.href, why: `outside the base ${base}` });
      return;
    }
    const hash = url.hash.slice(1);
    url.hash = '';
    if (fromHtml) linked.add(url.href);
    if (hash) fragments.push({ from, page: url.href, id: decodeURIComponent(hash) });
    if (!seen.has(url.href)) {
      seen.add(url.href);
      referrer.set(url.href, from);
      queue.push(url.href);
    }
  };

  const visit = async (url: string) => {
    const response = await fetch(url, { redirect: 'manual' });
    fetched.set(url, response.status);
    if (response.status !== 200) {
      await response.arrayBuffer();
      return;
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.startsWith('text/html')) {
      const html = await response.text();
      pages.push(url);
      const { tags, inlineScripts } = parseTags(html);
      const pageIds = new Set<string>();
      for (const tag of tags) {
        const id = tag.attrs.get('id');
        if (id) pageIds.add(id);
        if (tag.name === 'a' && tag.attrs.get('name')) pageIds.add(tag.attrs.get('name')!);
        for (const ref of refsOf(tag)) enqueue(url, ref.url, ref.asset);
      }
      ids.set(url, pageIds);
      for (const what of cspProblems(tags, inlineScripts, scriptHashes))
        problems.push({ from: url, what, why: 'refused by the CSP' });
    } else if (/xml/.test(type)) {
      for (const m of (await response.text()).matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
        enqueue(url, decodeEntities(m[1] ?? ''), false, false);
      }
    } else if (new URL(url).pathname.endsWith('/robots.txt')) {
      for (const m of (await response.text()).matchAll(/^sitemap:\s*(\S+)/gim))
        enqueue(url, m[1] ?? '', false, false);
    } else if (type.startsWith('text/css')) {
      for (const ref of cssUrls(await response.text())) enqueue(url, ref, true, false);
    } else {
      await response.arrayBuffer();
    }
  };

  const concurrency = options.concurrency ?? 8;
  let active = 0;
  await new Promise<void>((resolve, reject) => {
    const pump = () => {
      if (!queue.length && active === 0) return resolve();
      while (active < concurrency && queue.length) {
        active += 1;
        visit(queue.shift()!).then(() => {
          active -= 1;
          pump();
        }, reject);
      }
    };
    pump();
  });

  for (const [url, status] of fetched) {
    if (status !== 200)
      problems.push({ from: referrer.get(url) ?? '(start)', what: url, why: `status ${status}` });
  }
  for (const { from, page, id } of fragments) {
    const pageIds = ids.get(page);
    if (pageIds && !pageIds.has(id))
      problems.push({ from, what: `${page}#${id}`, why: 'no element with that id' });
  }
  return { fetched, pages: pages.sort(), linked, problems };
}

/** The 'sha256-…' sources in the script-src (or default-src) of a Content-Security-Policy. */
export function scriptHashesOf(policy: string): string[] {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0]!.toLowerCase(), parts.slice(1)] as const),
  );
  const sources = directives.get('script-src') ?? directives.get('default-src') ?? [];
  return sources.filter((s) => /^'sha256-.+'$/.test(s)).map((s) => s.slice(1, -1));
}
