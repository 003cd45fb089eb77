/**
 * The search index file (`/search/index.json`) as written at build time and read in the browser.
 * Rows are arrays, not objects, because at 10,000 events every repeated key name costs bytes;
 * no summaries, only what a result line shows plus the words worth matching.
 */

export const INDEX_VERSION = 3;

/** Bits of an event row's `flags`. */
export const FLAG_CANDIDATE = 1;
export const FLAG_MONTH = 2;

/** `[id, name, name_zh ("" when none), terms: aliases, model names and the pinyin of the Chinese name]` */
export type ProviderRow = [id: string, name: string, nameZh: string, terms: string[]];

/** `[code, English name, Chinese name, pinyin of the Chinese name (syllables joined by "-")]` */
export type RegionRow = [code: string, en: string, zh: string, pinyin: string];

/**
 * `[date, id code (see id-code.ts), title, type index, flags, provider indices, region indices,
 * term indices (models and tags), summary term indices]`. The summaries themselves are left out
 * (at 10,000 events they would be most of the file): only the synonym groups they name (`=ban`,
 * `=free`…, see synonyms.ts) are kept, as terms. Chinese titles are in their own file (below).
 * Rows are newest first, so a row's place is its recency rank.
 */
export type EventRow = [
  date: string,
  taken: number,
  idRest: string,
  title: string,
  type: number,
  flags: number,
  providers: number[],
  regions: number[],
  terms: number[],
  summaryTerms: number[],
];

/**
 * Availability cells, grouped: `[provider index, surface, status, checked ("" when unknown),
 * region indices]`; only cells whose status is known.
 */
export type CellRow = [provider: number, surface: string, status: string, checked: string, regions: number[]];

export interface SearchIndexFile {
  v: typeof INDEX_VERSION;
  /** Event type names; an event row's `type` indexes this list. */
  types: string[];
  providers: ProviderRow[];
  regions: RegionRow[];
  /** Distinct model names and tags of events; an event row's `terms` index this list. */
  terms: string[];
  events: EventRow[];
  cells: CellRow[];
}

/**
 * `/search/index-zh.json`: the events' Chinese titles, in the order of the main file's events
 * ("" when an event has none), and the providers' Chinese descriptions, in the order of its
 * providers. A file of its own because Chinese text compresses poorly: at 10,000 events it would
 * more than double the main file, and only Chinese pages and Chinese queries need it (provider,
 * region and type names in Chinese are in the main file).
 */
export interface SearchIndexZhFile {
  v: typeof INDEX_VERSION;
  /** How many events the main file has: the two files must come from the same build. */
  events: number;
  titles: string[];
  descriptions: string[];
}
