/**
 * Runs a query against the engine. Each term scores every document in a typed array (the best
 * of its matching words: quality × weight); a document must match every term that matches
 * anything (a term matching nothing is ignored rather than emptying the result); scores are
 * summed and the best `limit` kept, ties going to the lower doc number: providers, then newest.
 * Work is proportional to the postings touched plus one pass over the documents per term.
 */
import type { SearchDoc, SearchEngine } from './engine.ts';
import { cjkGrams, queryTerms, type QueryTerm } from './tokenize.ts';
import { matchWords } from './words.ts';
import { topK } from './top-k.ts';

export interface SearchResult {
  /** How many documents matched. */
  total: number;
  /** The best `limit` of them. */
  docs: SearchDoc[];
}

/** Raises `scores` with one token's postings and groups at `quality`; returns whether it hit. */
function addToken(engine: SearchEngine, scores: Float32Array, token: string, quality: number): boolean {
  const postings = engine.postings.get(token);
  const groups = engine.groups.get(token);
  if (postings) {
    for (const p of postings) {
      const s = quality * (p & 3);
      if (scores[p >> 2] < s) scores[p >> 2] = s;
    }
  }
  if (groups) {
    for (const group of groups) for (const doc of group) if (scores[doc] < quality) scores[doc] = quality;
  }
  return !!(postings || groups);
}

function latinScores(engine: SearchEngine, term: string): Float32Array | undefined {
  const scores = new Float32Array(engine.docs.length);
  let hit = false;
  for (const { word, quality } of matchWords(engine, term)) hit = addToken(engine, scores, word, quality) || hit;
  return hit ? scores : undefined;
}

/** A CJK run matches documents holding all its bigrams (a single character: that character). */
function cjkScores(engine: SearchEngine, run: string): Float32Array | undefined {
  const chars = [...run];
  const grams = chars.length === 1 ? chars : cjkGrams(run).slice(chars.length);
  let result: Float32Array | undefined;
  for (const g of grams) {
    const scores = new Float32Array(engine.docs.length);
    if (!addToken(engine, scores, g, 1)) return undefined;
    if (result) for (let i = 0; i < scores.length; i++) result[i] = Math.min(result[i], scores[i]);
    else result = scores;
  }
  return result;
}

function termScores(engine: SearchEngine, term: QueryTerm): Float32Array | undefined {
  return term.cjk ? cjkScores(engine, term.text) : latinScores(engine, term.text);
}

export function search(engine: SearchEngine, query: string, limit = 10): SearchResult {
  const sets = queryTerms(query).map((t) => termScores(engine, t)).filter((s): s is Float32Array => s !== undefined);
  if (!sets.length) return { total: 0, docs: [] };
  const total = sets[0].slice();
  for (const scores of sets.slice(1)) {
    for (let i = 0; i < total.length; i++) total[i] = total[i] > 0 && scores[i] > 0 ? total[i] + scores[i] : 0;
  }
  const { count, best } = topK(total, limit);
  return { total: count, docs: best.map((d) => engine.docs[d]) };
}
