/**
 * Training: examples (features and labels) → a model file. Relevance is fitted on every row,
 * type on the relevant rows that name one; rare features (in fewer than MIN_ROWS rows) are left
 * out and tiny weights pruned, which keeps the file small. The thresholds come from
 * out-of-fold probabilities (k-fold inside the training rows), never from rows the model saw.
 */
import { EVENT_TYPES } from '../../../src/model/schema/index.ts';
import type { EventType } from '../../../src/model/schema/index.ts';
import { FIT_DEFAULTS, fitLogistic } from './fit.ts';
import type { FitOptions } from './fit.ts';
import { fromFile, MODEL_VERSION } from './model-file.ts';
import type { ModelFile } from './model-file.ts';
import { relevanceProbability } from './model.ts';
import type { Thresholds } from './model.ts';
import { chooseThresholds } from './thresholds.ts';

export interface Example {
  features: string[];
  relevant: boolean;
  type?: EventType;
  /** Whether the item names an AI context (features.ts hasAiContext): what triage requires. */
  context: boolean;
  /** Whether it has a signal cue (features.ts hasCue): what a possible item requires too. */
  cue: boolean;
  /** YYYY-MM-DD: the newest becomes the model's `trained_at`. */
  date: string;
}

export interface TrainOptions {
  fit?: FitOptions;
  /** Fixed thresholds (skips the inner cross-validation). */
  thresholds?: Thresholds;
  folds?: number;
}

const MIN_ROWS = 2;
const MIN_WEIGHT = 0.005;
const round = (x: number) => Math.round(x * 1e4) / 1e4;

function vocabulary(examples: Example[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const e of examples) for (const f of e.features) df.set(f, (df.get(f) ?? 0) + 1);
  const kept = [...df]
    .filter(([, n]) => n >= MIN_ROWS)
    .map(([f]) => f)
    .sort();
  return new Map(kept.map((f, i) => [f, i]));
}

const encode = (e: Example, vocab: Map<string, number>) =>
  e.features.flatMap((f) => (vocab.has(f) ? [vocab.get(f)!] : []));

/** Fits both models with given thresholds (relevance only when `withType` is false: the inner folds need no type). */
function fitModel(examples: Example[], thresholds: Thresholds, opts: FitOptions, withType = true): ModelFile {
  const vocab = vocabulary(examples);
  const names = [...vocab.keys()];
  const relevance = fitLogistic(
    examples.map((e) => encode(e, vocab)),
    examples.map((e) => (e.relevant ? 1 : 0)),
    names.length,
    1,
    opts,
  );
  const typed = withType ? examples.filter((e) => e.relevant && e.type) : [];
  const type = fitLogistic(
    typed.map((e) => encode(e, vocab)),
    typed.map((e) => EVENT_TYPES.indexOf(e.type!)),
    names.length,
    EVENT_TYPES.length,
    opts,
  );
  const relWeights: Record<string, number> = {};
  const typeWeights: Record<string, number[]> = {};
  names.forEach((name, f) => {
    const w = round(relevance.weights[f]!);
    if (Math.abs(w) >= MIN_WEIGHT) relWeights[name] = w;
    const tw = EVENT_TYPES.map((_, k) => round(type.weights[f * EVENT_TYPES.length + k]!));
    if (tw.some((v) => Math.abs(v) >= MIN_WEIGHT)) typeWeights[name] = tw;
  });
  return {
    version: MODEL_VERSION,
    trained_at: examples.reduce((max, e) => (e.date > max ? e.date : max), ''),
    rows: { total: examples.length, relevant: examples.filter((e) => e.relevant).length },
    thresholds,
    relevance: { bias: round(relevance.bias[0]!), weights: relWeights },
    type: { classes: [...EVENT_TYPES], bias: type.bias.map(round), weights: typeWeights },
  };
}

/** Deterministic fold of row i: rows are spread round-robin over the folds. */
export const foldOf = (i: number, folds: number) => i % folds;

/** P(relevant) of every example from a model that did not see it (k-fold). */
export function outOfFold(examples: Example[], folds: number, opts: FitOptions): number[] {
  const probs = new Array<number>(examples.length).fill(0);
  const fixed: Thresholds = { candidate: 0.5, possible: 0.2 };
  for (let k = 0; k < folds; k++) {
    const model = fromFile(
      fitModel(
        examples.filter((_, i) => foldOf(i, folds) !== k),
        fixed,
        opts,
        false,
      ),
    );
    examples.forEach((e, i) => {
      if (foldOf(i, folds) === k) probs[i] = relevanceProbability(model, e.features);
    });
  }
  return probs;
}

/** Trains a model file from examples (same examples, same file). */
export function trainModel(examples: Example[], opts: TrainOptions = {}): ModelFile {
  if (examples.length === 0) throw new Error('trainModel: no training rows');
  const fit = opts.fit ?? FIT_DEFAULTS;
  const thresholds = opts.thresholds ?? chooseThresholds(outOfFold(examples, opts.folds ?? 5, fit), examples);
  return fitModel(examples, thresholds, fit);
}
