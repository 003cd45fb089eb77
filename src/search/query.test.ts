import { beforeAll, describe, expect, test } from 'vitest';
import type { SearchEngine } from './engine.ts';
import { engineOfContentDir } from './content-index.ts';
import { search } from './query.ts';
import { findCell } from './cells.ts';

let engine: SearchEngine;
beforeAll(async () => {
  engine = await engineOfContentDir('tests/fixtures/search-content');
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

  test.each([
    ['an English synonym of the title verb', 'deepseek ban', 'event:2025-01-30-candidate-deepseek-italy-block'],
    ['a Chinese synonym', 'deepseek 禁止', 'event:2025-01-30-candidate-deepseek-italy-block'],
    [
      'a phrase standing for the group',
      'openai tells developers not to',
      'event:2024-06-25-openai-china-api-block-notice',
    ],
    ['"free" for a price cut', 'qwen discount', 'event:2024-05-21-alibaba-tongyi-price-cut'],
    ['"price cut" for a Chinese 降价 title', 'alibaba price cut', 'event:2024-05-21-alibaba-tongyi-price-cut'],
    ['迁移 for an English "migration" title', '百度 迁移', 'event:2024-06-25-baidu-ernie-inclusive-program'],
    ['a synonym no document spells', 'openai prohibits', 'event:2024-07-09-openai-china-api-block-effective'],
    ['a typo in a synonym', 'openai forbdis', 'event:2024-07-09-openai-china-api-block-effective'],
    ['the pinyin of a region name', 'yidali', 'event:2025-01-30-candidate-deepseek-italy-block'],
  ])('finds an event through %s ("%s")', (_name, query, expected) => {
    expect(top(query, 20)).toContain(expected);
  });

  test('a synonym does not loosen the other terms', () => {
    expect(top('deepseek ban', 20).filter((id) => id.startsWith('event:'))).toEqual([
      'event:2025-01-30-candidate-deepseek-italy-block',
    ]);
  });

  test('orders by relevance, then newest first', () => {
    const result = search(engine, 'openai block', 20).docs.filter((d) => d.kind === 'event');
    // Both block events say "block" in their titles and outrank events that only match by type or region.
    expect(result.slice(0, 2).map((d) => d.id)).toEqual([
      '2024-07-09-openai-china-api-block-effective',
      '2024-06-25-openai-china-api-block-notice',
    ]);
  });
});

describe('availability answer', () => {
  test.each([
    ['openai china', 'openai', 'CN'],
    ['chatgpt mainland china', 'openai', 'CN'],
    ['OpenAI 中国', 'openai', 'CN'],
    ['openai zhongguo', 'openai', 'CN'],
    ['deepseek italy', 'deepseek', 'IT'],
    ['深度求索 意大利', 'deepseek', 'IT'],
  ])('"%s" names %s in %s', (query, provider, region) => {
    const answer = findCell(engine, query);
    expect(answer?.provider.id).toBe(provider);
    expect(answer?.region.id).toBe(region);
  });

  test('the answer carries the known cell, API first', () => {
    expect(findCell(engine, 'openai china')?.cells[0]).toMatchObject({ surface: 'api', status: 'blocked' });
    expect(findCell(engine, 'deepseek italy')?.cells).toEqual([]);
  });

  test.each([['openai'], ['china'], ['openai chin'], ['opnai china'], ['openai block']])(
    '"%s" names no pair',
    (query) => {
      expect(findCell(engine, query)).toBeUndefined();
    },
  );
});

describe('without the Chinese titles file', () => {
  test('Latin queries and Chinese names still work; Chinese title words wait for the file', async () => {
    const en = await engineOfContentDir('tests/fixtures/search-content', false);
    expect(search(en, 'deepseek ban', 5).docs.map((d) => d.id)).toContain('2025-01-30-candidate-deepseek-italy-block');
    expect(search(en, '智谱', 1).docs[0]?.id).toBe('zhipu-ai');
    expect(search(en, 'deepseek 禁止', 5).docs.map((d) => d.id)).toContain('2025-01-30-candidate-deepseek-italy-block');
    expect(en.docs.every((d) => d.kind === 'provider' || d.titleZh === '')).toBe(true);
  });
});
