/**
 * The chart colours in src/components/charts/chart.css meet WCAG AA in both themes: text 4.5:1,
 * marks and lines 3:1, against the chart background and the pre-notice band. Each colour is one
 * light-dark() pair, so the system's dark and the toggle's dark are the same colours.
 */
import { describe, expect, it } from 'vitest';
import { COLOURS, SHAPES, contrast, deltaE, encode } from '../../../src/lib/charts/palette.ts';
import { palettes } from '../support/palette.ts';

const themes = palettes('src/components/charts/chart.css', '--chart-');

describe.each(Object.entries(themes))('%s theme', (_, t) => {
  it('has text readable on the background and on the pre-notice band (4.5:1)', () => {
    for (const k of ['fg', 'muted', 'accent']) {
      expect(contrast(t[k]!, t.bg!), k).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(t.fg!, t.band!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t.muted!, t.band!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t['lead-text']!, t.lead!)).toBeGreaterThanOrEqual(4.5);
  });

  it('has marks and lines distinguishable from the background (3:1)', () => {
    for (let i = 0; i < COLOURS; i++) {
      expect(contrast(t[`k${i}`]!, t.bg!), `k${i}`).toBeGreaterThanOrEqual(3);
      expect(contrast(t[`k${i}`]!, t.band!), `k${i} on band`).toBeGreaterThanOrEqual(3);
    }
    for (const k of ['lead', 'grid', 'focus']) {
      expect(contrast(t[k]!, t.bg!), k).toBeGreaterThanOrEqual(3);
    }
  });
});

it('gives the first 56 indicators distinct colour-and-shape pairs, neighbours differing in both', () => {
  const pairs = Array.from({ length: 56 }, (_, i) => encode(i));
  expect(new Set(pairs.map((p) => `${p.colour}/${p.shape}`)).size).toBe(56);
  for (let i = 1; i < 56; i++) {
    expect(pairs[i]!.colour).not.toBe(pairs[i - 1]!.colour);
    expect(pairs[i]!.shape).not.toBe(pairs[i - 1]!.shape);
  }
});

describe.each(Object.entries(themes))('%s theme: indicators that share a shape', (_, t) => {
  it('differ clearly in colour (ΔE ≥ 40) for the first three rounds of shapes (21 indicators)', () => {
    const n = 3 * SHAPES;
    for (let i = 0; i < n; i++) {
      for (let j = i + SHAPES; j < n; j += SHAPES) {
        const [a, b] = [encode(i).colour, encode(j).colour];
        expect(
          deltaE(t[a]!, t[b]!),
          `indicators ${i + 1} and ${j + 1} (${a}, ${b})`,
        ).toBeGreaterThanOrEqual(40);
      }
    }
  });
});
