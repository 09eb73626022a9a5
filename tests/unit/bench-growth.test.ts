import { describe, expect, test } from 'vitest';
import { pageKind } from '../../scripts/bench/growth.ts';

describe('bench page growth: page types by URL shape', () => {
  test.each([
    ['index.html', 'home'],
    ['404.html', '404'],
    ['search/index.html', 'search'],
    ['data/index.html', 'data'],
    ['items/5/index.html', 'redirect (first release)'],
    ['notice/index.html', 'redirect (first release)'],
    ['zhengzhou/index.html', 'place'],
    ['zhengzhou/departments/shi-shui-wu-ju/index.html', 'place department'],
    ['zhengzhou/2020/index.html', 'plan home'],
    ['zhengzhou/2020/source/index.html', 'plan source'],
    ['zhengzhou/2020/items/5/index.html', 'plan item'],
    ['zhengzhou/2020/indicators/paying-taxes/index.html', 'plan indicator'],
    ['zhengzhou/2020/departments/shi-shui-wu-ju/index.html', 'plan department'],
  ])('%s is a %s page', (file, kind) => {
    expect(pageKind(file)).toBe(kind);
  });
});
