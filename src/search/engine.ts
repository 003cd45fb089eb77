/**
 * Turns the downloaded index file into what queries run against, once, in the browser:
 * - `docs`: providers first, then events newest first (the doc number is the recency rank);
 * - `postings`: token → `doc * 4 + weight` for what a document says itself (weight 3: an event
 *   title or a provider's names; 2: an event's models and tags);
 * - `groups`: token → groups of events it stands for at weight 1 (a provider's names stand for
 *   that provider's events, a region's names for its events, a type for its events), kept as
 *   groups so that "openai" is not copied into thousands of posting lists;
 * - `vocab` (sorted Latin tokens, for prefixes) and `grams` (trigram → vocab, for typos).
 */
import { decodeId } from './id-code.ts';
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

export interface SearchEngine {
  docs: SearchDoc[];
  postings: Map<string, number[]>;
  groups: Map<string, number[][]>;
  vocab: string[];
  grams: Map<string, number[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Padded trigrams: "^ab", "abc", …, "yz$". */
export function trigrams(word: string): string[] {
  const s = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i++) out.push(s.slice(i, i + 3));
  return out;
}

function buildGrams(vocab: string[]): Map<string, number[]> {
  const grams = new Map<string, number[]>();
  vocab.forEach((word, i) => {
    if (word.length >= 3) for (const g of trigrams(word)) push(grams, g, i);
  });
  return grams;
}

/** Adds one document's tokens of `texts` at weight `w`, keeping the best weight per token. */
function addDoc(postings: Map<string, number[]>, doc: number, parts: [texts: string[], w: number][]): void {
  const best = new Map<string, number>();
  for (const [texts, w] of parts) {
    for (const text of texts) for (const t of indexTokens(text)) if ((best.get(t) ?? 0) < w) best.set(t, w);
  }
  for (const [t, w] of best) push(postings, t, doc * 4 + w);
}

/** Each token of an entity's names → that entity's event group. */
function addGroups(groups: Map<string, number[][]>, names: string[][], members: number[][]): void {
  names.forEach((texts, i) => {
    if (!members[i].length) return;
    for (const t of new Set(texts.flatMap(indexTokens))) push(groups, t, members[i]);
  });
}

export function createEngine(file: SearchIndexFile): SearchEngine {
  const docs: SearchDoc[] = [];
  const postings = new Map<string, number[]>();
  const byProvider: number[][] = file.providers.map(() => []);
  const byRegion: number[][] = file.regions.map(() => []);
  const byType: number[][] = file.types.map(() => []);
  for (const [id, name, zh, terms] of file.providers) {
    addDoc(postings, docs.length, [[[id, name, zh, ...terms], 3]]);
    docs.push({
      kind: 'provider',
      id,
      title: zh ? `${name} · ${zh}` : name,
      date: '',
      month: false,
      type: 'provider',
      candidate: false,
      providers: [],
    });
  }
  for (const [date, taken, rest, title, type, flags, providers, regions, terms] of file.events) {
    const doc = docs.length;
    const id = decodeId([taken, rest], date, title);
    addDoc(postings, doc, [
      [[title], 3],
      [terms.map((t) => file.terms[t] ?? ''), 2],
    ]);
    for (const p of providers) byProvider[p]?.push(doc);
    for (const r of regions) byRegion[r]?.push(doc);
    byType[type]?.push(doc);
    const names = providers.map((p) => file.providers[p]?.[1] ?? '');
    docs.push({
      kind: 'event',
      id,
      title,
      date,
      month: (flags & FLAG_MONTH) !== 0,
      type: file.types[type] ?? 'event',
      candidate: (flags & FLAG_CANDIDATE) !== 0,
      providers: names,
    });
  }
  const groups = new Map<string, number[][]>();
  addGroups(
    groups,
    file.providers.map(([id, name, zh, terms]) => [id, name, zh, ...terms]),
    byProvider,
  );
  addGroups(
    groups,
    file.regions.map(([code, en, zh]) => [code, en, zh]),
    byRegion,
  );
  addGroups(
    groups,
    file.types.map((t) => [t]),
    byType,
  );
  const vocab = [...new Set([...postings.keys(), ...groups.keys()])].filter((t) => !isCjk(t)).sort();
  return { docs, postings, groups, vocab, grams: buildGrams(vocab) };
}
