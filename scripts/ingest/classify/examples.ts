/** Labelled rows → training examples (the same conversion and features as classify), and → candidates to classify. */
import type { RuleTables } from './tables.ts';
import { analyze, featuresOf, hasAiContext, hasCue } from './features.ts';
import { toSimplified } from './chinese.ts';
import type { Example } from './train-model.ts';
import type { LabelledRow } from './training-data.ts';
import type { Candidate } from '../types.ts';

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

/** A labelled row as the candidate the classifier sees (for scoring the model on labelled rows). */
export function toCandidate(row: Pick<LabelledRow, 'title' | 'summary' | 'published' | 'language'>): Candidate {
  return {
    title: row.title,
    summary: row.summary,
    url: 'https://example.org/x',
    published: row.published,
    publisher: 'Labelled',
    language: row.language,
    sourceId: 'labelled',
  };
}
