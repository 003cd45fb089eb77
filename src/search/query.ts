/**
 * Runs a query against the engine. Each term scores the documents it matches (the best of its
 * matching words: quality × weight); a document must match every term that matches anything
 * (a term matching nothing is ignored rather than emptying the result); scores are summed and
 * the best `limit` kept, ties going to the lower doc number: providers, then newest events.
 * Work is proportional to the postings touched, never to the number of documents.
 */
import type { SearchDoc, SearchEngine } from './engine.ts';
import { intersectMin, raise, releaseHits, takeHits, type Hits } from './hits.ts';
import { cjkGrams, queryTerms, type QueryTerm } from './tokenize.ts';
import { WORD_GROUP } from './synonyms.ts';
import { topK } from './top-k.ts';
import { matchWords } from './words.ts';

export interface SearchResult {
  /** How many documents matched. */
  total: number;
  /** The best `limit` of them. */
  docs: SearchDoc[];
}

/** Adds one token's postings and groups to `hits` at `quality`; returns whether the token exists. */
function addToken(engine: SearchEngine, hits: Hits, token: string, quality: number): boolean {
  const postings = engine.postings.get(token);
  const groups = engine.groups.get(token);
  if (postings) for (const p of postings) raise(hits, p >> 2, quality * (p & 3));
  if (groups) for (const group of groups) for (const doc of group) raise(hits, doc, quality);
  return !!(postings || groups);
}

/**
 * A Latin term's documents: those of every word it may stand for, and of the synonym group of
 * each such word (for a word being typed, once it has three letters).
 */
function latinHits(engine: SearchEngine, term: string): Hits {
  const hits = takeHits(engine.docs.length);
  for (const { word, quality } of matchWords(engine, term)) {
    addToken(engine, hits, word, quality);
    const key = WORD_GROUP.get(word);
    if (key && (word === term || term.length >= 3)) addToken(engine, hits, key, quality);
  }
  return hits;
}

/** A synonym group named by a query phrase or Chinese word. */
function keyHits(engine: SearchEngine, key: string): Hits {
  const hits = takeHits(engine.docs.length);
  addToken(engine, hits, key, 1);
  return hits;
}

/** A CJK run matches documents holding all its bigrams (a single character: that character). */
function cjkHits(engine: SearchEngine, run: string): Hits {
  const chars = [...run];
  const [first, ...rest] = chars.length === 1 ? chars : cjkGrams(run).slice(chars.length);
  const hits = takeHits(engine.docs.length);
  addToken(engine, hits, first, 1);
  for (const gram of rest) {
    if (!hits.touched.length) break;
    const next = takeHits(engine.docs.length);
    addToken(engine, next, gram, 1);
    intersectMin(hits, next);
    releaseHits(next);
  }
  return hits;
}

function termHits(engine: SearchEngine, term: QueryTerm): Hits {
  if (term.key) return keyHits(engine, term.text);
  return term.cjk ? cjkHits(engine, term.text) : latinHits(engine, term.text);
}

/** Documents touched by every set, with summed scores; the smallest set drives the loop. */
function combine(sets: Hits[]): { docs: number[]; scores: number[] } {
  const [first, ...rest] = [...sets].sort((a, b) => a.touched.length - b.touched.length);
  const docs: number[] = [];
  const scores: number[] = [];
  for (const doc of first?.touched ?? []) {
    let total = first.scores[doc];
    for (const other of rest) total = other.scores[doc] > 0 && total > 0 ? total + other.scores[doc] : 0;
    if (total > 0) {
      docs.push(doc);
      scores.push(total);
    }
  }
  return { docs, scores };
}

export function search(engine: SearchEngine, query: string, limit = 10): SearchResult {
  const all = queryTerms(query).map((t) => termHits(engine, t));
  const { docs, scores } = combine(all.filter((h) => h.touched.length > 0));
  all.forEach(releaseHits);
  return { total: docs.length, docs: topK(docs, scores, limit).map((d) => engine.docs[d]) };
}
