/**
 * Departments: unit names as written → canonical departments with aliases, a kind and a pinyin slug.
 */
import { customPinyin, pinyin } from 'pinyin-pro';
import type { Department, DepartmentKind } from '../../src/schemas/model.ts';
import { ALIASES, KIND_RULES, PINYIN_OVERRIDES } from './data/departments.ts';

customPinyin(PINYIN_OVERRIDES);

/** A trailing bracketed second name: `市市场监管局（市知识产权局）`, `市工商联（总商会）`. */
const SECOND_NAME = /^(.+?)（([^（）]+)）$/u;
const BODY_END = /(局|委|办|厅|院|中心|部|署|会)$/u;

/**
 * The canonical spelling of one unit name: an explicit alias, or the name without a trailing
 * bracketed second name when that second name is a body (…局, …会) or the short name is also used.
 */
export function canonicalName(name: string, seen: ReadonlySet<string> = new Set()): string {
  const explicit = ALIASES[name];
  if (explicit) return explicit;
  const m = SECOND_NAME.exec(name);
  if (m && (BODY_END.test(m[2]!) || seen.has(m[1]!))) return m[1]!;
  return name;
}

export function kindOf(name: string): DepartmentKind {
  for (const rule of KIND_RULES) {
    if (rule.names?.includes(name)) return rule.kind;
    if (rule.pattern?.test(name)) return rule.kind;
  }
  return 'party-government';
}

/** Lower-case ASCII words joined by "-": pinyin syllables for Han characters, Latin words and digits kept. */
export function slugify(name: string): string {
  const chars = [...name];
  const readings = pinyin(name, { toneType: 'none', type: 'array', v: true });
  const words: string[] = [];
  let ascii = '';
  const flush = () => {
    if (ascii) words.push(ascii.toLowerCase());
    ascii = '';
  };
  chars.forEach((ch, i) => {
    if (/\p{Script=Han}/u.test(ch)) {
      flush();
      const r = (readings[i] ?? '').toLowerCase().replace(/[^a-z]/g, '');
      if (r) words.push(r);
    } else if (/[A-Za-z0-9]/.test(ch)) ascii += ch;
    else flush();
  });
  flush();
  return words.join('-') || 'x';
}

/**
 * Distinct slugs for a set of names: a name whose slug is taken gets `-2`, `-3` … in code-point
 * order of the names, so the result depends only on the set of names, not on the order seen.
 */
export function uniqueSlugs(names: readonly string[]): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const n of [...new Set(names)].sort()) {
    const base = slugify(n);
    byBase.set(base, [...(byBase.get(base) ?? []), n]);
  }
  const out = new Map<string, string>();
  const taken = new Set(byBase.keys());
  for (const [base, group] of byBase) {
    group.forEach((n, i) => {
      if (i === 0) return out.set(n, base);
      let k = i + 1;
      while (taken.has(`${base}-${k}`)) k++;
      taken.add(`${base}-${k}`);
      out.set(n, `${base}-${k}`);
    });
  }
  return out;
}

/** Every unit name seen → the department list, in pinyin order of canonical names. */
export function resolveDepartments(seen: Iterable<string>): {
  departments: Department[];
  canonical: (name: string) => string;
} {
  const all = new Set(seen);
  const canonical = (name: string) => canonicalName(name, all);
  const aliases = new Map<string, Set<string>>();
  for (const name of all) {
    const c = canonical(name);
    const set = aliases.get(c) ?? new Set<string>();
    if (name !== c) set.add(name);
    aliases.set(c, set);
  }
  const names = [...aliases.keys()];
  const slugs = uniqueSlugs(names);
  const collator = new Intl.Collator('zh-CN');
  const departments = names
    .sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => ({
      name,
      slug: slugs.get(name)!,
      aliases: [...aliases.get(name)!].sort(),
      kind: kindOf(name),
    }));
  return { departments, canonical };
}
