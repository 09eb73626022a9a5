/**
 * The search's entity index: the library's departments, indicators, places and plans under the
 * names a reader types, so that a query naming one ("人社局", "纳税", "郑州", "郑办〔2020〕14号")
 * offers it above the results, with its filter one click away. Pure; written at build time by
 * src/pages/search/entities/[chunk].json.ts and read by src/scripts/search.ts.
 *
 * Split into chunks by the first character of the key, so a query fetches one small file per
 * distinct first character of its variants, and no file holds the whole library: a chunk grows only
 * with the entities whose names start with its character.
 */
import { GLOSSARY } from '../../data/glossary.ts';
import type { FilterName } from '../search-state.ts';
import { normalize } from './expand.ts';

export type EntityKind = 'department' | 'indicator' | 'place' | 'plan';

export interface Entity {
  kind: EntityKind;
  /** "郑州市 · 市人社局", "郑州市 2020 · 纳税", "郑州市", "郑州市 2023 年优化营商环境工作要点". */
  label: string;
  /** Items it covers. */
  count: number;
  /** The entity's own page (site path, without base), when it has one. */
  page: string | null;
  /** The search filters that list its items. */
  filters: Partial<Record<FilterName, string>>;
}

export interface EntityChunk {
  /** Key (normalised) → indexes into `entities`. */
  keys: Record<string, number[]>;
  entities: Entity[];
}

export interface EntityPlan {
  place: { slug: string; name: string };
  id: string;
  year: number;
  title: string;
  docNumber: string | null;
  items: { indicator: number; leadUnits: string[]; responsibleUnits: string[] }[];
  indicators: { number: number; title: string; slug: string }[];
  departments: { name: string; slug: string; aliases: string[] }[];
}

export interface EntityPaths {
  place: (place: string) => string;
  plan: (place: string, id: string) => string;
  indicator: (place: string, id: string, slug: string) => string;
  placeDepartment: (place: string, slug: string) => string;
}

export interface EntityFilterValues {
  department: (placeName: string, name: string) => string;
  indicator: (plan: EntityPlan, title: string) => string;
  plan: (plan: EntityPlan) => string;
  place: (placeName: string) => string;
}

/** Leading level words a reader leaves out: 市人社局 → 人社局, 省财政厅 → 财政厅. */
const LEVEL_PREFIX = /^(自治区|省|市|区|县|州|各)/;
/** Trailing level words of a place name: 郑州市 → 郑州. */
const PLACE_SUFFIX = /(维吾尔自治区|回族自治区|壮族自治区|自治区|自治州|省|市|县|区)$/;

/** The chunk file name for a key: its first character's code point in hex ("4eba"). */
export function chunkName(key: string): string {
  const first = normalize(key).codePointAt(0) ?? 0;
  return first.toString(16);
}

/** The names a body is typed as: its spellings, without a level prefix or the place's name, and
 *  the glossary's everyday names of any of those. */
function departmentKeys(placeName: string, names: string[]): string[] {
  const keys = new Set<string>();
  const placeShort = placeName.replace(PLACE_SUFFIX, '');
  for (const raw of names) {
    const name = normalize(raw);
    keys.add(name);
    const bare = name.replace(LEVEL_PREFIX, '');
    if (bare.length >= 2) keys.add(bare);
    for (const p of [placeName, placeShort])
      if (p && name.startsWith(p) && name.length - p.length >= 2) keys.add(name.slice(p.length));
  }
  for (const group of GLOSSARY) {
    if (group.kind !== 'department') continue;
    const spellings = group.terms.map(normalize);
    if ([...keys].some((k) => spellings.includes(k)))
      for (const w of [...group.words, ...group.terms]) keys.add(normalize(w));
  }
  return [...keys];
}

function indicatorKeys(title: string): string[] {
  const keys = new Set([normalize(title)]);
  for (const group of GLOSSARY)
    if (group.kind === 'indicator' && group.terms.map(normalize).includes(normalize(title)))
      for (const w of group.words) keys.add(normalize(w));
  return [...keys];
}

export function buildEntities(
  plans: EntityPlan[],
  paths: EntityPaths,
  values: EntityFilterValues,
): Map<string, EntityChunk> {
  const entries: { keys: string[]; entity: Entity }[] = [];

  const byPlace = new Map<string, EntityPlan[]>();
  for (const plan of plans) {
    const list = byPlace.get(plan.place.slug) ?? [];
    list.push(plan);
    byPlace.set(plan.place.slug, list);
  }

  for (const [slug, placePlans] of byPlace) {
    const placeName = placePlans[0]!.place.name;
    const placeShort = placeName.replace(PLACE_SUFFIX, '');
    entries.push({
      keys: [normalize(placeName), normalize(placeShort)].filter((k) => k.length >= 2),
      entity: {
        kind: 'place',
        label: placeName,
        count: placePlans.reduce((n, p) => n + p.items.length, 0),
        page: paths.place(slug),
        filters: { place: values.place(placeName) },
      },
    });

    // One department across the place's plans (contract: department identity is per place).
    const departments = new Map<string, { names: Set<string>; slug: string; count: number }>();
    for (const plan of placePlans) {
      for (const d of plan.departments) {
        const entry = departments.get(d.name) ?? { names: new Set(), slug: d.slug, count: 0 };
        entry.names.add(d.name);
        for (const a of d.aliases) entry.names.add(a);
        departments.set(d.name, entry);
      }
      for (const item of plan.items)
        for (const name of new Set([...item.leadUnits, ...item.responsibleUnits])) {
          const entry = departments.get(name);
          if (entry) entry.count += 1;
        }
    }
    for (const [name, d] of departments) {
      if (d.count === 0) continue;
      entries.push({
        keys: departmentKeys(placeName, [...d.names]),
        entity: {
          kind: 'department',
          label: `${placeName} · ${name}`,
          count: d.count,
          page: paths.placeDepartment(slug, d.slug),
          filters: { department: values.department(placeName, name) },
        },
      });
    }

    for (const plan of placePlans) {
      const keys = [
        `${placeShort}${plan.year}`,
        `${placeName}${plan.year}`,
        `${plan.year}${placeShort}`,
      ];
      if (plan.docNumber) keys.push(plan.docNumber);
      entries.push({
        keys: keys.map(normalize),
        entity: {
          kind: 'plan',
          label: `${placeName} ${plan.year} · ${plan.title}`,
          count: plan.items.length,
          page: paths.plan(slug, plan.id),
          filters: { plan: values.plan(plan) },
        },
      });
      for (const indicator of plan.indicators) {
        const count = plan.items.filter((i) => i.indicator === indicator.number).length;
        if (count === 0) continue;
        entries.push({
          keys: indicatorKeys(indicator.title),
          entity: {
            kind: 'indicator',
            label: `${placeName} ${plan.year} · ${indicator.title}`,
            count,
            page: paths.indicator(slug, plan.id, indicator.slug),
            filters: {
              plan: values.plan(plan),
              indicator: values.indicator(plan, indicator.title),
            },
          },
        });
      }
    }
  }

  const chunks = new Map<string, EntityChunk>();
  for (const { keys, entity } of entries) {
    for (const key of new Set(keys)) {
      if (key.length < 2) continue;
      const name = chunkName(key);
      const chunk = chunks.get(name) ?? { keys: {}, entities: [] };
      let index = chunk.entities.indexOf(entity);
      if (index < 0) index = chunk.entities.push(entity) - 1;
      (chunk.keys[key] ??= []).push(index);
      chunks.set(name, chunk);
    }
  }
  return chunks;
}

const KIND_ORDER: EntityKind[] = ['department', 'indicator', 'place', 'plan'];

/**
 * The entities a query's variants name, best first: a key equal to a variant before a key that
 * only starts with it (税务 → 税务局), then by kind and size. `chunks` holds the chunks fetched
 * for the variants' first characters.
 */
export function lookupEntities(
  variants: string[],
  chunks: Map<string, EntityChunk>,
  limit = 6,
): Entity[] {
  // Chunks are parsed apart, so one entity can come back as several objects: key by label.
  const scored = new Map<string, [Entity, number]>();
  variants.forEach((raw, rank) => {
    const v = normalize(raw);
    if (v.length < 2) return;
    const chunk = chunks.get(chunkName(v));
    if (!chunk) return;
    for (const [key, indexes] of Object.entries(chunk.keys)) {
      const exact = key === v;
      if (!exact && !(key.startsWith(v) && v.length >= 2)) continue;
      const score = (exact ? 100 : 50) - rank;
      for (const i of indexes) {
        const e = chunk.entities[i]!;
        const id = `${e.kind} ${e.label}`;
        scored.set(id, [e, Math.max(scored.get(id)?.[1] ?? 0, score)]);
      }
    }
  });
  return [...scored.values()]
    .sort(
      ([a, sa], [b, sb]) =>
        sb - sa ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        b.count - a.count ||
        a.label.localeCompare(b.label, 'zh-CN'),
    )
    .slice(0, limit)
    .map(([e]) => e);
}
