/**
 * A link crawler for the built site, over HTTP (no browser): starts at the site's root, follows
 * every same-site href/src in HTML pages, and reports each URL that does not answer 200.
 * Fragments are dropped (a fragment's target is the page's own business); query strings are kept.
 */

export interface BrokenLink {
  /** The URL that failed, as resolved. */
  url: string;
  status: number;
  /** A page that links to it. */
  from: string;
}

export interface CrawlResult {
  /** HTML pages visited. */
  pages: string[];
  /** Every same-site URL checked (pages and assets). */
  checked: number;
  broken: BrokenLink[];
  /** Links that leave the site's base (another host, or outside the base path). */
  outside: { url: string; from: string }[];
}

const ATTR = /\s(?:href|src)\s*=\s*("([^"]*)"|'([^']*)')/gi;

export function linksIn(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(ATTR)) out.push((m[2] ?? m[3] ?? '').replace(/&amp;/g, '&'));
  return out;
}

export async function crawl(siteUrl: string): Promise<CrawlResult> {
  const root = new URL(siteUrl);
  const seen = new Map<string, string>(); // url → first page linking to it
  const queue: string[] = [root.href];
  seen.set(root.href, '(start)');
  const pages: string[] = [];
  const broken: BrokenLink[] = [];
  const outside: CrawlResult['outside'] = [];
  while (queue.length) {
    const url = queue.shift()!;
    const res = await fetch(url);
    if (res.status !== 200) {
      broken.push({ url, status: res.status, from: seen.get(url)! });
      await res.arrayBuffer();
      continue;
    }
    if (!(res.headers.get('content-type') ?? '').includes('text/html')) {
      await res.arrayBuffer();
      continue;
    }
    pages.push(url);
    for (const raw of linksIn(await res.text())) {
      if (!raw || /^(mailto|tel|data|javascript):/i.test(raw)) continue;
      const target = new URL(raw, url);
      target.hash = '';
      if (target.origin !== root.origin || !target.pathname.startsWith(root.pathname)) {
        outside.push({ url: target.href, from: url });
        continue;
      }
      if (!seen.has(target.href)) {
        seen.set(target.href, url);
        queue.push(target.href);
      }
    }
  }
  return { pages, checked: seen.size, broken, outside };
}
