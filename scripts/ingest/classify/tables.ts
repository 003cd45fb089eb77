/**
 * Loads the classifier's data tables: keyword rules (src/data/classifier-rules.yaml), provider
 * aliases and models (content/providers/*.md) and country names (src/model/regions/names.ts),
 * each compiled once into a term matcher.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { EVENT_TYPES } from '../../../src/model/schema/index.ts';
import type { EventType, ProviderData } from '../../../src/model/schema/index.ts';
import { countryNameTable } from '../../../src/model/regions/names.ts';
import { loadContent } from '../../../src/model/store.ts';
import { compileTerms, expandBraces } from './terms.ts';
import type { TermEntry, TermMatcher } from './terms.ts';
import { loadModel } from './model-file.ts';
import type { ClassifierModel } from './model.ts';

export const RULES_FILE = new URL('../../../src/data/classifier-rules.yaml', import.meta.url);

const termList = z.array(z.string().trim().min(1));
const rulesSchema = z
  .object({
    signals: z.object({ strong: termList.min(1), weak: termList.default([]) }).strict(),
    context: termList.min(1),
    exclude: termList.default([]),
    negatives: z.record(z.string().regex(/^[a-z_]+$/), termList.min(1)).default({}),
    types: z
      .array(z.object({ type: z.enum(EVENT_TYPES), terms: termList.min(1), unless: termList.default([]) }).strict())
      .min(1),
    default_type: z.enum(EVENT_TYPES),
    models: termList.default([]),
    region_ignore: termList.default([]),
    ambiguous_aliases: termList.default([]),
    broad_providers: termList.default([]),
  })
  .strict();

export type ClassifierRules = z.infer<typeof rulesSchema>;

export interface TypeRule {
  type: EventType;
  terms: TermMatcher<string>;
  unless: TermMatcher<string>;
}

/** A signal row ("ban{,s,ned}") and what it counts towards relevance. */
export interface Signal {
  row: string;
  weight: number;
}

export const STRONG_WEIGHT = 2;
export const WEAK_WEIGHT = 1;
/** What a named country or region adds to the signal score. */
export const REGION_WEIGHT = 1;
/** The signal score an item needs to be relevant. */
export const RELEVANT_SCORE = 2;

/** The rule tables: what the relevance model's features and the type, provider and region rules read. */
export interface RuleTables {
  signals: TermMatcher<Signal>;
  context: TermMatcher<string>;
  exclude: TermMatcher<string>;
  /** hard-negative term → its class ("court", "crypto"). */
  negatives: TermMatcher<string>;
  types: TypeRule[];
  defaultType: EventType;
  /** alias → provider id. */
  providers: TermMatcher<string>;
  /** country name → region code; `null` for phrases that only mask (region_ignore). */
  regions: TermMatcher<string | null>;
  /** model name → the name as written in the table. */
  models: TermMatcher<string>;
}

/** The rule tables and the trained model that decides relevance and type from their hits. */
export interface ClassifierTables extends RuleTables {
  model: ClassifierModel;
}

/** A provider's spellings: name, Chinese name, aliases. */
export function providerAliases(p: Pick<ProviderData, 'name' | 'name_zh' | 'aliases'>): string[] {
  return [p.name, p.name_zh, ...p.aliases].filter((s): s is string => Boolean(s));
}

/**
 * "o1 / o3 / o4-mini" and "ERNIE Lite (8K, 128K)" become plain names. A name that is only a
 * plain word or a number ("lite", "1.8") is left out: it would match ordinary text.
 */
export function modelNames(listed: string): string[] {
  return listed
    .split(/\s*[/／]\s*/)
    .map((n) => n.replace(/\s*[(（].*$/, '').trim())
    .filter((n) => n.length >= 2 && /\p{L}/u.test(n) && /[\p{Lu}\p{N}\p{Script=Han}]/u.test(n));
}

function signalEntries(rows: string[], weight: number): TermEntry<Signal>[] {
  return rows.flatMap((row) => expandBraces(row).map((term) => ({ term, value: { row, weight } })));
}

function words(list: string[]): TermEntry<string>[] {
  return list.flatMap(expandBraces).map((term) => ({ term, value: term }));
}

/** Country names of up to three letters ("us", "uk", "eu") only match in capitals. */
function regionEntries(ignore: string[]): TermEntry<string | null>[] {
  const names = [...countryNameTable()].map(([name, code]) => {
    const short = /^[a-z.]+$/.test(name) && name.replace(/\./g, '').length <= 3;
    return { term: short ? name.toUpperCase() : name, value: code as string | null };
  });
  return [...names, ...ignore.map((term) => ({ term, value: null }))];
}

export interface ProviderInfo {
  id: string;
  data: Pick<ProviderData, 'name' | 'name_zh' | 'aliases' | 'models'>;
}

/** Builds the tables from parsed rules and providers (pure: the tests use it directly). */
export function buildTables(rules: ClassifierRules, providers: ProviderInfo[]): RuleTables {
  const ambiguous = new Set(rules.ambiguous_aliases.map((a) => a.toLowerCase()));
  const broad = new Set(rules.broad_providers);
  const aliases = providers.flatMap((p) =>
    providerAliases(p.data)
      .filter((a) => !ambiguous.has(a.toLowerCase()))
      .map((term) => ({ term, value: p.id })),
  );
  const models = [...rules.models, ...providers.flatMap((p) => p.data.models.flatMap((m) => modelNames(m.name)))];
  const modelEntries = models.map((term) => ({ term, value: term }));
  return {
    signals: compileTerms([
      ...signalEntries(rules.signals.strong, STRONG_WEIGHT),
      ...signalEntries(rules.signals.weak, WEAK_WEIGHT),
    ]),
    context: compileTerms([
      ...words(rules.context),
      ...aliases.filter((a) => !broad.has(a.value)).map((a) => ({ term: a.term, value: a.term })),
      ...modelEntries,
    ]),
    exclude: compileTerms(words(rules.exclude)),
    negatives: compileTerms(
      Object.entries(rules.negatives).flatMap(([cls, list]) =>
        list.flatMap(expandBraces).map((term) => ({ term, value: cls })),
      ),
    ),
    types: rules.types.map((r) => ({
      type: r.type,
      terms: compileTerms(words(r.terms)),
      unless: compileTerms(words(r.unless)),
    })),
    defaultType: rules.default_type,
    providers: compileTerms(aliases),
    regions: compileTerms(regionEntries(rules.region_ignore)),
    models: compileTerms(modelEntries),
  };
}

/** Reads and validates the rules file; errors name the file and the field. */
export async function loadRules(file: URL | string = RULES_FILE): Promise<ClassifierRules> {
  const result = rulesSchema.safeParse(parse(await readFile(file, 'utf8')));
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
  throw new Error(`${String(file)}: ${issues.join('; ')}`);
}

/** The rule tables for a content folder (its providers) and the rules file. */
export async function loadRuleTables(contentDir: string, rulesFile: URL | string = RULES_FILE): Promise<RuleTables> {
  const [rules, content] = await Promise.all([loadRules(rulesFile), loadContent(contentDir)]);
  return buildTables(
    rules,
    content.providers.map((p) => ({ id: p.id, data: p.data })),
  );
}

/** The rule tables and the shipped model (src/data/classifier-model.json). */
export async function loadClassifierTables(
  contentDir: string,
  rulesFile: URL | string = RULES_FILE,
): Promise<ClassifierTables> {
  const [tables, model] = await Promise.all([loadRuleTables(contentDir, rulesFile), loadModel()]);
  return { ...tables, model };
}
