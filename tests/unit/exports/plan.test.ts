import { describe, expect, test } from 'vitest';
import { planJsonSchema, planJsonText, toPlanJson } from '../../../src/lib/exports/plan.ts';
import { planValidator } from './ajv.ts';
import { exportModel, exportNotes } from '../support/plans.ts';

describe('plan.json', () => {
  test('carries the whole model and the notes, and validates against plan.schema.json', () => {
    const model = exportModel();
    const plan = toPlanJson(model, exportNotes().values());
    const validate = planValidator(planJsonSchema('https://example.org/data/plan.schema.json'));
    const parsed: unknown = JSON.parse(planJsonText(plan));
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    expect(parsed).toMatchObject({ ...model });
    expect(plan.annotations).toEqual([
      {
        item: 2,
        status: 'done',
        asOf: '2021-01-15',
        evidence: [{ title: '市税务局公告', url: 'https://example.gov.cn/notice/1' }],
        body: '据公告，已于年内完成。',
      },
    ]);
  });

  test('notes are ordered by item number whatever order they come in', () => {
    const note = (item: number) => ({
      item,
      status: 'unknown' as const,
      asOf: '2021-01-01',
      evidence: [],
      body: '',
    });
    const plan = toPlanJson(exportModel(), [note(4), note(1), note(3)]);
    expect(plan.annotations.map((a) => a.item)).toEqual([1, 3, 4]);
  });

  test('the schema rejects what the model forbids', () => {
    const validate = planValidator(planJsonSchema());
    const plan = JSON.parse(planJsonText(toPlanJson(exportModel(), exportNotes().values())));
    const bad = structuredClone(plan);
    bad.annotations[0].status = 'finished';
    expect(validate(bad)).toBe(false);
    const badDeadline = structuredClone(plan);
    badDeadline.items[0].deadline = { kind: 'month', year: 2020, month: 13 };
    expect(validate(badDeadline)).toBe(false);
    const missing = structuredClone(plan);
    delete missing.items[1].leadUnits;
    expect(validate(missing)).toBe(false);
  });

  test('the schema names itself when the site URL is known', () => {
    expect(planJsonSchema('https://example.org/data/plan.schema.json')).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://example.org/data/plan.schema.json',
    });
    expect(planJsonSchema()).not.toHaveProperty('$id');
  });

  test('the same input gives the same bytes', () => {
    const a = planJsonText(toPlanJson(exportModel(), exportNotes().values()));
    const b = planJsonText(toPlanJson(exportModel(), exportNotes().values()));
    expect(a).toBe(b);
    expect(a.endsWith('}\n')).toBe(true);
  });
});
