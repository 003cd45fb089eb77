/**
 * The `k` best positive scores of an array in one pass: higher score first, equal scores in
 * index order. A small sorted buffer is enough because k (≤ 100) is tiny next to the array.
 */
export function topK(scores: Float32Array, k: number): { count: number; best: number[] } {
  const best: number[] = [];
  let count = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s <= 0) continue;
    count++;
    if (best.length === k && scores[best[k - 1]] >= s) continue;
    let at = best.length;
    while (at > 0 && scores[best[at - 1]] < s) at--;
    best.splice(at, 0, i);
    if (best.length > k) best.pop();
  }
  return { count, best };
}
