/**
 * Builds the search index file from the site's events and providers (build time, plain data in,
 * plain data out). Rejected events are left out; candidates are kept and flagged.
 */
import { pinyin } from 'pinyin-pro';
import { buildMatrix } from '../model/availability.ts';
import { EVENT_TYPES, type EventData, type ProviderData } from '../model/schema/index.ts';
import { encodeId } from './id-code.ts';
import {
  FLAG_CANDIDATE,
  FLAG_MONTH,
  INDEX_VERSION,
  type CellRow,
  type EventRow,
  type SearchIndexFile,
  type SearchIndexZhFile,
} from './index-format.ts';
import { isGroupKey } from './synonyms.ts';
import { indexTokens } from './tokenize.ts';

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
  const of = (key: string): number => {
    let i = seen.get(key);
    if (i === undefined) {
      i = seen.size;
      seen.set(key, i);
    }
    return i;
  };
  return { seen, of };
}

/** Toneless pinyin of the Chinese characters in `text`, syllables joined by "-" ("香港" → "xiang-gang"); "" when none. */
export function pinyinOf(text: string): string {
  if (!/[\u3400-\u9fff]/.test(text)) return '';
  return pinyin(text.replace(/[^\u3400-\u9fff]+/g, ''), { toneType: 'none', type: 'array', v: true }).join('-');
}

/** The synonym groups a text names that `already` does not: what a summary adds to its title. */
function groupKeys(texts: (string | undefined)[], already: Set<string>): string[] {
  const keys = new Set<string>();
  for (const text of texts)
    if (text) for (const t of indexTokens(text)) if (isGroupKey(t) && !already.has(t)) keys.add(t);
  return [...keys];
}

/** The known availability cells of the API and app surfaces, grouped by provider, surface, status and date. */
function cellRows(input: IndexInput, regionOf: (code: string) => number): CellRow[] {
  const grouped = new Map<string, CellRow>();
  for (const surface of ['api', 'app'] as const) {
    const matrix = buildMatrix(input.providers, input.events, surface);
    input.providers.forEach(({ id }, p) => {
      for (const { code } of matrix.regions) {
        const cell = matrix.cell(id, code);
        if (cell.status === 'unknown') continue;
        const checked = cell.record?.checked ?? '';
        const key = `${p}|${surface}|${cell.status}|${checked}`;
        const row = grouped.get(key) ?? [p, surface, cell.status, checked, []];
        grouped.set(key, row);
        row[4].push(regionOf(code));
      }
    });
  }
  return [...grouped.values()];
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
    const words = distinct([...(data.models ?? []), ...(data.tags ?? [])]);
    // Groups the English title already names (the Chinese titles are a separate, optional file).
    const inTitles = new Set([data.title, ...words].flatMap(indexTokens).filter(isGroupKey));
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
      words.map(terms.of),
      groupKeys([data.summary, data.summary_zh], inTitles).map(terms.of),
    ]);
  }
  const cells = cellRows(input, regions.of);
  return {
    v: INDEX_VERSION,
    types: [...EVENT_TYPES],
    providers: input.providers.map(({ id, data }) => [
      id,
      data.name,
      data.name_zh ?? '',
      distinct([...data.aliases, ...data.models.map((m) => m.name), pinyinOf(data.name_zh ?? '')]),
    ]),
    regions: [...regions.seen.keys()].map((code) => {
      const zh = input.regionName(code, 'zh');
      return [code, input.regionName(code, 'en'), zh, pinyinOf(zh)];
    }),
    terms: [...terms.seen.keys()],
    events,
    cells,
  };
}

/** The Chinese titles of the events `buildSearchIndex` keeps and the providers' descriptions, in its order. */
export function buildSearchIndexZh(input: Pick<IndexInput, 'events' | 'providers'>): SearchIndexZhFile {
  const titles = input.events.filter(({ data }) => data.status !== 'rejected').map(({ data }) => data.title_zh ?? '');
  const descriptions = input.providers.map(({ data }) => data.description_zh ?? '');
  return { v: INDEX_VERSION, events: titles.length, titles, descriptions };
}
