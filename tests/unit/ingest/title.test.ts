import { describe, expect, test } from 'vitest';
import { firstSentence, itemTitle } from '../../../scripts/ingest/title.ts';

describe('item titles', () => {
  test.each([
    [
      '进一步压缩企业开办时间，探索推进一个工作日办结。在全市原压缩……',
      '进一步压缩企业开办时间，探索推进一个工作日办结',
    ],
    ['大力实施科技型企业培育计划', '大力实施科技型企业培育计划'],
    [
      '落实完善政府投资项目策划生成服务机制，需要新增用地、前期条件基本成熟的选取部分政府投资项目先行开展试点工作，先行先试，逐步推广。',
      '落实完善政府投资项目策划生成服务机制',
    ],
    [
      '加快实现APEC商务旅行卡等网上申报、网上审批，把真正实现“不见面”“只跑一次”落到实处。',
      '加快实现APEC商务旅行卡等网上申报、网上审批',
    ],
    [
      '持续落实将驻郑银行、小额贷款公司、融资担保公司、财务公司等接入机构掌握的信用数据接入央行金融信用信息基础数据库。',
      '持续落实将驻郑银行、小额贷款公司、融资担保公司',
    ],
  ])('%s', (text, title) => {
    expect(itemTitle(text)).toBe(title);
  });
  test('a long sentence without clause marks is cut at a word boundary, never inside a word or quote', () => {
    const text =
      '全面实施郑州国际航空货运枢纽战略规划加速推进郑州卢森堡双枢纽建设发挥自贸试验区郑州片区对外开放引领作用。';
    const t = itemTitle(text);
    expect([...t].length).toBeLessThanOrEqual(30);
    expect(text.startsWith(t)).toBe(true);
    const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map(
      (s) => s.index,
    );
    expect(words).toContain(t.length);
  });
  test('a sentence end inside quotes does not end the first sentence', () => {
    expect(firstSentence('推行“一次办好。”服务，提高效率。其他。')).toBe(
      '推行“一次办好。”服务，提高效率',
    );
  });
});
