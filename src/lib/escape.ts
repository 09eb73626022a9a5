/**
 * Escaping text for markup written as strings at build time (chart SVG, the sitemap, the item
 * bodies read by src/lib/generated-mdx.ts). Pure.
 */

/** Escapes text for an HTML/SVG/XML text node or a double-quoted attribute value. */
export function escapeMarkup(text: string | number): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
