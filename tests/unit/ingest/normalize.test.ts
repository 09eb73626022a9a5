import { describe, expect, test } from 'vitest';
import { LINE_RULES, normalizeLines } from '../../../scripts/ingest/normalize.ts';

const norm = (s: string) => normalizeLines([s]).lines[0];

describe('normalisation rules', () => {
  test.each(LINE_RULES.map((r) => [r.id, r] as const))('%s: its own example holds', (_id, rule) => {
    expect(rule.apply(rule.example.before)).toBe(rule.example.after);
  });
  test.each([
    ['2020 年 6 月', '2020年6月'],
    ['深入做好 2020 年优化营商环境 工作的通知', '深入做好2020年优化营商环境工作的通知'],
    ['(三)降低企业获得信贷难度和成本', '（三）降低企业获得信贷难度和成本'],
    ['(二) 加强考核督导。', '（二）加强考核督导。'],
    ['《郑州市打造》(见附件), 靠前主动服务, 加强', '《郑州市打造》（见附件），靠前主动服务，加强'],
    ['办理出口退(免)税申报', '办理出口退（免）税申报'],
    ['67.“掌上办”扩大范围', '67.“掌上办”扩大范围'],
    ['1．进一步压缩', '1.进一步压缩'],
    ['2、加快', '2.加快'],
    ['1. 进一步压缩', '1.进一步压缩'],
    ['PM₁₀ 年均浓度不高于 104 微克/立方米', 'PM₁₀年均浓度不高于104微克/立方米'],
    ['地表水 III 类水质', '地表水III类水质'],
    ['２０２０年', '2020年'],
    ['\u3000\u3000责任单位：市税务局。\t', '责任单位：市税务局。'],
    ['链接 (http://example.com) 与 1,000 和 8:30', '链接(http://example.com)与1,000和8:30'],
    ['2.0 版', '2.0版'],
  ])('%s → %s', (before, after) => {
    expect(norm(before)).toBe(after);
  });
  test('counts the lines each rule changed', () => {
    const n = normalizeLines(['2020 年', '无需改动。', '(三)好']);
    expect(n.applied.get('cjk-spaces')).toBe(1);
    expect(n.applied.get('halfwidth-parentheses')).toBe(1);
    expect(n.applied.get('whitespace')).toBe(0);
  });
});
