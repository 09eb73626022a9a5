/**
 * The site's colours in src/styles/global.css meet WCAG AA in both themes, for the pairs the
 * stylesheet draws: text 4.5:1 on the page, on the header/footer/card surface and on search
 * highlights; button labels on the accent; the brand rule and the focus ring 3:1 where they sit.
 */
import { describe, expect, it } from 'vitest';
import { contrast } from '../../src/lib/charts/palette.ts';
import { palettes } from './support/palette.ts';

const themes = palettes('src/styles/global.css');

describe.each(Object.entries(themes))('%s theme', (_, t) => {
  it('has text readable on the page and on surfaces (4.5:1)', () => {
    for (const text of ['fg', 'muted', 'accent']) {
      for (const ground of ['bg', 'surface']) {
        expect(contrast(t[text]!, t[ground]!), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    // <mark> keeps the text colour; buttons print accent-fg on the accent.
    expect(contrast(t.fg!, t.mark!), 'fg on mark').toBeGreaterThanOrEqual(4.5);
    // The source page marks corrected lines: their line numbers (muted) and links (accent) too.
    expect(contrast(t.muted!, t.mark!), 'muted on mark').toBeGreaterThanOrEqual(4.5);
    expect(contrast(t.accent!, t.mark!), 'accent on mark').toBeGreaterThanOrEqual(4.5);
    expect(contrast(t['accent-fg']!, t.accent!), 'accent-fg on accent').toBeGreaterThanOrEqual(4.5);
  });

  it('has the brand rule and the focus ring visible on the page and on surfaces (3:1)', () => {
    for (const mark of ['brand', 'focus']) {
      for (const ground of ['bg', 'surface']) {
        expect(contrast(t[mark]!, t[ground]!), `${mark} on ${ground}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
