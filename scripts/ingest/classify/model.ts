/**
 * The relevance and type model: logistic regression over sparse binary features (features.ts).
 *
 * Why logistic regression and not naive Bayes: the features overlap heavily (a rule hit, the word
 * that fired it and its bigram all say the same thing), and naive Bayes counts such evidence
 * several times over, which makes its probabilities extreme and its thresholds meaningless.
 * Logistic regression shares the weight between correlated features and gives calibrated enough
 * probabilities to triage on (candidate / possible / discard). With ~2,000 rows and L2
 * regularisation it fits in well under a second.
 *
 * Relevance is binary; type is multinomial (softmax over the seven event types) fitted on the
 * relevant rows only. Training is full-batch AdaGrad in a fixed order: the same rows give the same
 * weights, bit for bit.
 */
import type { EventType } from '../../../src/model/schema/index.ts';

export interface Thresholds {
  /** Probability at or above which an item becomes a candidate event. */
  candidate: number;
  /** Probability at or above which an item with a cue is kept for review. */
  possible: number;
}

/** The model in memory (model-file.ts reads and writes its JSON form). */
export interface ClassifierModel {
  thresholds: Thresholds;
  relevance: { bias: number; weights: Map<string, number> };
  type: { classes: EventType[]; bias: number[]; weights: Map<string, number[]> };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** P(relevant) of an item from its features. */
export function relevanceProbability(model: ClassifierModel, features: string[]): number {
  let z = model.relevance.bias;
  for (const f of features) z += model.relevance.weights.get(f) ?? 0;
  return sigmoid(z);
}

/** The probability of each type, in `model.type.classes` order. */
export function typeProbabilities(model: ClassifierModel, features: string[]): number[] {
  const z = [...model.type.bias];
  for (const f of features) {
    const w = model.type.weights.get(f);
    if (w) for (let k = 0; k < z.length; k++) z[k]! += w[k]!;
  }
  return softmax(z);
}

export function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
