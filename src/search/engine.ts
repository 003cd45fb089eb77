/**
 * Turns the downloaded index file into what queries run against, once, in the browser:
 * - `docs`: providers first, then events newest first (the doc number is the recency rank);
 * - `postings`: token → `doc * 4 + weight` for what a document says itself (weight 3: an event
 *   title, English or Chinese, or a provider's names; 2: an event's models and tags; 1: the
 *   synonym groups its summary names, a provider's Chinese description);
 * - `groups`: token → groups of events it stands for at weight 1 (a provider's names stand for
 *   that provider's events, a region's names and pinyin for its events, a type's names in both
 *   languages for its events), kept as groups so that "openai" is not copied into thousands of
 *   posting lists;
 * - tokens include the keys of the synonym groups (synonyms.ts) their words belong to;
 * - `providers`, `regions` and `cells`: names and availability for the answer of cells.ts;
 * - `vocab` (sorted Latin tokens and every synonym word, for prefixes) and `grams` (trigram →
 *   vocab, for typos).
 * The Chinese titles and descriptions arrive later, from their own file (`addChineseTitles`).
 */
import { decodeId } from './id-code.ts';
import { FLAG_CANDIDATE, FLAG_MONTH, type SearchIndexFile, type SearchIndexZhFile } from './index-format.ts';
import { nameWords } from './cells.ts';
import { isGroupKey, REGION_ALIASES, TYPE_TERMS, WORD_GROUP } from './synonyms.ts';
import { indexTokens, isCjk } from './tokenize.ts';

export interface SearchDoc {
  kind: 'event' | 'provider';
  id: string;
  title: string;
  /** The Chinese title ("" when none, or before the Chinese titles are added). */
  titleZh: string;
  /** `YYYY-MM-DD`; "" for providers. */
  date: string;
  /** The day is unknown: show only the month. */
  month: boolean;
  /** Event type; "provider" for providers. */
  type: string;
  /** Machine-proposed, unreviewed. */
  candidate: boolean;
  /** Provider display names, and in Chinese (the English name when there is none). */
  providers: string[];
  providersZh: string[];
}

/** A provider or region as the availability answer names it. */
export interface SearchEntity {
  id: string;
  name: string;
  nameZh: string;
  /** Each name as its words (Latin words; Chinese names as one run): see cells.ts. */
  names: string[][];
}

/** A known availability cell. */
export interface SearchCell {
  surface: string;
  status: string;
  /** `YYYY-MM-DD`, or "" when the provider's list was never read. */
  checked: string;
}

export interface SearchEngine {
  docs: SearchDoc[];
  providers: SearchEntity[];
  regions: SearchEntity[];
  /** `provider index|region index` → the cells of that pair (API first). */
  cells: Map<string, SearchCell[]>;
  /** Doc number of the first event (events follow the providers). */
  firstEvent: number;
  /** Whether the Chinese titles (index-zh.json) have been added. */
  hasZh: boolean;
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

/** An entity's names as word lists; a pinyin name ("xiang-gang") is also one word ("xianggang"). */
function entityNames(names: string[], pinyin = ''): string[][] {
  const lists = names.map(nameWords).filter((w) => w.length);
  if (pinyin) lists.push([pinyin.replace(/-/g, '')]);
  return lists;
}

function indexCells(file: SearchIndexFile): Map<string, SearchCell[]> {
  const cells = new Map<string, SearchCell[]>();
  for (const [p, surface, status, checked, regions] of file.cells) {
    for (const r of regions) push(cells, `${p}|${r}`, { surface, status, checked });
  }
  for (const list of cells.values()) list.sort((a, b) => Number(b.surface === 'api') - Number(a.surface === 'api'));
  return cells;
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
      title: name,
      titleZh: zh,
      date: '',
      month: false,
      type: 'provider',
      candidate: false,
      providers: [],
      providersZh: [],
    });
  }
  const firstEvent = docs.length;
  for (const [date, taken, rest, title, type, flags, providers, regions, terms, summaryTerms] of file.events) {
    const doc = docs.length;
    const id = decodeId([taken, rest], date, title);
    addDoc(postings, doc, [
      [[title], 3],
      [terms.map((t) => file.terms[t] ?? ''), 2],
    ]);
    // Synonym groups named only by the summary: their keys, as they are.
    for (const t of summaryTerms) {
      const key = file.terms[t];
      const list = key && isGroupKey(key) ? postings.get(key) : undefined;
      if (key && isGroupKey(key) && (!list || list[list.length - 1] >> 2 !== doc)) push(postings, key, doc * 4 + 1);
    }
    for (const p of providers) byProvider[p]?.push(doc);
    for (const r of regions) byRegion[r]?.push(doc);
    byType[type]?.push(doc);
    const names = providers.map((p) => file.providers[p]?.[1] ?? '');
    const namesZh = providers.map((p) => file.providers[p]?.[2] || file.providers[p]?.[1] || '');
    docs.push({
      kind: 'event',
      id,
      title,
      titleZh: '',
      date,
      month: (flags & FLAG_MONTH) !== 0,
      type: file.types[type] ?? 'event',
      candidate: (flags & FLAG_CANDIDATE) !== 0,
      providers: names,
      providersZh: namesZh,
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
    file.regions.map(([code, en, zh, pinyin]) => [code, en, zh, pinyin, ...(REGION_ALIASES[code] ?? [])]),
    byRegion,
  );
  addGroups(
    groups,
    file.types.map((t) => [t, ...(TYPE_TERMS[t] ?? [])]),
    byType,
  );
  // Synonyms count as words even where no document spells them ("prohibit" still finds "bans").
  const vocab = [...new Set([...postings.keys(), ...groups.keys(), ...WORD_GROUP.keys()])]
    .filter((t) => !isCjk(t) && !isGroupKey(t))
    .sort();
  return {
    docs,
    providers: file.providers.map(([id, name, zh, terms]) => ({
      id,
      name,
      nameZh: zh,
      names: entityNames([id, name, zh, ...terms]),
    })),
    regions: file.regions.map(([code, en, zh, pinyin]) => ({
      id: code,
      name: en,
      nameZh: zh,
      names: entityNames([en, zh, pinyin, ...(REGION_ALIASES[code] ?? [])], pinyin),
    })),
    cells: indexCells(file),
    firstEvent,
    hasZh: false,
    postings,
    groups,
    vocab,
    grams: buildGrams(vocab),
  };
}

/**
 * Adds the events' Chinese titles (index-zh.json) to an engine: their tokens at title weight, and
 * the titles for display; and the providers' Chinese descriptions, at the lowest weight. Latin words inside them are matched exactly, not as prefixes or typos.
 */
export function addChineseTitles(engine: SearchEngine, file: SearchIndexZhFile): void {
  if (engine.hasZh) return;
  if (file.events !== engine.docs.length - engine.firstEvent || file.descriptions.length !== engine.firstEvent)
    throw new Error('Chinese titles: the file does not match the index (not from the same build)');
  file.descriptions.forEach((text, doc) => {
    if (text) addDoc(engine.postings, doc, [[[text], 1]]);
  });
  file.titles.forEach((title, i) => {
    if (!title) return;
    const doc = engine.firstEvent + i;
    engine.docs[doc].titleZh = title;
    addDoc(engine.postings, doc, [[[title], 3]]);
  });
  engine.hasZh = true;
}
