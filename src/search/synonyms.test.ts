import { describe, expect, test } from 'vitest';
import { cjkKeys, phraseKeys, splitCjkRun, SYNONYM_GROUPS, WORD_GROUP } from './synonyms.ts';
import { indexTokens, normalize, queryTerms } from './tokenize.ts';

const keysOf = (text: string) => indexTokens(text).filter((t) => t.startsWith('='));

describe('synonym groups', () => {
  test('no word belongs to two groups', () => {
    const all = SYNONYM_GROUPS.flatMap((g) => [...g.words, ...g.zh]);
    expect(all.length).toBe(new Set(all).size);
    expect(WORD_GROUP.size).toBe(SYNONYM_GROUPS.flatMap((g) => g.words).length);
  });

  test.each([
    ['Iowa forbids DeepSeek, RedNote and Lemon8 in state government', '=ban'],
    ["Italy's data protection authority orders DeepSeek to stop processing", '=ban'],
    ["South Korea's privacy regulator suspends new downloads of the app", '=ban'],
    ['US Navy tells its members not to use DeepSeek in any capacity', '=ban'],
    ['Dutch civil servants may not use DeepSeek, the minister confirms', '=ban'],
    ["India's Finance Ministry advises staff against AI apps", '=ban'],
    ['Texas bars DeepSeek from state government devices', '=ban'],
    ['美国海军要求全体人员不得以任何形式使用深度求索', '=ban'],
    ['韩国个人信息保护机构暂停深度求索应用的新下载', '=ban'],
    ['DeepSeek launches V3.2-Exp and cuts its API prices by more than half', '=free'],
    ['Alibaba Cloud price cut for Qwen', '=free'],
    ['阿里云通义千问降价', '=free'],
    ['Zhipu special migration program for OpenAI users', '=migrate'],
    ['百度推出搬家计划', '=migrate'],
  ])('"%s" is indexed under %s', (text, key) => {
    expect(keysOf(text)).toContain(key);
  });

  test.each([
    ['DeepSeek releases its R1 reasoning model as open weights'],
    ['Microsoft and OpenAI examine whether a group pulled API data'],
    ['深度求索发布 DeepSeek-V2'],
  ])('"%s" names no group', (text) => {
    expect(keysOf(text)).toEqual([]);
  });

  test('phrases are found on normalized text only where they are', () => {
    expect(phraseKeys(normalize('The ministry told staff not to install it'))).toEqual(['=ban']);
    expect(phraseKeys(normalize('Not a problem, says the minister'))).toEqual([]);
  });

  test('Chinese words are found inside a run', () => {
    expect(cjkKeys('得克萨斯州禁止在州政府设备上使用')).toEqual(['=ban']);
    expect(splitCjkRun('禁止使用')).toEqual({ keys: ['=ban'], rest: ['使用'] });
    expect(splitCjkRun('迁移')).toEqual({ keys: ['=migrate'], rest: [] });
    expect(splitCjkRun('百度')).toEqual({ keys: [], rest: ['百度'] });
  });
});

describe('queries with synonyms', () => {
  test('a Chinese synonym becomes a group term, the rest stays a phrase', () => {
    expect(queryTerms('deepseek 禁止')).toEqual([
      { text: 'deepseek', cjk: false },
      { text: '=ban', cjk: false, key: true },
    ]);
    expect(queryTerms('百度 迁移')).toEqual([
      { text: '百度', cjk: true },
      { text: '=migrate', cjk: false, key: true },
    ]);
  });

  test('a phrase becomes one group term and leaves the other words', () => {
    expect(queryTerms('navy tells staff not to use')).toEqual([
      { text: '=ban', cjk: false, key: true },
      { text: 'navy', cjk: false },
    ]);
    expect(queryTerms('qwen price cut')).toEqual([
      { text: '=free', cjk: false, key: true },
      { text: 'qwen', cjk: false },
    ]);
  });
});
