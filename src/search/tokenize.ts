/**
 * Text → search tokens, shared by the index (in the browser) and the query.
 * Latin script: lower-cased, accents removed, split into alphanumeric words; a compound such as
 * "GLM-4-Flash" also yields its joined form "glm4flash". Chinese (and other CJK) text has no
 * spaces, so each run of CJK characters yields its single characters and its bigrams. Words and
 * phrases of the field's synonym groups (synonyms.ts) add their group's key, in both directions.
 */
import { cjkKeys, PHRASES, phraseKeys, splitCjkRun, WORD_GROUP } from './synonyms.ts';

/** Words too common to help; dropped from the index and (unless nothing else is left) from queries. */
export const STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'is',
  'its',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

const CJK = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff';
const PIECE = new RegExp(`[a-z0-9]+(?:[-._'][a-z0-9]+)*|[${CJK}]+`, 'g');
const IS_CJK = new RegExp(`^[${CJK}]`);

/** Lower case, compatibility forms folded (full-width → ASCII), accents removed. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function isCjk(piece: string): boolean {
  return IS_CJK.test(piece);
}

/** The pieces of a text: Latin compounds ("glm-4-flash") and CJK runs ("通义千问"), in order. */
export function pieces(text: string): string[] {
  return normalize(text).match(PIECE) ?? [];
}

/** A Latin compound's words plus, when it has several, their joined form. */
export function latinWords(compound: string): string[] {
  const words = compound.split(/[-._']/);
  return words.length > 1 ? [...words, words.join('')] : words;
}

/** A CJK run's characters and bigrams. */
export function cjkGrams(run: string): string[] {
  const chars = [...run];
  const out = [...chars];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/**
 * Every index token of a text (may repeat; the indexer keeps one per document), with the keys of
 * the synonym groups its words, Chinese words and phrases belong to.
 */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  const normalized = normalize(text);
  for (const piece of normalized.match(PIECE) ?? []) {
    if (isCjk(piece)) {
      out.push(...cjkGrams(piece), ...cjkKeys(piece));
      continue;
    }
    for (const t of latinWords(piece)) {
      if (STOPWORDS.has(t)) continue;
      out.push(t);
      const key = WORD_GROUP.get(t);
      if (key) out.push(key);
    }
  }
  out.push(...phraseKeys(normalized));
  return out;
}

/**
 * A query term: a Latin word, a CJK run to be matched as a phrase, or (`key`) a synonym group
 * named by a phrase or a Chinese word of the query; `text` is then the group's key.
 */
export interface QueryTerm {
  text: string;
  cjk: boolean;
  key?: boolean;
}

/** The query without the synonym phrases it holds (they become group terms). */
function stripPhrases(text: string): string {
  let out = text;
  for (const re of PHRASES) out = out.replace(new RegExp(re.source, 'g'), ' ');
  return out;
}

/** The terms of a query; stopwords are dropped unless the query is nothing but stopwords. */
export function queryTerms(query: string): QueryTerm[] {
  const normalized = normalize(query);
  const terms: QueryTerm[] = phraseKeys(normalized).map((key) => ({ text: key, cjk: false, key: true }));
  const rest = terms.length ? stripPhrases(normalized) : normalized;
  for (const piece of rest.match(PIECE) ?? []) {
    if (isCjk(piece)) {
      const split = splitCjkRun(piece);
      for (const key of split.keys) terms.push({ text: key, cjk: false, key: true });
      for (const run of split.rest) terms.push({ text: run, cjk: true });
    } else for (const w of piece.split(/[-._']/)) terms.push({ text: w, cjk: false });
  }
  const kept = terms.filter((t) => t.cjk || t.key || !STOPWORDS.has(t.text));
  const unique = kept.filter((t, i) => !t.key || kept.findIndex((o) => o.text === t.text) === i);
  return unique.length ? unique : terms;
}
