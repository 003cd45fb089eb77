/**
 * Text → search tokens, shared by the index (in the browser) and the query.
 * Latin script: lower-cased, accents removed, split into alphanumeric words; a compound such as
 * "GLM-4-Flash" also yields its joined form "glm4flash". Chinese (and other CJK) text has no
 * spaces, so each run of CJK characters yields its single characters and its bigrams.
 */

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

/** Every index token of a text (may repeat; the indexer keeps one per document). */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const piece of pieces(text)) {
    const tokens = isCjk(piece) ? cjkGrams(piece) : latinWords(piece);
    for (const t of tokens) if (!STOPWORDS.has(t)) out.push(t);
  }
  return out;
}

/** A query term: a Latin word, or a CJK run to be matched as a phrase. */
export interface QueryTerm {
  text: string;
  cjk: boolean;
}

/** The terms of a query; stopwords are dropped unless the query is nothing but stopwords. */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const piece of pieces(query)) {
    if (isCjk(piece)) terms.push({ text: piece, cjk: true });
    else for (const w of piece.split(/[-._']/)) terms.push({ text: w, cjk: false });
  }
  const kept = terms.filter((t) => t.cjk || !STOPWORDS.has(t.text));
  return kept.length ? kept : terms;
}
