/**
 * How an indicator is drawn: a colour from a small colour-blind-aware set AND a shape AND its
 * number printed beside it. With 19+ indicators hue alone cannot separate them, so the pair
 * (colour, shape) is unique for the first COLOURS×SHAPES indicators (8 × 7 = 56) and the number
 * always travels with the mark. Colours are CSS custom properties (`--chart-k0` …) with light and
 * dark values in src/components/charts/chart.css; the markup only carries classes (`k0` …).
 */
import { symbol, symbolsFill } from 'd3';

export const COLOURS = 8;
export const SHAPES = symbolsFill.length; // 7: circle, cross, diamond, square, star, triangle, wye

export const shapeNames = ['圆', '十字', '菱形', '方块', '星', '三角', 'Y'] as const;

export interface Encoding {
  /** CSS class of the colour: "k0" … "k7". */
  colour: string;
  /** Index into the shapes (and into `shapeDefs`' ids "s0" …). */
  shape: number;
}

/**
 * The order colours are handed out in. Indicators `i`, `i + 7` and `i + 14` share a shape and get
 * colours one and two steps apart in this order, so the order keeps every colour's next two apart
 * from it: k0 (blue) and k7 (slate) or k0 and k5 (purple) would be the same circle at a glance (the
 * plain order k0…k7 gave 开办企业 and 办理破产 such a pair). Chosen by trying every order for the
 * largest smallest ΔE (tests/unit/charts/theme.test.ts checks it, in both themes).
 */
export const COLOUR_ORDER = [0, 1, 2, 5, 4, 7, 6, 3] as const;

/** The colour and shape of the indicator at `index` (0-based position in the plan's order). */
export function encode(index: number): Encoding {
  return { colour: `k${COLOUR_ORDER[index % COLOURS]}`, shape: index % SHAPES };
}

/** The path of shape `i` centred on (0,0), area `size` px². */
export function shapePath(i: number, size = 90): string {
  return symbol(symbolsFill[i % SHAPES]!, size)() ?? '';
}

/** `<defs>` markup with one `<path id="{prefix}{i}">` per shape, for `<use href="#…">`. */
export function shapeDefs(prefix: string, size = 90): string {
  let out = '';
  for (let i = 0; i < SHAPES; i++) out += `<path id="${prefix}${i}" d="${shapePath(i, size)}"/>`;
  return `<defs>${out}</defs>`;
}

/** WCAG relative luminance of "#rrggbb". */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two "#rrggbb" colours (1 … 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** CIE L*a*b* (D65) of "#rrggbb". */
export function lab(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** Perceptual distance of two "#rrggbb" colours (CIE76 ΔE; about 2.3 is just noticeable). */
export function deltaE(a: string, b: string): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
