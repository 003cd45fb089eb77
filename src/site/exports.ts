/**
 * The shapes of the data exports (`/data/events.json`, `/data/events.csv`,
 * `/data/providers.json`). Documented on the about page; change them only additively.
 */
import type { EventData, ProviderData } from '../model/schema/index.ts';
import { EVENT_KEY_ORDER } from '../model/event-file.ts';
import { toCsv } from './csv.ts';
import { escapeXml } from './xml.ts';

/** An absolute URL for a base-prefixed site path (`/events/x/`), on the configured site origin. */
export function absoluteUrl(sitePath: string, site: URL | undefined): string {
  if (!site) throw new Error(`absoluteUrl: no site URL configured for "${sitePath}" (set SITE_URL)`);
  return new URL(sitePath, site).href;
}

/** When the export was generated: SOURCE_DATE_EPOCH (reproducible builds) or now. */
export function generatedAt(env: Record<string, string | undefined> = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? epoch * 1000 : Date.now()).toISOString();
}

/** One event in the JSON export: id, absolute page URL, then every frontmatter field. */
export function eventRecord(id: string, data: EventData, url: string) {
  return { id, url, ...data };
}

/** One provider in the JSON export: id, absolute page URL, then every frontmatter field. */
export function providerRecord(id: string, data: ProviderData, url: string) {
  return { id, url, ...data };
}

/** `{generated, count, <key>: items}`, pretty-printed with a trailing newline. */
export function exportJson(key: 'events' | 'providers', items: unknown[], generated: string): string {
  return JSON.stringify({ generated, count: items.length, [key]: items }, null, 2) + '\n';
}

/** Frontmatter keys the CSV leaves out: the Chinese twins, notes, surfaces and what only review reads. */
const NOT_IN_CSV = new Set(['title_zh', 'effective_note', 'surfaces', 'summary_zh', 'matched_terms', 'likely_same_as']);

/** The CSV columns: id, url, then the event keys in frontmatter order, `sources` written as its URLs. */
export const EVENTS_CSV_HEADER = [
  'id',
  'url',
  ...EVENT_KEY_ORDER.filter((k) => !NOT_IN_CSV.has(k)).map((k) => (k === 'sources' ? 'source_urls' : k)),
];

/** One CSV row per event; lists joined with "; ". */
export function eventsCsv(rows: { id: string; url: string; data: EventData }[]): string {
  const fields = EVENTS_CSV_HEADER.slice(2);
  const cell = (d: EventData, k: string) =>
    k === 'source_urls' ? d.sources.map((s) => s.url) : d[k as keyof EventData];
  return toCsv(
    EVENTS_CSV_HEADER,
    rows.map(({ id, url, data }) => [id, url, ...fields.map((k) => cell(data, k))]),
  );
}

/** A sitemap (sitemaps.org 0.9) listing absolute URLs. */
export function renderSitemap(urls: string[]): string {
  const items = urls.map((u) => `<url><loc>${escapeXml(u)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...items,
    '</urlset>',
    '',
  ].join('\n');
}
