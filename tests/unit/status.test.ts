import { describe, expect, test } from 'vitest';
import { STATUS_LABELS, statusView } from '../../src/lib/status.ts';

describe('statusView', () => {
  test('an item without a note says that no status is recorded', () => {
    expect(statusView(undefined)).toEqual({
      code: 'none',
      label: '暂无进展记录',
      icon: '—',
      asOf: null,
      asOfText: null,
      evidence: [],
      paragraphs: [],
    });
  });

  test('a note gives its status in words and a symbol, its date, evidence and body', () => {
    const view = statusView({
      item: 5,
      status: 'done',
      asOf: '2021-01-15',
      evidence: [{ title: '公告', url: 'https://example.gov.cn/1' }],
      body: '第一段第一行\n第一段第二行\n\nSecond paragraph\nsame paragraph.\n',
    });
    expect(view).toEqual({
      code: 'done',
      label: '已完成',
      icon: '✓',
      asOf: '2021-01-15',
      asOfText: '2021年1月15日',
      evidence: [{ title: '公告', url: 'https://example.gov.cn/1' }],
      paragraphs: ['第一段第一行第一段第二行', 'Second paragraph same paragraph.'],
    });
  });

  test('every status has its own words and symbol', () => {
    const labels = Object.values(STATUS_LABELS);
    expect(new Set(labels.map((l) => l.label)).size).toBe(labels.length);
    expect(new Set(labels.map((l) => l.icon)).size).toBe(labels.length);
  });
});
