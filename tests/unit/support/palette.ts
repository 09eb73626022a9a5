/**
 * A stylesheet's theme colours as the site writes them: in its first `:root {…}` block, each
 * colour variable a pair `--name: light-dark(#light, #dark)`. Returns the light and the dark
 * palette, keyed by the name without `prefix` (e.g. "--chart-").
 */
import { readFileSync } from 'node:fs';

export interface Palettes {
  light: Record<string, string>;
  dark: Record<string, string>;
}

export function palettes(file: string, prefix = '--'): Palettes {
  const css = readFileSync(file, 'utf8');
  const start = css.indexOf(':root {');
  if (start < 0) throw new Error(`${file}: no ":root {" block`);
  const body = css.slice(start + ':root {'.length, css.indexOf('}', start));
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  for (const [, name, value] of body.matchAll(/(--[\w-]+):\s*([^;]*);/g)) {
    if (!name!.startsWith(prefix) || !/#[0-9a-f]/i.test(value!)) continue;
    // A colour written once for both themes, or in another form, would escape the contrast checks.
    const pair = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(value!.trim());
    if (!pair) throw new Error(`${file}: ${name} is not light-dark(#rrggbb, #rrggbb): ${value}`);
    const key = name!.slice(prefix.length);
    light[key] = pair[1]!;
    dark[key] = pair[2]!;
  }
  if (Object.keys(light).length === 0) throw new Error(`${file}: no ${prefix}… colour pairs`);
  return { light, dark };
}
