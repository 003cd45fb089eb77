/**
 * Where the model's probability is cut. `candidate`: the cut with the best F1 of relevance on
 * out-of-fold probabilities among those with a precision of at least MIN_PRECISION (real feeds
 * hold far more off-topic items than the labelled set, so precision on it overstates precision
 * in use); ties go to the higher cut: fewer unreviewed events. `possible`: the
 * highest cut below it at which candidates and possible items together keep POSSIBLE_RECALL of
 * the relevant rows, so the review queue catches what the candidate cut misses without filling
 * up with everything.
 */
import type { Thresholds } from './model.ts';

export const POSSIBLE_RECALL = 0.975;
export const MIN_PRECISION = 0.92;
const FLOOR = 0.03;

interface Labelled {
  relevant: boolean;
  context: boolean;
  cue: boolean;
}

const steps = (from: number, to: number) =>
  Array.from({ length: Math.round((to - from) * 100) + 1 }, (_, i) => Math.round((from + i / 100) * 100) / 100);

function f1(probs: number[], rows: Labelled[], t: number, minPrecision: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  rows.forEach((r, i) => {
    const yes = r.context && probs[i]! >= t;
    if (yes && r.relevant) tp++;
    else if (yes) fp++;
    else if (r.relevant) fn++;
  });
  if (tp === 0 || tp / (tp + fp) < minPrecision) return 0;
  return (2 * tp) / (2 * tp + fp + fn);
}

/** Recall of "candidate or possible" with a possible cut at `t`. */
function keptRecall(probs: number[], rows: Labelled[], t: number, candidate: number): number {
  const relevant = rows.filter((r) => r.relevant).length;
  const kept = rows.filter(
    (r, i) =>
      r.relevant && r.context && probs[i]! >= Math.min(candidate, possibleCut({ candidate, possible: t }, r.cue)),
  ).length;
  return relevant === 0 ? 1 : kept / relevant;
}

/**
 * The possible cut for one item: an item with no signal cue (no access, incentive or policy word
 * at all) needs twice the score, which keeps most AI news that only names a provider out of the
 * queue while keeping the near misses that do say what happened.
 */
export const possibleCut = (t: Thresholds, cue: boolean) => (cue ? t.possible : Math.min(t.candidate, 2 * t.possible));

export function chooseThresholds(probs: number[], rows: Labelled[]): Thresholds {
  let candidate = 0.5;
  let best = -1;
  for (const minPrecision of [MIN_PRECISION, 0]) {
    for (const t of steps(0.2, 0.9)) {
      const score = f1(probs, rows, t, minPrecision);
      if (score > 0 && score >= best) [best, candidate] = [score, t];
    }
    if (best > 0) break;
  }
  const possible =
    steps(FLOOR, candidate)
      .reverse()
      .find((t) => keptRecall(probs, rows, t, candidate) >= POSSIBLE_RECALL) ?? FLOOR;
  return { candidate, possible };
}
