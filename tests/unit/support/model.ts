/**
 * Builds small models by hand for the unit tests, in the shape of src/schemas/model.ts.
 *
 * A test names what it cares about (an item's units and deadline, the indicators' titles); the
 * builder fills the rest with plain defaults and derives what the ingest derives: deadline text and
 * unit labels from the fields, each indicator's item list from the items, the department list (pinyin
 * slug, kind, pinyin order) from the names the items use, with the ingest's own functions. Every
 * model it returns has passed the real `model` schema and the cross-references the ingest
 * guarantees, so a fixture cannot drift from what the site is built from.
 */
import {
  type Correction,
  type Deadline,
  type Department,
  type Document,
  type Indicator,
  type Item,
  type Model,
  type NormalizationRule,
  type SourceRef,
  type Subitem,
  departmentKind,
  model as modelSchema,
} from '../../../src/schemas/model.ts';
import { INDICATOR_NAMES, englishSlug } from '../../../scripts/ingest/data/indicators.ts';
import { resolveDepartments, slugify } from '../../../scripts/ingest/departments.ts';

export const month = (year: number, m: number): Deadline => ({ kind: 'month', year, month: m });
export const day = (year: number, m: number, d: number): Deadline => ({
  kind: 'date',
  year,
  month: m,
  day: d,
});
export const ongoing: Deadline = { kind: 'ongoing' };

/** The deadline as a notice writes it: "2020年6月", "2020年3月31日", "持续推进". */
function writtenDeadline(d: Deadline): string | null {
  if (d.kind === 'none') return null;
  if (d.kind === 'ongoing') return '持续推进';
  return d.kind === 'month' ? `${d.year}年${d.month}月` : `${d.year}年${d.month}月${d.day}日`;
}

type Commitment = Pick<Item, 'leadUnits' | 'responsibleUnits' | 'deadline'>;

/** Units and deadline with what follows from them: written deadline, labels for the roles named. */
function unitsAndDeadline(c: Partial<Commitment>) {
  const leadUnits = c.leadUnits ?? [];
  const responsibleUnits = c.responsibleUnits ?? [];
  const deadline = c.deadline ?? month(2020, 6);
  return {
    leadUnits,
    responsibleUnits,
    deadline,
    deadlineText: writtenDeadline(deadline),
    deadlineLabel: deadline.kind === 'none' ? null : '完成时限',
    unitLabels: {
      lead: leadUnits.length ? '牵头单位' : null,
      responsible: responsibleUnits.length ? '责任单位' : null,
    },
  };
}

export type SubitemSpec = Pick<Subitem, 'label' | 'text'> & Partial<Subitem>;

export type ItemSpec = Pick<Item, 'number' | 'indicator'> &
  Partial<Omit<Item, 'subitems'>> & { subitems?: SubitemSpec[] };

/**
 * One item. Defaults: title "事项N的标题", text the title and "。", no units, no targets, due June 2020, source
 * lines 10N–10N+2 with the sub-items on the lines after the first.
 */
export function makeItem(spec: ItemSpec): Item {
  const title = spec.title ?? `事项${spec.number}的标题`;
  const source: SourceRef = spec.source ?? {
    line: spec.number * 10,
    endLine: spec.number * 10 + 2,
  };
  return {
    title,
    label: `${spec.number}.`,
    text: `${title}。`,
    ...unitsAndDeadline(spec),
    source,
    corrections: [],
    targets: [],
    ...spec,
    subitems: (spec.subitems ?? []).map((s, k) => ({
      ...unitsAndDeadline(s),
      source: { line: source.line + k + 1, endLine: source.line + k + 1 },
      ...s,
    })),
  };
}

/** An indicator by its title (number: its place in the list), or with slug or source given. */
export type IndicatorSpec = string | (Pick<Indicator, 'title'> & Partial<Omit<Indicator, 'items'>>);

/** A department by its name, with what the ingest would not derive (aliases, another kind). */
export type DepartmentSpec = string | (Pick<Department, 'name'> & Partial<Department>);

export interface ModelSpec {
  items: Item[];
  indicators: IndicatorSpec[];
  /**
   * Departments beyond those the items name (a department no item names), and facts the builder
   * cannot derive (aliases, a kind the ingest's rules would not give). The model lists every name
   * the items use whether or not it is here.
   */
  departments?: DepartmentSpec[];
  document?: Partial<Document>;
  notice?: Model['notice'];
  corrections?: Correction[];
  normalization?: NormalizationRule[];
  /** Which plan of the library (default: zhengzhou/2020, 郑州市). */
  plan?: Model['plan'];
  warnings?: Model['warnings'];
}

/** Every unit an item or its sub-items name. */
function namedUnits(items: readonly Item[]): string[] {
  return items.flatMap((i) =>
    [i, ...i.subitems].flatMap((c) => [...c.leadUnits, ...c.responsibleUnits]),
  );
}

function indicators(specs: IndicatorSpec[], items: readonly Item[]): Indicator[] {
  return specs.map((s, i) => {
    const spec = typeof s === 'string' ? { title: s } : s;
    const number = spec.number ?? i + 1;
    const english = INDICATOR_NAMES[spec.title] ?? null;
    return {
      number,
      slug: english ? englishSlug(english) : slugify(spec.title),
      englishTitle: english,
      source: { line: number, endLine: number },
      ...spec,
      items: items.filter((it) => it.indicator === number).map((it) => it.number),
    };
  });
}

function departments(specs: DepartmentSpec[], items: readonly Item[]): Department[] {
  const given = new Map(
    specs.map((s) => (typeof s === 'string' ? { name: s } : s)).map((s) => [s.name, s]),
  );
  const names = [...namedUnits(items), ...given.keys()];
  const derived = resolveDepartments(names).departments;
  for (const name of new Set(names)) {
    if (!derived.some((d) => d.name === name)) {
      throw new Error(`fixture: the ingest would not read "${name}" as a department name`);
    }
  }
  return derived.map((d) => ({ ...d, ...given.get(d.name) }));
}

/** Cross-references the ingest guarantees and the schema cannot check. */
function checkReferences(m: Model): void {
  const problems: string[] = [];
  const numbers = new Set(m.items.map((i) => i.number));
  if (numbers.size !== m.items.length) problems.push('two items share a number');
  const indicatorNumbers = new Set(m.indicators.map((i) => i.number));
  const correctionIds = new Set(m.corrections.map((c) => c.id));
  for (const item of m.items) {
    if (!indicatorNumbers.has(item.indicator)) {
      problems.push(`item ${item.number} names indicator ${item.indicator}, which is not listed`);
    }
    for (const id of item.corrections) {
      if (!correctionIds.has(id)) problems.push(`item ${item.number} names correction ${id}`);
    }
  }
  for (const section of m.notice.sections) {
    for (const p of section.paragraphs) {
      for (const n of p.relatedItems) {
        if (!numbers.has(n)) problems.push(`a notice paragraph relates to item ${n}`);
      }
    }
  }
  if (problems.length) throw new Error(`fixture: ${problems.join('; ')}`);
}

/** A whole model from its items and indicators; see ModelSpec for what else may be given. */
export function makeModel(spec: ModelSpec): Model {
  const built: Model = {
    plan: spec.plan ?? {
      place: { slug: 'zhengzhou', name: '郑州市' },
      id: '2020',
      title: spec.document?.attachment?.title ?? spec.document?.title ?? '测试通知',
      year: 2020,
    },
    sourceFile: 'seeds/zhengzhou/2020.txt',
    document: {
      title: '测试通知',
      docNumber: '测〔2020〕1号',
      issuers: ['测试办公厅'],
      date: '2020-04-30',
      addressees: null,
      attachment: null,
      ...spec.document,
    },
    notice: spec.notice ?? { sections: [] },
    indicators: indicators(spec.indicators, spec.items),
    items: spec.items,
    departments: departments(spec.departments ?? [], spec.items),
    corrections: spec.corrections ?? [],
    normalization: spec.normalization ?? [],
    warnings: spec.warnings ?? [],
  };
  checkReferences(built);
  return modelSchema.parse(built);
}

/**
 * A deterministic plan of `n` items over `indicators` indicators and `departments` departments,
 * for the scale tests (10,700 items: 100× the real one).
 */
export function syntheticModel(n: number, indicators = 190, departments = 400): Model {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const names = Array.from({ length: departments }, (_, i) => `部门${i + 1}`);
  const pick = () => names[Math.floor(rand() * departments)]!;
  const items: Item[] = [];
  for (let k = 1; k <= n; k++) {
    const indicator = 1 + Math.floor(rand() * indicators);
    const deadline = rand() < 0.1 ? ongoing : month(2020, 3 + Math.floor(rand() * 10));
    const leadUnits = rand() < 0.4 ? [pick()] : [];
    const responsibleUnits = [...new Set([pick(), pick(), pick()])].filter(
      (x) => !leadUnits.includes(x),
    );
    items.push(
      makeItem({
        number: k,
        indicator,
        deadline,
        leadUnits,
        responsibleUnits,
        source: { line: k * 2, endLine: k * 2 + 1 },
      }),
    );
  }
  return makeModel({
    items,
    indicators: Array.from({ length: indicators }, (_, i) => ({
      title: `指标${i + 1}`,
      slug: `indicator-${i + 1}`,
    })),
    departments: names.map((name, i) => ({
      name,
      kind: departmentKind.options[i % departmentKind.options.length]!,
    })),
  });
}
