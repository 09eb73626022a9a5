import { expect, test } from 'vitest';
import { bodyText, wordExcerpt } from '../../../src/lib/search/excerpt.ts';

const title = '完善网上办税服务';
const content =
  '完善网上办税服务. 完善网上办税服务。优化完善电子税务局各项功能，努力实现办税事项“零跑动”。主附税种实现“合并申报、一次缴纳”；纳税人可网上自主更正申报和补缴税款。 市税务局. 2020年12月.';

test('the excerpt leaves out the title and its repetition as the first sentence', () => {
  expect(bodyText(content, title).startsWith('优化完善电子税务局')).toBe(true);
});

test('the matched words are marked whole, in context', () => {
  const html = wordExcerpt(content, title, ['交税', '纳税', '办税'])!;
  expect(html).toContain('<mark>办税</mark>事项');
  expect(html).toContain('<mark>纳税</mark>人');
  expect(html).not.toContain(title);
});

test('text is escaped; only <mark> is markup', () => {
  const html = wordExcerpt('标题. 正文 <b>税</b> & 纳税', '标题', ['纳税'])!;
  expect(html).toBe('正文 &lt;b&gt;税&lt;/b&gt; &amp; <mark>纳税</mark>');
});

test('a page matched only in its title shows how its text opens', () => {
  expect(wordExcerpt('办电. 别的内容', '办电', ['办电'])).toBe('别的内容');
  expect(wordExcerpt('办电.', '办电', ['办电'])).toBeNull();
});
