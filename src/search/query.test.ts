import { beforeAll, describe, expect, test } from 'vitest';
import { createEngine, type SearchEngine } from './engine.ts';
import { indexContentDir } from './content-index.ts';
import { search } from './query.ts';

let engine: SearchEngine;
beforeAll(async () => {
  engine = createEngine(await indexContentDir('tests/fixtures/search-content'));
});

/** `kind:id` of the first `n` results. */
const top = (query: string, n = 5) => search(engine, query, n).docs.map((d) => `${d.kind}:${d.id}`);

describe('search', () => {
  test.each([
    ['finds a provider by a typo in a model alias', 'ernei', 'provider:baidu'],
    ['finds a provider by a typo in its name', 'zhipo', 'provider:zhipu-ai'],
    ['finds a provider by its Chinese name', '智谱', 'provider:zhipu-ai'],
    ['finds a provider by a two-character Chinese name', '百度', 'provider:baidu'],
    ['finds a provider by part of a Chinese product name', '通义', 'provider:alibaba-cloud'],
    ['finds a provider by a word being typed', 'alib', 'provider:alibaba-cloud'],
    ['finds a provider by its product name', 'qwen', 'provider:alibaba-cloud'],
  ])('%s ("%s")', (_name, query, expected) => {
    expect(top(query)[0]).toBe(expected);
  });

  test.each([
    ['a title phrase', 'migration program', 'event:2024-06-26-zhipu-special-migration-program'],
    ['words from the title and the region', 'openai block china', 'event:2024-07-09-openai-china-api-block-effective'],
    ['a model name', 'qwen-long', 'event:2024-05-21-alibaba-tongyi-price-cut'],
    ['a Chinese title phrase', '降价', 'event:2024-05-21-alibaba-tongyi-price-cut'],
    ['a region in Chinese', '意大利', 'event:2025-01-30-candidate-deepseek-italy-block'],
    ['a typo in a title word', 'migraton', 'event:2024-06-26-zhipu-special-migration-program'],
  ])('finds an event by %s ("%s")', (_name, query, expected) => {
    expect(top(query, 10)).toContain(expected);
  });

  test('requires every term to match', () => {
    const ids = top('deepseek italy', 20);
    expect(ids).toContain('event:2025-01-30-candidate-deepseek-italy-block');
    expect(ids).not.toContain('event:2024-06-26-zhipu-special-migration-program');
  });

  test('ignores a term that matches nothing instead of returning nothing', () => {
    expect(top('zhipu qqqqqqq')[0]).toBe('provider:zhipu-ai');
  });

  test('marks candidate events and leaves rejected ones out', () => {
    const deepseek = search(engine, 'deepseek', 20).docs;
    expect(deepseek.find((d) => d.kind === 'event')?.candidate).toBe(true);
    expect(top('marathon', 20)).toEqual([]);
  });

  test('ranks newer events first when they match equally', () => {
    // No fixture title says "incentive": every incentive event matches through its type alone.
    const dates = search(engine, 'incentive', 20).docs.map((d) => d.date);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('counts every match but returns only the limit', () => {
    const result = search(engine, 'openai', 2);
    expect(result.docs).toHaveLength(2);
    expect(result.total).toBeGreaterThan(2);
  });

  test('an empty query finds nothing', () => {
    expect(search(engine, '   ')).toEqual({ total: 0, docs: [] });
  });
});
