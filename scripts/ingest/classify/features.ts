/**
 * What the relevance and type model sees of an item: the rule hits (signal rows, AI context,
 * hard-negative classes, type rules, providers, regions) and the words themselves (English word
 * uni- and bigrams, Chinese character uni- and bigrams, title words again on their own). The same
 * function serves training (scripts/train.ts) and classify, so the two never drift apart.
 * The text must already be in simplified Chinese (chinese.ts).
 */
import type { EventType } from '../../../src/model/schema/index.ts';
import type { RuleTables, Signal } from './tables.ts';
import { REGION_WEIGHT, RELEVANT_SCORE } from './tables.ts';
import { distinct, findTerms, longestMatches, tokenize } from './terms.ts';
import type { TermMatch } from './terms.ts';

type Tokens = ReturnType<typeof tokenize>;

/** The rule hits of one item. */
export interface Analysis {
  tokens: Tokens;
  titleTokens: Tokens;
  signals: TermMatch<Signal>[];
  context: string[];
  excluded: boolean;
  /** Hard-negative classes named in the text. */
  negatives: string[];
  providers: string[];
  regions: string[];
  models: string[];
  /** The type of the first matching type rule (title first, then title and summary). */
  ruleType?: EventType;
  /** Every type with a matching rule anywhere in the text. */
  typeHits: EventType[];
  /** The keyword score of the rules before the model (strong rows 2, weak 1, a region 1). */
  ruleScore: number;
}

function firstTypeRule(tokens: Tokens, tables: RuleTables): EventType | undefined {
  return tables.types.find((r) => findTerms(r.terms, tokens).length && !findTerms(r.unless, tokens).length)?.type;
}

/** Each signal row counts once, with its weight; a named region adds REGION_WEIGHT. */
export function signalScore(signals: TermMatch<Signal>[], regions: string[]): number {
  const rows = new Map(signals.map((m) => [m.value.row, m.value.weight]));
  return [...rows.values()].reduce((a, b) => a + b, 0) + (regions.length ? REGION_WEIGHT : 0);
}

/**
 * Whether the text can be kept at all: an AI context and no `exclude` term. Classify asks this
 * first and skips the rest for most feed items (they are about something else entirely).
 */
export function mayBeRelevant(text: string, tables: RuleTables): boolean {
  const tokens = tokenize(text);
  return findTerms(tables.context, tokens).length > 0 && findTerms(tables.exclude, tokens).length === 0;
}

/** Reads every table over the title and summary (already simplified). */
export function analyze(title: string, summary: string, tables: RuleTables): Analysis {
  const tokens = tokenize(`${title}\n${summary}`);
  const titleTokens = tokenize(title);
  const signals = longestMatches(findTerms(tables.signals, tokens));
  const regions = distinct(
    longestMatches(findTerms(tables.regions, tokens))
      .map((m) => m.value)
      .filter((c): c is string => c !== null),
  );
  const hit = tables.types.map((r) => findTerms(r.terms, tokens).length > 0);
  const typeHits = distinct(tables.types.filter((_, i) => hit[i]).map((r) => r.type));
  const firstInText = tables.types.find((r, i) => hit[i] && !findTerms(r.unless, tokens).length)?.type;
  return {
    tokens,
    titleTokens,
    signals,
    context: distinct(longestMatches(findTerms(tables.context, tokens)).map((m) => m.term)),
    excluded: findTerms(tables.exclude, tokens).length > 0,
    negatives: distinct(findTerms(tables.negatives, tokens).map((m) => m.value)).sort(),
    providers: distinct(findTerms(tables.providers, tokens).map((m) => m.value)),
    regions,
    models: distinct(longestMatches(findTerms(tables.models, tokens)).map((m) => m.value)),
    ruleType: firstTypeRule(titleTokens, tables) ?? firstInText,
    typeHits,
    ruleScore: signalScore(signals, regions),
  };
}

/**
 * An AI context (an AI word, a model, an AI provider that is not a broad one): what an item
 * needs to be a candidate or a possible item. Without it, "ban" and "price cut" are other news.
 */
export const hasAiContext = (a: Pick<Analysis, 'context'>) => a.context.length > 0;

/** An access, incentive or policy cue (a signal row): what a possible item needs besides its score. */
export const hasCue = (a: Pick<Analysis, 'signals'>) => a.signals.length > 0;

const isHan = (t: string) => /^\p{Script=Han}$/u.test(t);

/** Word uni/bigrams (Latin) and character uni/bigrams (Han), each prefixed so the two never collide. */
function textFeatures(tokens: Tokens, prefix: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.norm;
    const next = tokens[i + 1]?.norm;
    const han = isHan(t);
    out.push(`${prefix}${han ? 'h' : 'w'}:${t}`);
    if (next !== undefined && han === isHan(next)) out.push(`${prefix}${han ? 'c' : 'b'}:${t}${han ? '' : ' '}${next}`);
  }
  return out;
}

function ruleFeatures(a: Analysis): string[] {
  const strong = a.signals.filter((s) => s.value.weight > 1).length;
  const weak = a.signals.length - strong;
  const ctx = a.context.length > 0;
  const flags: [string, boolean][] = [
    ['strong', strong > 0],
    ['strong2', strong > 1],
    ['weak', weak > 0],
    ['ctx', ctx],
    ['excl', a.excluded],
    ['prov', a.providers.length > 0],
    ['region', a.regions.length > 0],
    ['model', a.models.length > 0],
    ['ctx+strong', ctx && strong > 0],
    ['ctx+weak', ctx && weak > 0],
    ['ctx+region', ctx && a.regions.length > 0],
    ['prov+strong', a.providers.length > 0 && strong > 0],
    ['neg+ctx', ctx && a.negatives.length > 0],
    ['rule', ctx && !a.excluded && a.ruleScore >= RELEVANT_SCORE],
  ];
  return [
    ...flags.filter(([, on]) => on).map(([name]) => `r:${name}`),
    `r:score${Math.min(a.ruleScore, 5)}`,
    ...distinct(a.signals.map((s) => `s:${s.value.row}`)),
    // the headline says what happened: a cue in the title counts apart from one in the summary
    ...distinct(
      a.signals.filter((s) => s.end <= a.titleTokens.length).map((s) => `ts:${s.value.weight > 1 ? 'strong' : 'weak'}`),
    ),
    ...a.negatives.map((n) => `n:${n}`),
    ...a.providers.map((p) => `p:${p}`),
    ...a.regions.map((r) => `g:${r}`),
    ...a.typeHits.map((t) => `y:${t}`),
    ...(a.ruleType ? [`y1:${a.ruleType}`] : []),
  ];
}

/** The distinct features of an analysed item, sorted (a stable order keeps training deterministic). */
export function featuresOf(a: Analysis): string[] {
  return [...new Set([...ruleFeatures(a), ...textFeatures(a.tokens, ''), ...textFeatures(a.titleTokens, 't')])].sort();
}
