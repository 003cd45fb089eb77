import { describe, expect, test } from 'vitest';
import { addChineseTitles, createEngine } from './engine.ts';
import type { SearchIndexFile, SearchIndexZhFile } from './index-format.ts';
import { search } from './query.ts';

const main: SearchIndexFile = {
  v: 3,
  types: ['restriction', 'incentive'],
  providers: [
    ['baidu', 'Baidu', '百度', ['ERNIE', 'bai-du']],
    ['openai', 'OpenAI', '', ['ChatGPT']],
  ],
  regions: [['HK', 'Hong Kong', '香港', 'xiang-gang']],
  terms: ['=ban'],
  events: [
    ['2025-02-01', 0, 'a', 'OpenAI acts in Hong Kong', 0, 0, [1], [0], [], [0]],
    ['2024-06-25', 0, 'b', 'Baidu offers ERNIE tokens', 1, 0, [0], [], [], []],
  ],
  cells: [[1, 'api', 'not-supported', '2026-11-28', [0]]],
};
const zh: SearchIndexZhFile = {
  v: 3,
  events: 2,
  titles: ['OpenAI 在香港采取行动', '百度为开发者提供文心令牌'],
  descriptions: ['百度总部位于北京', ''],
};

describe('engine', () => {
  test('a summary that names a synonym group makes its event match the group', () => {
    const engine = createEngine(main);
    expect(search(engine, 'openai forbids').docs.map((d) => d.id)).toEqual(['2025-02-01-a']);
  });

  test('Chinese titles and descriptions are searchable once added, and shown', () => {
    const engine = createEngine(main);
    expect(search(engine, '令牌').total).toBe(0);
    expect(search(engine, '北京').total).toBe(0);
    addChineseTitles(engine, zh);
    expect(search(engine, '令牌').docs.map((d) => d.id)).toEqual(['2024-06-25-b']);
    expect(search(engine, '北京').docs.map((d) => d.id)).toEqual(['baidu']);
    expect(engine.docs.find((d) => d.id === '2024-06-25-b')?.titleZh).toBe('百度为开发者提供文心令牌');
  });

  test('a Chinese file from another build is refused', () => {
    expect(() => addChineseTitles(createEngine(main), { ...zh, events: 3 })).toThrow(/same build/);
  });

  test('region pinyin, whole and in syllables, finds the region events', () => {
    const engine = createEngine(main);
    expect(search(engine, 'xianggang').docs.map((d) => d.id)).toEqual(['2025-02-01-a']);
    expect(search(engine, 'xiang gang').docs.map((d) => d.id)).toEqual(['2025-02-01-a']);
  });

  test('cells are indexed by provider and region, API first', () => {
    expect(createEngine(main).cells.get('1|0')).toEqual([
      { surface: 'api', status: 'not-supported', checked: '2026-11-28' },
    ]);
  });
});
