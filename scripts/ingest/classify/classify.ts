/**
 * Stage 4, classify: is a candidate about AI access, what kind of event, which providers,
 * regions and models, and when it takes effect.
 *
 * In this order: traditional Chinese becomes simplified (chinese.ts); the rule tables are read
 * over the text (features.ts: signal rows, AI context, hard negatives, type rules, providers,
 * regions); the trained model (model.ts, src/data/classifier-model.json) turns the rule hits and
 * the words into a probability and a type; triage cuts the probability into candidate, possible
 * or discard. Providers, regions, models and the effective date stay pure table look-ups.
 */
import type { Candidate, Classification, Outcome } from '../types.ts';
import type { ClassifierTables } from './tables.ts';
import type { Thresholds } from './model.ts';
import { possibleCut } from './thresholds.ts';
import { relevanceProbability, typeProbabilities } from './model.ts';
import { analyze, featuresOf, hasAiContext, hasCue, mayBeRelevant } from './features.ts';
import type { Analysis } from './features.ts';
import { toSimplified } from './chinese.ts';
import { distinct } from './terms.ts';
import { findEffectiveDate } from '../normalize/effective-date.ts';

export type { ClassifierTables } from './tables.ts';
export { loadClassifierTables } from './tables.ts';

/**
 * Candidate at or above the candidate cut, possible at or above the possible cut (the review
 * queue catches near misses), else discard. Either needs an AI context; an item with an
 * `exclude` term (sport, recipes) is discarded whatever it says.
 */
export function triage(score: number, a: Pick<Analysis, 'excluded' | 'context' | 'signals'>, t: Thresholds): Outcome {
  if (a.excluded || !hasAiContext(a)) return 'discard';
  if (score >= t.candidate) return 'candidate';
  return score >= possibleCut(t, hasCue(a)) ? 'possible' : 'discard';
}

/** The type with the highest probability; the model was trained with the type rules' hits as features. */
function decideType(features: string[], tables: ClassifierTables, a: Analysis): Classification['type'] {
  const p = typeProbabilities(tables.model, features);
  const best = p.indexOf(Math.max(...p));
  return tables.model.type.classes[best] ?? a.ruleType ?? tables.defaultType;
}

/** The rule hits worth showing a reviewer: signal terms, AI context, providers. */
function cues(a: Analysis): string[] {
  return distinct([...a.signals.map((s) => s.term), ...a.context, ...a.providers]);
}

function discarded(tables: ClassifierTables): Classification {
  return {
    relevant: false,
    outcome: 'discard',
    score: 0,
    matched: [],
    type: tables.defaultType,
    providers: [],
    regions: [],
    models: [],
  };
}

/** Classifies one candidate from its title and summary. */
export function classify(c: Candidate, tables: ClassifierTables): Classification {
  const title = toSimplified(c.title);
  const summary = toSimplified(c.summary);
  // triage discards these whatever the model says: skip the model
  if (!mayBeRelevant(`${title}\n${summary}`, tables)) return discarded(tables);
  const a = analyze(title, summary, tables);
  const features = featuresOf(a);
  const score = Math.round(relevanceProbability(tables.model, features) * 1000) / 1000;
  const outcome = triage(score, a, tables.model.thresholds);
  const effective = outcome === 'discard' ? undefined : findEffectiveDate(`${title}\n${summary}`, c.published);
  return {
    relevant: outcome === 'candidate',
    outcome,
    score,
    matched: outcome === 'discard' ? [] : cues(a),
    type: outcome === 'discard' ? tables.defaultType : decideType(features, tables, a),
    providers: a.providers,
    regions: a.regions,
    models: a.models,
    ...(effective ? { effective } : {}),
  };
}
