/**
 * Who does what: a department's role in an item (lead or responsible) and the plan's departments
 * in pinyin order. Pure.
 */
import type { Department, Item, Model } from '../../schemas/model.ts';

export type Role = 'lead' | 'responsible';

const collator = new Intl.Collator('zh-CN');

/** Compares department names in pinyin order (the order readers expect of a Chinese list). */
export function byName(a: string, b: string): number {
  return collator.compare(a, b);
}

/** The plan's departments sorted by name in pinyin order. */
export function sortedDepartments(departments: Department[]): Department[] {
  return [...departments].sort((a, b) => byName(a.name, b.name));
}

/**
 * A department's role in an item: `lead` when it leads the item (or any of its sub-items),
 * `responsible` when it is only named as responsible, null when the item does not name it.
 */
export function roleIn(item: Item, name: string): Role | null {
  if (item.leadUnits.includes(name)) return 'lead';
  if (item.responsibleUnits.includes(name)) return 'responsible';
  return null;
}

/** Every department named by an item, lead units first, each once. */
export function unitsOf(item: Item): string[] {
  return [...new Set([...item.leadUnits, ...item.responsibleUnits])];
}

/** The items naming a department, in item order. */
export function itemsOf(model: Pick<Model, 'items'>, name: string): Item[] {
  return model.items.filter((i) => roleIn(i, name) !== null);
}
