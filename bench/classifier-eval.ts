/**
 * Scores the ingest classifier honestly: k-fold cross-validation over the labelled rows that are
 * not held out (each row judged by a model trained without it), and the holdout rows judged by a
 * model trained on everything else. Never the score of the shipped model on its own training rows.
 * Used by bench/classifier.ts.
 */
import type { RuleTables } from '../scripts/ingest/classify/tables.ts';
import { classify } from '../scripts/ingest/classify/classify.ts';
import { exampleOf, toCandidate } from '../scripts/ingest/classify/examples.ts';
import { fromFile } from '../scripts/ingest/classify/model-file.ts';
import { foldOf, trainModel } from '../scripts/ingest/classify/train-model.ts';
import type { LabelledRow } from '../scripts/ingest/classify/training-data.ts';
import type { Classification } from '../scripts/ingest/types.ts';

export const TARGETS = { precision: 0.9, recall: 0.9, languageRecall: 0.85, keptRecall: 0.97, providerAccuracy: 0.95 };

export interface Judged {
  row: LabelledRow;
  c: Classification;
}

/** Trains on `train` (thresholds from its own inner folds) and classifies `test`. */
export function judge(train: LabelledRow[], test: LabelledRow[], tables: RuleTables): Judged[] {
  const model = fromFile(trainModel(train.map((r) => exampleOf(r, tables))));
  return test.map((row) => ({ row, c: classify(toCandidate(row), { ...tables, model }) }));
}

/** Every row judged by a model trained on the other folds. */
export function crossValidate(rows: LabelledRow[], tables: RuleTables, folds = 5): Judged[] {
  const out: Judged[] = [];
  for (let k = 0; k < folds; k++) {
    out.push(
      ...judge(
        rows.filter((_, i) => foldOf(i, folds) !== k),
        rows.filter((_, i) => foldOf(i, folds) === k),
        tables,
      ),
    );
  }
  return out;
}

export interface Scores {
  rows: number;
  relevant: number;
  precision: number;
  recall: number;
  /** Relevant rows kept as candidate or possible. */
  keptRecall: number;
  /** Among relevant rows that became candidates. */
  typeAccuracy: number;
  providerAccuracy: number;
  /** Irrelevant rows that became candidates / possible items. */
  falseCandidates: number;
  falsePossible: number;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const ratio = (n: number, d: number) => (d === 0 ? Number.NaN : n / d);

export function score(judged: Judged[]): Scores {
  const relevant = judged.filter((j) => j.row.relevant);
  const found = relevant.filter((j) => j.c.outcome === 'candidate');
  const candidates = judged.filter((j) => j.c.outcome === 'candidate');
  const negatives = judged.filter((j) => !j.row.relevant);
  return {
    rows: judged.length,
    relevant: relevant.length,
    precision: ratio(found.length, candidates.length),
    recall: ratio(found.length, relevant.length),
    keptRecall: ratio(relevant.filter((j) => j.c.outcome !== 'discard').length, relevant.length),
    typeAccuracy: ratio(found.filter((j) => j.c.type === j.row.type).length, found.filter((j) => j.row.type).length),
    providerAccuracy: ratio(found.filter((j) => sameSet(j.c.providers, j.row.providers ?? [])).length, found.length),
    falseCandidates: negatives.filter((j) => j.c.outcome === 'candidate').length,
    falsePossible: negatives.filter((j) => j.c.outcome === 'possible').length,
  };
}

/** One line per mistake, for `--verbose`. */
export function mistakes(judged: Judged[]): string[] {
  return judged.flatMap(({ row, c }) => {
    const head = `${c.score.toFixed(2)} ${row.language.padEnd(7)}`;
    if (!row.relevant && c.outcome === 'candidate') return [`FP   ${head} ${row.title}  [${c.matched.join(', ')}]`];
    if (row.relevant && c.outcome !== 'candidate')
      return [`FN   ${head} ${c.outcome === 'possible' ? '(possible) ' : ''}${row.title}`];
    if (!row.relevant || c.outcome !== 'candidate') return [];
    const out: string[] = [];
    if (row.type && c.type !== row.type) out.push(`TYPE ${head} ${c.type} ≠ ${row.type}  ${row.title}`);
    if (!sameSet(c.providers, row.providers ?? []))
      out.push(`PROV ${head} [${c.providers}] ≠ [${row.providers}]  ${row.title}`);
    return out;
  });
}
