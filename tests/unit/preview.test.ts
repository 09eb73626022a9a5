/** `npm run preview` serves a build at the base it was built for (scripts/preview.ts). */
import { expect, test } from 'vitest';
import { builtBase } from '../../scripts/preview.ts';

test('reads the base from the favicon link of a built page', () => {
  expect(builtBase('<link rel="icon" href="/policy/favicon.svg" type="image/svg+xml">')).toBe(
    '/policy/',
  );
  expect(builtBase('<link rel="icon" href="/favicon.svg" type="image/svg+xml">')).toBe('/');
  expect(builtBase('<link href="/a/b/favicon.svg" rel="icon">')).toBe('/a/b/');
});

test('gives null for a page without one (the script then falls back to "/")', () => {
  expect(builtBase('<html><head></head></html>')).toBeNull();
  expect(builtBase('<link rel="stylesheet" href="/policy/favicon.svg">')).toBeNull();
});
