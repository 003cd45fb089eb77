/**
 * Fitting the logistic regressions of model.ts: rows are lists of feature indices (binary
 * features), labels are class indices. One routine serves both models: binary relevance is the
 * one-output case (labels 0/1), type the softmax case (labels are class indices).
 */
import { softmax } from './model.ts';

export interface FitOptions {
  /** L2 penalty (per row: the total penalty grows with the data like the loss does). */
  l2: number;
  epochs: number;
  rate: number;
}

export const FIT_DEFAULTS: FitOptions = { l2: 0.002, epochs: 250, rate: 0.3 };

export interface Fitted {
  bias: number[];
  /** Weight of feature f for output k at f * outputs + k. */
  weights: Float64Array;
  outputs: number;
}

/** Probabilities of every output for one row (one output: the sigmoid). */
function predict(row: number[], fit: Fitted): number[] {
  const n = fit.outputs;
  const z = [...fit.bias];
  for (const f of row) for (let k = 0; k < n; k++) z[k]! += fit.weights[f * n + k]!;
  return n === 1 ? [1 / (1 + Math.exp(-z[0]!))] : softmax(z);
}

/** Adds the log-loss gradient of every row into gw/gb (cleared first); L2 on the weights. */
function gradient(rows: number[][], labels: number[], fit: Fitted, l2: number, gw: Float64Array, gb: number[]): void {
  const n = fit.outputs;
  const penalty = l2 * rows.length;
  for (let i = 0; i < gw.length; i++) gw[i] = penalty * fit.weights[i]!;
  gb.fill(0);
  rows.forEach((row, i) => {
    const p = predict(row, fit);
    for (let k = 0; k < n; k++) {
      const target = n === 1 ? labels[i]! : labels[i] === k ? 1 : 0;
      const d = p[k]! - target;
      gb[k]! += d;
      for (const f of row) gw[f * n + k]! += d;
    }
  });
}

/**
 * Fits by full-batch AdaGrad: each weight's step shrinks with its own accumulated gradient, so
 * rare and common features both converge without tuning a schedule. Fixed order, no randomness.
 */
export function fitLogistic(
  rows: number[][],
  labels: number[],
  features: number,
  outputs: number,
  opts: FitOptions = FIT_DEFAULTS,
): Fitted {
  const fit: Fitted = {
    bias: new Array<number>(outputs).fill(0),
    weights: new Float64Array(features * outputs),
    outputs,
  };
  const gw = new Float64Array(features * outputs);
  const sw = new Float64Array(features * outputs);
  const gb = new Array<number>(outputs).fill(0);
  const sb = new Array<number>(outputs).fill(0);
  for (let epoch = 0; epoch < (rows.length ? opts.epochs : 0); epoch++) {
    gradient(rows, labels, fit, opts.l2, gw, gb);
    for (let k = 0; k < outputs; k++) {
      sb[k]! += gb[k]! ** 2;
      fit.bias[k]! -= (opts.rate * gb[k]!) / (Math.sqrt(sb[k]!) + 1e-8);
    }
    for (let i = 0; i < gw.length; i++) {
      const g = gw[i]!;
      if (g === 0) continue;
      sw[i]! += g * g;
      fit.weights[i]! -= (opts.rate * g) / Math.sqrt(sw[i]!);
    }
  }
  return fit;
}
