/**
 * Stage 4, classify: is a candidate about AI access (relevance), what kind of event, which
 * providers, regions and models, and when it takes effect. All knowledge is in the tables
 * (see classifier-tables.ts and src/data/classifier-rules.yaml for the precedence).
 */
import type { Candidate, Classification } from './types.ts';
import type { ClassifierTables, Signal } from './classifier-tables.ts';
import { REGION_WEIGHT, RELEVANT_SCORE } from './classifier-tables.ts';
import { distinct, findTerms, longestMatches, tokenize } from './terms.ts';
import type { TermMatch } from './terms.ts';
import { findEffectiveDate } from './effective-date.ts';

export type { ClassifierTables } from './classifier-tables.ts';
export { loadClassifierTables } from './classifier-tables.ts';

type Tokens = ReturnType<typeof tokenize>;

function terms(matches: TermMatch<unknown>[]): string[] {
  return distinct(matches.map((m) => m.term));
}

function firstTypeRule(tokens: Tokens, tables: ClassifierTables): Classification['type'] | undefined {
  for (const rule of tables.types) {
    if (findTerms(rule.terms, tokens).length && !findTerms(rule.unless, tokens).length) return rule.type;
  }
  return undefined;
}

/**
 * The first type rule (top to bottom) with a matching term and no `unless` term, tried on the
 * title first (the headline says what happened), then on title and summary; else the default.
 */
export function eventType(title: Tokens, all: Tokens, tables: ClassifierTables): Classification['type'] {
  return firstTypeRule(title, tables) ?? firstTypeRule(all, tables) ?? tables.defaultType;
}

/** Provider ids named in the text, in order of first mention. */
export function findProviders(tokens: Tokens, tables: ClassifierTables): string[] {
  return distinct(findTerms(tables.providers, tokens).map((m) => m.value));
}

/** Region codes named in the text; longer names win, ignored phrases mask what they cover. */
export function findRegions(tokens: Tokens, tables: ClassifierTables): string[] {
  const codes = longestMatches(findTerms(tables.regions, tokens)).map((m) => m.value);
  return distinct(codes.filter((c): c is string => c !== null));
}

/** Model names in the text, longest names first where they overlap ("GPT-4o mini" over "GPT-4o"). */
export function findModels(tokens: Tokens, tables: ClassifierTables): string[] {
  return distinct(longestMatches(findTerms(tables.models, tokens)).map((m) => m.value));
}

/** Each signal row counts once, with its weight; a named region adds REGION_WEIGHT. */
export function signalScore(signals: TermMatch<Signal>[], regions: string[]): number {
  const rows = new Map(signals.map((m) => [m.value.row, m.value.weight]));
  return [...rows.values()].reduce((a, b) => a + b, 0) + (regions.length ? REGION_WEIGHT : 0);
}

function irrelevant(tables: ClassifierTables): Classification {
  return { relevant: false, matched: [], type: tables.defaultType, providers: [], regions: [], models: [] };
}

/** Classifies one candidate from its title and summary. */
export function classify(c: Candidate, tables: ClassifierTables): Classification {
  const text = `${c.title}\n${c.summary}`;
  const tokens = tokenize(text);
  const signals = longestMatches(findTerms(tables.signals, tokens));
  if (signals.length === 0 || findTerms(tables.exclude, tokens).length > 0) return irrelevant(tables);
  const context = longestMatches(findTerms(tables.context, tokens));
  if (context.length === 0) return irrelevant(tables);
  const regions = findRegions(tokens, tables);
  if (signalScore(signals, regions) < RELEVANT_SCORE) return irrelevant(tables);
  const effective = findEffectiveDate(text, c.published);
  return {
    relevant: true,
    matched: distinct([...terms(signals), ...terms(context)]),
    type: eventType(tokenize(c.title), tokens, tables),
    providers: findProviders(tokens, tables),
    regions,
    models: findModels(tokens, tables),
    ...(effective ? { effective } : {}),
  };
}
