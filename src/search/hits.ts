/**
 * Per-term document scores without per-query garbage: a `Hits` is a score array over all
 * documents plus the list of documents it touched, so combining and clearing cost only what was
 * touched. Arrays are pooled per engine size and handed back zeroed.
 */
export interface Hits {
  scores: Float32Array;
  touched: number[];
}

const pool: Float32Array[] = [];

export function takeHits(size: number): Hits {
  let scores = pool.pop();
  while (scores && scores.length !== size) scores = pool.pop();
  return { scores: scores ?? new Float32Array(size), touched: [] };
}

/** Zeroes what `hits` touched and returns its array to the pool. */
export function releaseHits(hits: Hits): void {
  for (const doc of hits.touched) hits.scores[doc] = 0;
  pool.push(hits.scores);
}

/** Raises a document's score to `s` (keeping the best), recording it the first time. */
export function raise(hits: Hits, doc: number, s: number): void {
  const old = hits.scores[doc];
  if (old >= s) return;
  if (old === 0) hits.touched.push(doc);
  hits.scores[doc] = s;
}

/** Keeps in `into` only documents also in `other`, at the lower of the two scores. */
export function intersectMin(into: Hits, other: Hits): void {
  const kept: number[] = [];
  for (const doc of into.touched) {
    const s = Math.min(into.scores[doc], other.scores[doc]);
    into.scores[doc] = s;
    if (s > 0) kept.push(doc);
  }
  into.touched = kept;
}
