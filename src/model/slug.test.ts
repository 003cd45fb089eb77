import { describe, expect, test } from 'vitest';
import { eventId, uniqueId } from './event-file.ts';
import { kebab } from './kebab.ts';
import { slugify } from './slug.ts';

describe('the one slugifier', () => {
  test.each([
    ['OpenAI blocks API traffic from China!', 'openai-blocks-api-traffic-from-china'],
    ["OpenAI's new rules", 'openais-new-rules'],
    ['Anthropic adds Côte d’Ivoire, removes none', 'anthropic-adds-cote-divoire-removes-none'],
    ['OpenAI将封锁中国API', 'openai-jiang-feng-suo-zhong-guo-api'],
    ['百度 changes', 'bai-du-changes'],
    ['word '.repeat(30), `${'word-'.repeat(11)}word`],
  ])('slugify(%j) is %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  test('a title without letters gets a stable non-empty slug', () => {
    expect(slugify('')).toMatch(/^item-[0-9a-f]{8}$/);
    expect(slugify('！？……')).toBe(slugify('！？……'));
    expect(slugify('！？……')).not.toBe(slugify('？'));
  });

  test('the search index kebab is the slug of a Latin title, uncut', () => {
    const title = `Zhipu AI's GLM-4 — 150 million free tokens ${'and more '.repeat(10)}`;
    expect(slugify(title)).toBe(kebab(title, 60));
    expect(kebab(title).startsWith(slugify(title))).toBe(true);
  });

  test('ids clash into -2, -3', () => {
    const taken = new Set(['2024-06-25-a', '2024-06-25-a-2']);
    expect(uniqueId(eventId('2024-06-25', 'A'), (id) => taken.has(id))).toBe('2024-06-25-a-3');
    expect(uniqueId(eventId('2024-06-25', 'B'), (id) => taken.has(id))).toBe('2024-06-25-b');
  });
});
