import { describe, expect, test } from 'vitest';
import { countRoles } from '../../src/lib/counts.ts';
import { makeItem } from './support/model.ts';
import { chartModel } from './support/plans.ts';

describe('countRoles', () => {
  test('counts each item once per department and indicator, lead and responsible apart', () => {
    const c = countRoles(chartModel().items);
    expect(c.get('市财政局')!.get(1)).toEqual({ lead: 1, responsible: 1 });
    expect(c.get('市法院')!.get(2)).toEqual({ lead: 1, responsible: 1 });
    expect(c.get('市税务局')!.get(3)).toEqual({ lead: 1, responsible: 1 });
    expect(c.get('安阳市局')!.get(1)).toBeUndefined();
  });

  test('a department named twice on an item counts once, as lead if it leads', () => {
    const c = countRoles([
      makeItem({
        number: 1,
        indicator: 1,
        leadUnits: ['市税务局'],
        responsibleUnits: ['市税务局', '市法院', '市法院'],
      }),
    ]);
    expect(c.get('市税务局')!.get(1)).toEqual({ lead: 1, responsible: 0 });
    expect(c.get('市法院')!.get(1)).toEqual({ lead: 0, responsible: 1 });
  });

  test('holds every department the items name, each once: the departments involved', () => {
    const items = chartModel().items;
    expect([...countRoles(items).keys()].sort()).toEqual(
      ['安阳市局', '市财政局', '市法院', '市税务局'].sort(),
    );
    // Indicator 1 (items 1 and 2) involves 市财政局 and 市税务局 only.
    expect(countRoles(items.filter((i) => i.indicator === 1)).size).toBe(2);
    expect(countRoles([]).size).toBe(0);
  });
});
