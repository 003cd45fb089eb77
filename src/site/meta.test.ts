import { describe, expect, test } from 'vitest';
import { mainNav, NAV } from './meta.ts';

describe('mainNav', () => {
  test('the newswire is in the main navigation only once a source has been fetched', () => {
    expect(mainNav(false).map((n) => n.key)).toEqual(['timeline', 'providers', 'regions']);
    expect(mainNav(true)).toEqual(NAV);
  });
});
