/**
 * Who is named on how many items: the one walk over the items that the indicator page (how many
 * departments are involved), its DepartmentBars chart (items per department) and the
 * responsibility matrix (departments × indicators) all read. Pure.
 */
import type { Item } from '../schemas/model.ts';

/** Items naming a department, as lead and as responsible unit. */
export interface Count {
  lead: number;
  responsible: number;
}

/**
 * Department name → indicator number → how many of the items name it. An item counts once per
 * department: as lead when the department leads it, else as responsible. The map holds every
 * department the items name, so its size is the number of departments involved.
 */
export function countRoles(
  items: readonly Pick<Item, 'indicator' | 'leadUnits' | 'responsibleUnits'>[],
): Map<string, Map<number, Count>> {
  const out = new Map<string, Map<number, Count>>();
  const bump = (name: string, ind: number, role: keyof Count) => {
    let row = out.get(name);
    if (!row) out.set(name, (row = new Map()));
    let c = row.get(ind);
    if (!c) row.set(ind, (c = { lead: 0, responsible: 0 }));
    c[role]++;
  };
  for (const item of items) {
    for (const u of new Set(item.leadUnits)) bump(u, item.indicator, 'lead');
    for (const u of new Set(item.responsibleUnits)) {
      if (!item.leadUnits.includes(u)) bump(u, item.indicator, 'responsible');
    }
  }
  return out;
}
