/** Step 3a: where an entry's units are written. */
import { describe, expect, test } from 'vitest';
import { findUnitBlock } from '../../../scripts/ingest/blocks.ts';

/** Joined lines and the offsets where each starts. */
function text(...parts: string[]): [string, Set<number>] {
  const starts = new Set<number>();
  let t = '';
  for (const p of parts) {
    starts.add(t.length);
    t += p;
  }
  return [t, starts];
}

describe('unit blocks', () => {
  test.each([
    ['（牵头单位：A局；责任单位：B局）', 'inline'],
    ['(责任单位:A局)', 'inline'],
    ['〔牵头单位：A局；配合单位：B局；完成时限：2023年10月底前〕', 'inline'],
    ['［责任处室：A处］', 'inline'],
  ])('%s at the end of the task', (block, form) => {
    const [t, s] = text('推进改革。', block);
    expect(findUnitBlock(t, s)).toMatchObject({ form, text: '推进改革。', unclosed: false });
  });
  test('a bracket never closed runs to the end', () => {
    const [t, s] = text('推进改革。(牵头单位:A局;完成时限:(2023年6月)');
    expect(findUnitBlock(t, s)).toMatchObject({ form: 'inline', unclosed: true });
  });
  test('labels on lines of their own; a closing paragraph after them is not a unit', () => {
    const [t, s] = text(
      '推进改革。',
      '牵头单位：A局',
      '责任单位：B局',
      '各级各部门要认真贯彻落实。',
    );
    expect(findUnitBlock(t, s)).toMatchObject({
      form: 'lines',
      text: '推进改革。',
      block: '牵头单位：A局责任单位：B局',
      after: '各级各部门要认真贯彻落实。',
    });
  });
  test('a label broken over two lines stays one label', () => {
    const [t, s] = text('推进改革。', '牵头单位：A局。完成', '时限：2023年12月。');
    expect(findUnitBlock(t, s)).toMatchObject({ form: 'lines', after: '' });
  });
  test('unlabelled roles, with or without a deadline', () => {
    for (const b of [
      '（A处负责，完成时限：2023年底前）',
      '（A局牵头，B局配合）',
      '（A局牵头，各处室按职责分工负责）',
    ])
      expect(findUnitBlock(...text('推进改革。', b))).toMatchObject({ form: 'unlabelled' });
  });
  test('label words in the task are text', () => {
    expect(findUnitBlock(...text('明确牵头单位和责任单位，由供电企业负责。'))).toBeNull();
    expect(findUnitBlock(...text('办理时限不超过10个工作日（含公示时间）。'))).toBeNull();
    expect(findUnitBlock(...text('各牵头单位要（按月）报送进展。'))).toBeNull();
  });
});
