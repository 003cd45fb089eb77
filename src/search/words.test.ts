import { describe, expect, test } from 'vitest';
import { createEngine } from './engine.ts';
import type { SearchIndexFile } from './index-format.ts';
import { matchWords, prefixWords } from './words.ts';
import { topK } from './top-k.ts';

/** A one-provider index whose vocabulary holds the given title words. */
function engineWith(titles: string[]) {
  const file: SearchIndexFile = {
    v: 3,
    types: ['report'],
    providers: [['baidu', 'Baidu', '百度', ['ERNIE']]],
    regions: [],
    terms: [],
    events: titles.map((t, i) => [`2024-01-0${i + 1}`, 0, `e${i}`, t, 0, 0, [0], [], [], []]),
    cells: [],
  };
  return createEngine(file);
}

const engine = engineWith([
  'migration program for internet users',
  'marathon restriction notice',
  'zhipu opens platform',
]);
const words = (term: string) =>
  matchWords(engine, term)
    .map((m) => m.word)
    .sort();

describe('matchWords', () => {
  test.each([
    ['a swapped pair of letters', 'ernei', 'ernie'],
    ['one wrong letter', 'zhipo', 'zhipu'],
    ['one missing letter', 'migraton', 'migration'],
    ['two errors in a long word', 'restrcton', 'restriction'],
  ])('matches a word with %s ("%s" → "%s")', (_name, term, word) => {
    expect(words(term)).toContain(word);
  });

  test.each([
    ['a word with three differences', 'marathon', 'migration'],
    ['a word that only contains the term further in', 'ernei', 'internet'],
  ])('does not match %s ("%s" ↛ "%s")', (_name, term, word) => {
    expect(words(term)).not.toContain(word);
  });

  test('an exact word is the best match and skips typo matching', () => {
    expect(matchWords(engine, 'marathon')).toEqual([{ word: 'marathon', quality: 1 }]);
  });

  test('a word being typed matches the words it begins', () => {
    // The vocabulary holds the title words and every synonym word (synonyms.ts), documents or not.
    expect(prefixWords(engine.vocab, 'mi').map((m) => m.word)).toEqual([
      'migrate',
      'migrated',
      'migrates',
      'migrating',
      'migration',
      'migrations',
    ]);
    expect(prefixWords(engine.vocab, 'mar').map((m) => m.word)).toEqual(['marathon']);
  });
});

describe('topK', () => {
  test.each([
    ['keeps the highest scores, ties by lower document number', [7, 3, 9, 4, 1], [2, 5, 2, 5, 1], 3, [3, 4, 7]],
    ['returns all when there are fewer than k', [4, 2], [1, 3], 5, [2, 4]],
    ['returns nothing for no documents', [], [], 2, []],
  ])('%s', (_name, docs, scores, k, best) => {
    expect(topK(docs, scores, k)).toEqual(best);
  });
});
