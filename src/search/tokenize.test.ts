import { describe, expect, test } from 'vitest';
import { cjkGrams, indexTokens, normalize, queryTerms } from './tokenize.ts';

describe('normalize', () => {
  test.each([
    ['lower-cases Latin text', 'OpenAI', 'openai'],
    ['removes accents', 'Café Zürich', 'cafe zurich'],
    ['folds full-width letters and digits to ASCII', 'ＧＬＭ－４', 'glm-4'],
    ['leaves Chinese as it is', '智谱AI', '智谱ai'],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});

describe('indexTokens', () => {
  test.each([
    [
      'splits words and drops stopwords',
      'OpenAI blocks API traffic from China',
      ['openai', 'blocks', '=ban', 'api', 'traffic', 'china'],
    ],
    ['keeps the parts and the joined form of a compound', 'GLM-4-Flash', ['glm', '4', 'flash', 'glm4flash']],
    ['keeps a dotted name whole as well', 'Z.ai', ['z', 'ai', 'zai']],
    ['turns a Chinese run into characters and bigrams', '智谱AI', ['智', '谱', '智谱', 'ai']],
    [
      'handles mixed Chinese and Latin text',
      '百度文心 ERNIE',
      ['百', '度', '文', '心', '百度', '度文', '文心', 'ernie'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(indexTokens(input)).toEqual(expected);
  });
});

describe('cjkGrams', () => {
  test('lists the characters first, then the bigrams', () => {
    expect(cjkGrams('通义千问')).toEqual(['通', '义', '千', '问', '通义', '义千', '千问']);
  });
});

describe('queryTerms', () => {
  test.each([
    ['one word', 'ernei', [{ text: 'ernei', cjk: false }]],
    [
      'several words, stopwords dropped',
      'block of the API',
      [
        { text: 'block', cjk: false },
        { text: 'api', cjk: false },
      ],
    ],
    ['only stopwords: kept', 'the', [{ text: 'the', cjk: false }]],
    ['a Chinese run as one phrase term', '通义千问', [{ text: '通义千问', cjk: true }]],
    [
      'Chinese and Latin mixed',
      '智谱 GLM-4',
      [
        { text: '智谱', cjk: true },
        { text: 'glm', cjk: false },
        { text: '4', cjk: false },
      ],
    ],
    ['punctuation only: nothing', '  -- ', []],
  ])('%s', (_name, input, expected) => {
    expect(queryTerms(input)).toEqual(expected);
  });
});
