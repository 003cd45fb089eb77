/**
 * Builds the search index file from the site's events and providers (build time, plain data in,
 * plain data out). Rejected events are left out; candidates are kept and flagged.
 */
import { EVENT_TYPES, type EventData, type ProviderData } from '../model/schema/index.ts';
import { encodeId } from './id-code.ts';
import { FLAG_CANDIDATE, FLAG_MONTH, INDEX_VERSION, type EventRow, type SearchIndexFile } from './index-format.ts';

export interface IndexInput {
  /** Newest first (the order of `getAllEvents`). */
  events: { id: string; data: EventData }[];
  providers: { id: string; data: ProviderData }[];
  /** Region code → display name in English or Chinese. */
  regionName: (code: string, lang: 'en' | 'zh') => string;
}

/** Distinct values, first occurrence wins, empty strings dropped. */
function distinct(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

/** Assigns each distinct key a stable index in first-seen order. */
function indexer() {
  const seen = new Map<string, number>();
  return { seen, of: (key: string) => seen.get(key) ?? (seen.set(key, seen.size), seen.size - 1) };
}

export function buildSearchIndex(input: IndexInput): SearchIndexFile {
  const providerIndex = new Map(input.providers.map((p, i) => [p.id, i]));
  const regions = indexer();
  const terms = indexer();
  const events: EventRow[] = [];
  for (const { id, data } of input.events) {
    if (data.status === 'rejected') continue;
    const flags =
      (data.status === 'candidate' ? FLAG_CANDIDATE : 0) | (data.date_precision === 'month' ? FLAG_MONTH : 0);
    const providers = data.providers.map((p) => providerIndex.get(p)).filter((i): i is number => i !== undefined);
    const words = distinct([...(data.models ?? []), ...(data.tags ?? [])]).map(terms.of);
    const [taken, rest] = encodeId(id, data.date, data.title);
    events.push([
      data.date,
      taken,
      rest,
      data.title,
      EVENT_TYPES.indexOf(data.type),
      flags,
      providers,
      data.regions.map(regions.of),
      words,
    ]);
  }
  return {
    v: INDEX_VERSION,
    types: [...EVENT_TYPES],
    providers: input.providers.map(({ id, data }) => [
      id,
      data.name,
      data.name_zh ?? '',
      distinct([...data.aliases, ...data.models.map((m) => m.name)]),
    ]),
    regions: [...regions.seen.keys()].map((code) => [code, input.regionName(code, 'en'), input.regionName(code, 'zh')]),
    terms: [...terms.seen.keys()],
    events,
  };
}
