/** Step 2: the commitment level and the items it gives. */
import { describe, expect, test } from 'vitest';
import { carriesUnits, readEntry } from '../../../scripts/ingest/commitment.ts';
import { commitmentLevel, itemsOf } from '../../../scripts/ingest/level.ts';
import { outlineOf } from '../../../scripts/ingest/outline.ts';
import type { Entry } from '../../../scripts/ingest/types.ts';

function plan(...texts: string[]) {
  const ls = texts.map((text, i) => ({ line: i + 1, endLine: i + 1, text }));
  const o = outlineOf(ls, texts, []);
  const stats = { rules: 0 };
  const carries = (e: Entry) => carriesUnits(readEntry(e, stats));
  const level = commitmentLevel(o.entries, carries)!;
  const items = itemsOf(o.roots, level, carries).map((n) => n.entry.label);
  return { level, items };
}
const U = '（责任单位：A局）';

describe('commitment level', () => {
  test('a section that is its own task does not make its level the commitment level', () => {
    expect(
      plan(
        '一、范围',
        '（一）甲',
        '二、措施',
        '（一）乙',
        `1.丙。${U}`,
        `2.丁。${U}`,
        '（二）戊',
        `1.己。${U}`,
        `（三）庚。${U}`,
      ),
    ).toEqual({ level: 'num-dot@2', items: ['1.', '2.', '1.', '（三）'] });
  });
  test('a closing section whose entries carry units is items; one whose entries carry none is not', () => {
    expect(
      plan(
        '一、目标',
        '（一）甲。',
        '二、任务',
        `1.乙。${U}`,
        `2.丙。${U}`,
        '三、保障',
        `（一）丁。${U}`,
        '四、要求',
        '（一）戊。',
      ),
    ).toEqual({ level: 'num-dot@1', items: ['1.', '2.', '（一）'] });
  });
  test('an entry of the level without units is an item in a task section', () => {
    expect(
      plan('一、任务', `（一）甲。${U}`, '（二）乙。', `（三）丙。${U}`, '二、要求', '（四）丁。'),
    ).toEqual({
      level: 'cn-paren@1',
      items: ['（一）', '（二）', '（三）'],
    });
  });
  test('units on a parent only: its children are the items', () => {
    expect(plan('一、任务', `（一）甲${U}`, '1.乙。', '2.丙。', `（二）丁。${U}`)).toMatchObject({
      level: 'cn-paren@1',
    });
  });
  test('no entry carries units: no level', () => {
    expect(commitmentLevel([], () => false)).toBeNull();
  });
});
