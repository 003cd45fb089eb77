/**
 * Turns the downloaded index file into what queries run against: one document list (providers
 * first, then events newest first), an inverted index token → postings, the sorted Latin
 * vocabulary (prefix search) and a trigram index over it (typo candidates). Built once in the
 * browser, so none of it has to be downloaded.
 */
import { FLAG_CANDIDATE, FLAG_MONTH, type SearchIndexFile } from './index-format.ts';
import { indexTokens, isCjk } from './tokenize.ts';

export interface SearchDoc {
  kind: 'event' | 'provider';
  id: string;
  title: string;
  /** `YYYY-MM-DD`; "" for providers. */
  date: string;
  /** The day is unknown: show only the month. */
  month: boolean;
  /** Event type; "provider" for providers. */
  type: string;
  /** Machine-proposed, unreviewed. */
  candidate: boolean;
  /** Provider display names. */
  providers: string[];
}

/**
 * A posting is `doc * 4 + weight`: weight 3 for a title or a provider's own name, 2 for
 * models and tags, 1 for what an event inherits from its providers, regions and type.
 */
export interface SearchEngine {
  docs: SearchDoc[];
  postings: Map<string, number[]>;
  vocab: string[];
  grams: Map<string, number[]>;
}

type Weights = Map<string, number>;

/** Raises the weight of every token of `text` in `into` to at least `w`. */
function addText(into: Weights, text: string, w: number): void {
  for (const t of indexTokens(text)) if ((into.get(t) ?? 0) < w) into.set(t, w);
}

function merge(into: Weights, from: Weights | undefined): void {
  if (from) for (const [t, w] of from) if ((into.get(t) ?? 0) < w) into.set(t, w);
}

function textWeights(texts: string[], w: number): Weights {
  const out: Weights = new Map();
  for (const t of texts) addText(out, t, w);
  return out;
}

/** Padded trigrams: "^ab", "abc", …, "yz$". */
export function trigrams(word: string): string[] {
  const s = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i++) out.push(s.slice(i, i + 3));
  return out;
}

function addPostings(postings: Map<string, number[]>, doc: number, weights: Weights): void {
  for (const [t, w] of weights) {
    const list = postings.get(t);
    if (list) list.push(doc * 4 + w);
    else postings.set(t, [doc * 4 + w]);
  }
}

function buildGrams(vocab: string[]): Map<string, number[]> {
  const grams = new Map<string, number[]>();
  vocab.forEach((word, i) => {
    if (word.length < 3) return;
    for (const g of trigrams(word)) {
      const list = grams.get(g);
      if (list) list.push(i);
      else grams.set(g, [i]);
    }
  });
  return grams;
}

export function createEngine(file: SearchIndexFile): SearchEngine {
  const docs: SearchDoc[] = [];
  const postings = new Map<string, number[]>();
  const providerNames = file.providers.map(([, name]) => name);
  const inherited = file.providers.map(([, name, zh, terms]) => textWeights([name, zh, ...terms], 1));
  const regionWords = file.regions.map(([code, en, zh]) => textWeights([code, en, zh], 1));
  const typeWords = file.types.map((t) => textWeights([t], 1));
  for (const [id, name, zh, terms] of file.providers) {
    addPostings(postings, docs.length, textWeights([id, name, zh, ...terms], 3));
    docs.push({ kind: 'provider', id, title: zh ? `${name} ${zh}` : name, date: '', month: false, type: 'provider', candidate: false, providers: [] });
  }
  for (const [date, id, title, type, flags, providers, regions, terms] of file.events) {
    const weights = textWeights([title], 3);
    for (const t of terms) addText(weights, t, 2);
    for (const p of providers) merge(weights, inherited[p]);
    for (const r of regions) merge(weights, regionWords[r]);
    merge(weights, typeWords[type]);
    addPostings(postings, docs.length, weights);
    docs.push({
      kind: 'event',
      id,
      title,
      date,
      month: (flags & FLAG_MONTH) !== 0,
      type: file.types[type] ?? 'event',
      candidate: (flags & FLAG_CANDIDATE) !== 0,
      providers: providers.map((p) => providerNames[p]),
    });
  }
  const vocab = [...postings.keys()].filter((t) => !isCjk(t)).sort();
  return { docs, postings, vocab, grams: buildGrams(vocab) };
}
