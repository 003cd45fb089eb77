import { describe, expect, test } from 'vitest';
import { eventSchema } from '../model/schema/index.ts';
import { EVENTS_CSV_HEADER, eventRecord, eventsCsv, exportJson, generatedAt, renderSitemap } from './exports.ts';

const data = eventSchema.parse({
  title: 'Block, "quoted"',
  date: '2024-06-25',
  type: 'restriction',
  surfaces: ['api'],
  status: 'published',
  providers: ['openai'],
  regions: ['CN', 'HK'],
  summary: '=cmd line',
  sources: [{ url: 'https://example.org/a', title: 'T', publisher: 'P' }],
  origin: 'curated',
});

describe('JSON export', () => {
  test('has generated, count and the items with id and url first', () => {
    const json = JSON.parse(
      exportJson('events', [eventRecord('x', data, 'https://s/events/x/')], '2024-01-01T00:00:00.000Z'),
    );
    expect(json.count).toBe(1);
    expect(Object.keys(json.events[0]).slice(0, 3)).toEqual(['id', 'url', 'title']);
    expect(json.events[0].date_precision).toBe('day');
  });
  test('takes the generation time from SOURCE_DATE_EPOCH when set', () => {
    expect(generatedAt({ SOURCE_DATE_EPOCH: '0' })).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('CSV export', () => {
  const csv = eventsCsv([{ id: 'x', url: 'https://s/events/x/', data }]);
  const lines = csv.trimEnd().split('\r\n');
  test('has a header and one line per event', () => {
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(EVENTS_CSV_HEADER.join(','));
    // The published columns, in order: a change here must be additive.
    expect(EVENTS_CSV_HEADER).toEqual([
      ...['id', 'url', 'title', 'date', 'date_precision', 'effective', 'type', 'status'],
      ...['providers', 'regions', 'models', 'tags', 'summary', 'source_urls', 'origin'],
    ]);
  });
  test('quotes commas and quotes, joins lists, defuses formulas', () => {
    expect(lines[1]).toContain('"Block, ""quoted"""');
    expect(lines[1]).toContain('CN; HK');
    expect(lines[1]).toContain("'=cmd line");
  });
});

test('a sitemap escapes its URLs', () => {
  expect(renderSitemap(['https://s/a?b=1&c=2'])).toContain('<loc>https://s/a?b=1&amp;c=2</loc>');
});
