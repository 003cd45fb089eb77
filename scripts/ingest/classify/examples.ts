/** Labelled rows → training examples: the same conversion and features as classify. */
import type { RuleTables } from './tables.ts';
import { analyze, featuresOf, hasAiContext, hasCue } from './features.ts';
import { toSimplified } from './chinese.ts';
import type { Example } from './train-model.ts';
import type { LabelledRow } from './training-data.ts';

export function exampleOf(row: LabelledRow, tables: RuleTables): Example {
  const a = analyze(toSimplified(row.title), toSimplified(row.summary), tables);
  return {
    features: featuresOf(a),
    relevant: row.relevant,
    type: row.type,
    context: hasAiContext(a),
    cue: hasCue(a),
    date: row.published,
  };
}
