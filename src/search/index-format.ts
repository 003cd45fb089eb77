/**
 * The search index file (`/search/index.json`) as written at build time and read in the browser.
 * Rows are arrays, not objects, because at 10,000 events every repeated key name costs bytes;
 * no summaries, only what a result line shows plus the words worth matching.
 */

export const INDEX_VERSION = 1;

/** Bits of an event row's `flags`. */
export const FLAG_CANDIDATE = 1;
export const FLAG_MONTH = 2;

/** `[id, name, name_zh ("" when none), terms: aliases and model names]` */
export type ProviderRow = [id: string, name: string, nameZh: string, terms: string[]];

/** `[code, English name, Chinese name]` */
export type RegionRow = [code: string, en: string, zh: string];

/**
 * `[date, id, title, type index, flags, provider indices, region indices, terms: models and tags]`.
 * Rows are newest first, so the row index doubles as the recency rank.
 */
export type EventRow = [date: string, id: string, title: string, type: number, flags: number, providers: number[], regions: number[], terms: string[]];

export interface SearchIndexFile {
  v: typeof INDEX_VERSION;
  /** Event type names; an event row's `type` indexes this list. */
  types: string[];
  providers: ProviderRow[];
  regions: RegionRow[];
  events: EventRow[];
}
