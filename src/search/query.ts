/**
 * Runs a query against the engine: each term becomes a set of scored documents, the sets are
 * intersected (every term must match; a term that matches nothing is ignored rather than
 * emptying the result), and documents are ranked by score, then providers before events,
 * then newest first.
 */
import type { SearchDoc, SearchEngine } from './engine.ts';
import { cjkGrams, queryTerms, type QueryTerm } from './tokenize.ts';
import { matchWords } from './words.ts';

export interface SearchResult {
  /** How many documents matched. */
  total: number;
  /** The best `limit` of them. */
  docs: SearchDoc[];
}

type Scores = Map<number, number>;

/** Adds a token's postings to `scores` at `quality`, keeping each document's best. */
function collect(scores: Scores, postings: number[] | undefined, quality: number): void {
  if (!postings) return;
  for (const p of postings) {
    const doc = p >> 2;
    const s = quality * (p & 3);
    if ((scores.get(doc) ?? 0) < s) scores.set(doc, s);
  }
}

function latinScores(engine: SearchEngine, term: string): Scores {
  const scores: Scores = new Map();
  for (const { word, quality } of matchWords(engine, term)) collect(scores, engine.postings.get(word), quality);
  return scores;
}

/** A CJK run matches documents holding all its bigrams (a single character: that character). */
function cjkScores(engine: SearchEngine, run: string): Scores {
  const chars = [...run];
  const grams = chars.length === 1 ? chars : cjkGrams(run).slice(chars.length);
  let scores: Scores | undefined;
  for (const g of grams) {
    const next: Scores = new Map();
    collect(next, engine.postings.get(g), 1);
    if (scores) for (const [doc, s] of next) next.set(doc, Math.min(s, scores.get(doc) ?? 0));
    scores = new Map([...next].filter(([, s]) => s > 0));
    if (!scores.size) break;
  }
  return scores ?? new Map();
}

function termScores(engine: SearchEngine, term: QueryTerm): Scores {
  return term.cjk ? cjkScores(engine, term.text) : latinScores(engine, term.text);
}

/** Documents matched by every non-empty term set, scores summed; the smallest set drives the loop. */
function intersect(sets: Scores[]): Scores {
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  const out: Scores = new Map();
  if (!first) return out;
  for (const [doc, s] of first) {
    let total = s;
    for (const other of rest) {
      const t = other.get(doc);
      if (t === undefined) {
        total = -1;
        break;
      }
      total += t;
    }
    if (total > 0) out.set(doc, total);
  }
  return out;
}

/** Best first; equal scores: lower document index first (providers, then newest events). */
function rank(scores: Scores, limit: number): number[] {
  const entries = [...scores];
  entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return entries.slice(0, limit).map(([doc]) => doc);
}

export function search(engine: SearchEngine, query: string, limit = 10): SearchResult {
  const sets = queryTerms(query).map((t) => termScores(engine, t)).filter((s) => s.size > 0);
  const scores = intersect(sets);
  return { total: scores.size, docs: rank(scores, limit).map((d) => engine.docs[d]) };
}
