/**
 * Which vocabulary words a Latin query term stands for, each with a quality in (0, 1]:
 * the word itself (1), words it begins (the user is still typing), and — when the term is not
 * a word of the vocabulary — near spellings. Typo candidates are found cheaply through shared
 * trigrams, then only that handful is ranked by fuse.js (its basic build: no extended search
 * syntax is needed), so fuzzy matching never scans the whole vocabulary.
 */
import Fuse from 'fuse.js/basic';
import { trigrams, type SearchEngine } from './engine.ts';
import { WORD_GROUP } from './synonyms.ts';

export interface WordMatch {
  word: string;
  quality: number;
}

const MAX_PREFIX_WORDS = 64;
const MAX_FUZZY_CANDIDATES = 48;
/** fuse.js options: matches anchored at the word start (location 0, short distance). */
const FUSE_OPTIONS = { includeScore: true, location: 0, distance: 8, isCaseSensitive: true };

/** Typos tolerated: one up to 5 letters, two up to 9, then three (fuse.js's score ≈ errors / length). */
export function fuseThreshold(length: number): number {
  const errors = length <= 5 ? 1 : length <= 9 ? 2 : 3;
  return (errors + 0.5) / length;
}

/** First index in the sorted `vocab` whose word is ≥ `term`. */
function lowerBound(vocab: string[], term: string): number {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocab[mid] < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words that start with `term` (not `term` itself), up to a cap. */
export function prefixWords(vocab: string[], term: string): WordMatch[] {
  const out: WordMatch[] = [];
  for (let i = lowerBound(vocab, term); i < vocab.length && out.length < MAX_PREFIX_WORDS; i++) {
    const word = vocab[i];
    if (!word.startsWith(term)) break;
    if (word !== term) out.push({ word, quality: 0.6 + (0.3 * term.length) / word.length });
  }
  return out;
}

/** Vocabulary words sharing the most trigrams with `term` and of a similar length. */
function typoCandidates(engine: SearchEngine, term: string): string[] {
  const shared = new Map<number, number>();
  for (const g of trigrams(term)) {
    for (const i of engine.grams.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  }
  const least = term.length <= 4 ? 1 : 2;
  const ranked: [number, number][] = [];
  for (const [i, n] of shared) {
    if (n >= least && Math.abs(engine.vocab[i].length - term.length) <= 2) ranked.push([i, n]);
  }
  ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return ranked.slice(0, MAX_FUZZY_CANDIDATES).map(([i]) => engine.vocab[i]);
}

/** Near spellings of `term`, ranked by fuse.js over the trigram candidates only. */
export function typoWords(engine: SearchEngine, term: string): WordMatch[] {
  const candidates = typoCandidates(engine, term);
  if (!candidates.length) return [];
  return new Fuse(candidates, { ...FUSE_OPTIONS, threshold: fuseThreshold(term.length) })
    .search(term)
    .map(({ item, score = 1 }) => ({
      word: item,
      quality: 0.75 * (1 - score) * (Math.min(item.length, term.length) / Math.max(item.length, term.length)),
    }));
}

/** Every word a Latin term may stand for, best quality per word. */
export function matchWords(engine: SearchEngine, term: string): WordMatch[] {
  const exact = engine.postings.has(term) || engine.groups.has(term) || WORD_GROUP.has(term);
  const found: WordMatch[] = exact ? [{ word: term, quality: 1 }] : [];
  if (term.length >= 2) found.push(...prefixWords(engine.vocab, term));
  if (!exact && term.length >= 3) found.push(...typoWords(engine, term));
  const best = new Map<string, number>();
  for (const m of found) if ((best.get(m.word) ?? 0) < m.quality) best.set(m.word, m.quality);
  return [...best].map(([word, quality]) => ({ word, quality }));
}
