/**
 * The `k` best of a list of scored documents in one pass: higher score first, equal scores by
 * lower document number. A small sorted buffer is enough because k (≤ 50) is tiny next to the list.
 */
export function topK(docs: number[], scores: number[], k: number): number[] {
  const best: number[] = [];
  const bestScores: number[] = [];
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i];
    const s = scores[i];
    if (best.length === k && !(s > bestScores[k - 1] || (s === bestScores[k - 1] && doc < best[k - 1]))) continue;
    let at = best.length;
    while (at > 0 && (bestScores[at - 1] < s || (bestScores[at - 1] === s && best[at - 1] > doc))) at--;
    best.splice(at, 0, doc);
    bestScores.splice(at, 0, s);
    if (best.length > k) {
      best.pop();
      bestScores.pop();
    }
  }
  return best;
}
