import { describe, expect, test } from 'vitest';
import { pagePaths, routePath } from './sitemap.ts';

describe('routePath', () => {
  test.each([
    ['./index.astro', {}, ''],
    ['./about/index.astro', {}, 'about/'],
    ['./newswire.astro', {}, 'newswire/'],
    ['./events/[id].astro', { id: '2024-06-25-x' }, 'events/2024-06-25-x/'],
    ['./filter/[key]/[value].astro', { key: 'type', value: 'policy' }, 'filter/type/policy/'],
  ])('turns %s with %j into "%s"', (file, params, expected) => {
    expect(routePath(file, params)).toBe(expected);
  });
  test('names the missing parameter', () => {
    expect(() => routePath('./events/[id].astro', {})).toThrow(/events\/\[id\]\.astro needs the parameter "id"/);
  });
});

test('lists static pages and every generated path, leaving out 404', async () => {
  const paths = await pagePaths({
    './index.astro': {},
    './404.astro': {},
    './providers/[id].astro': { getStaticPaths: async () => [{ params: { id: 'b' } }, { params: { id: 'a' } }] },
  });
  expect(paths).toEqual(['', 'providers/a/', 'providers/b/']);
});
