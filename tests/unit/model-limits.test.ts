/**
 * Every limit is defined once, in the schema (src/model/schema/fields.ts), and every writer cuts
 * at exactly that limit: over-long text goes through normalize, the ingester's event writer and
 * the page watcher's, and what comes out is what the schema accepts, no more and no shorter.
 */
import { describe, expect, test } from 'vitest';
import {
  CANDIDATE_SUMMARY_MAX,
  LANGUAGE_PATTERN,
  SUMMARY_MAX,
  TITLE_MAX,
  eventSchema,
  sourceConfigSchema,
  sourceSchema,
} from '../../src/model/schema/index.ts';
import { normalizeFeed } from '../../scripts/ingest/normalize/normalize.ts';
import { candidateEventData, toSource } from '../../scripts/ingest/write/event-file.ts';
import { buildEvent, type PageChange } from '../../scripts/watch/event.ts';
import type { ClassifiedCandidate } from '../../scripts/ingest/types.ts';
import { classified } from '../helpers/candidates.ts';

const length = (s: string) => Array.from(s).length;
/** Text without spaces, so a cut cannot stop early at a word boundary. */
const long = (n: number) => '长'.repeat(n);

function normalized(title: string, summary: string) {
  const raw = { title: 'Feed', items: [{ title, summary, link: 'https://wire.example/a', pubDate: '2024-06-25' }] };
  const [c] = normalizeFeed(raw as never, {
    sourceId: 'wire',
    feedUrl: 'https://wire.example/feed',
    language: 'zh-CN',
  }).candidates;
  return c!;
}

const classifiedItem = (title: string, summary: string): ClassifiedCandidate => classified(normalized(title, summary));

describe('limits come from the schema', () => {
  test('the schema accepts a title and summary of exactly the limit and refuses one more', () => {
    const event = eventSchema.parse({
      title: long(TITLE_MAX),
      title_zh: long(TITLE_MAX),
      date: '2024-06-25',
      type: 'restriction',
      surfaces: ['api'],
      status: 'candidate',
      summary: long(SUMMARY_MAX),
      summary_zh: long(SUMMARY_MAX),
      sources: [{ url: 'https://wire.example/a', publisher: 'Wire' }],
      origin: 'curated',
    });
    for (const [key, max] of [
      ['title', TITLE_MAX],
      ['title_zh', TITLE_MAX],
      ['summary', SUMMARY_MAX],
      ['summary_zh', SUMMARY_MAX],
    ] as const) {
      expect(eventSchema.safeParse({ ...event, [key]: long(max + 1) }).success).toBe(false);
    }
    expect(CANDIDATE_SUMMARY_MAX).toBeLessThanOrEqual(SUMMARY_MAX);
  });

  test('normalize cuts a feed title at exactly TITLE_MAX and a summary at CANDIDATE_SUMMARY_MAX', () => {
    expect(normalized(long(TITLE_MAX), 'x').title).toBe(long(TITLE_MAX));
    const c = normalized(long(TITLE_MAX + 50), long(CANDIDATE_SUMMARY_MAX + 50));
    expect(length(c.title)).toBe(TITLE_MAX);
    expect(c.title.endsWith('…')).toBe(true);
    expect(length(c.summary)).toBe(CANDIDATE_SUMMARY_MAX);
  });

  test("the ingester's event and source are cut at the schema's limits and valid", () => {
    const data = candidateEventData([
      { ...classifiedItem('t', 's'), title: long(TITLE_MAX + 50), summary: long(SUMMARY_MAX + 50) },
    ]);
    expect(length(data.title as string)).toBe(TITLE_MAX);
    expect(length(data.summary as string)).toBe(CANDIDATE_SUMMARY_MAX);
    expect(eventSchema.safeParse(data).success).toBe(true);
    const source = toSource({ ...classifiedItem('t', 's'), title: long(TITLE_MAX + 1) });
    expect(length(source.title!)).toBe(TITLE_MAX);
  });

  test("the watcher's title and summary fit the schema's limits", () => {
    const regions = ['AL', 'DZ', 'AO', 'AR', 'AM', 'AU', 'AT', 'AZ', 'BS', 'BH', 'BD', 'BB', 'BE', 'BZ', 'BJ'];
    const change: PageChange = {
      sourceId: 'acme-countries',
      list: 'offers',
      url: 'https://acme.example/offers',
      pageTitle: `list ${'of offers '.repeat(30)}`,
      providerId: 'acme',
      providerName: 'Acme',
      surface: 'api',
      added: regions.map((r) => `${r} ${'offer '.repeat(60)}`),
      removed: regions.map((r) => `${r} ${'gone '.repeat(60)}`),
      count: 15,
      date: '2025-03-04',
    };
    const e = buildEvent(change);
    expect(length(e.title)).toBeLessThanOrEqual(TITLE_MAX);
    expect(length(e.title)).toBeGreaterThan(TITLE_MAX * 0.7);
    expect(e.title.endsWith('…')).toBe(true);
    expect(e.summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(eventSchema.safeParse(e).success).toBe(true);
  });

  test('one language pattern: sources, the sources file and the ingester agree', () => {
    for (const tag of ['en', 'zh', 'zh-Hant', 'yue', 'EN', 'english', 'zh_CN', '']) {
      const ok = LANGUAGE_PATTERN.test(tag);
      expect(sourceSchema.safeParse({ url: 'https://a.example/', publisher: 'A', language: tag }).success).toBe(ok);
      expect(sourceConfigSchema.safeParse({ id: 'a', url: 'https://a.example/', language: tag }).success).toBe(ok);
    }
    expect(toSource({ ...classifiedItem('t', 's'), language: 'zh-Hant-TW' }).language).toBe('zh');
    expect(toSource({ ...classifiedItem('t', 's'), language: 'English' }).language).toBeUndefined();
  });
});
