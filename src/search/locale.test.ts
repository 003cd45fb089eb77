import { describe, expect, test } from 'vitest';
import { pinyinOf } from './build-index.ts';
import { countMsg, humanDate, localeOfLang, msg } from './locale.ts';

describe('search locale', () => {
  test.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['zh', 'zh'],
    ['zh-Hans', 'zh'],
    ['', 'en'],
    [null, 'en'],
  ] as const)('<html lang="%s"> is %s', (lang, locale) => {
    expect(localeOfLang(lang)).toBe(locale);
  });

  test.each([
    ['2025-09-05', 'en', false, '5 September 2025'],
    ['2025-09-05', 'zh', false, '2025年9月5日'],
    ['2024-06-01', 'en', true, 'June 2024'],
    ['2024-06-01', 'zh', true, '2024年6月'],
  ] as const)('%s in %s (month only: %s) reads "%s"', (iso, locale, month, text) => {
    expect(humanDate(iso, locale, month)).toBe(text);
  });

  test('strings come from the dictionary with their placeholders filled', () => {
    expect(msg('en', 'search.noResults', { query: 'x' })).toBe('No results for “x”.');
    expect(msg('zh', 'search.allResults', { count: 12 })).toBe('查看全部 12 条结果');
    expect(countMsg('en', 'search.count', 1)).toBe('1 result');
    expect(countMsg('en', 'search.count', 3)).toBe('3 results');
  });

  test('pinyin of a Chinese name, syllables joined by hyphens', () => {
    expect(pinyinOf('香港')).toBe('xiang-gang');
    expect(pinyinOf('智谱 AI')).toBe('zhi-pu');
    expect(pinyinOf('OpenAI')).toBe('');
  });
});
