import { describe, expect, test } from 'vitest';
import { eventSchema, type EventData } from '../model/schema/index.ts';
import { facetCounts, filterEvents, groupByMonth, relatedEvents, relatedFinder, type SiteEvent } from './timeline.ts';

function ev(id: string, over: Partial<EventData>): SiteEvent {
  const data = eventSchema.parse({
    title: id,
    date: '2024-06-25',
    type: 'restriction',
    surfaces: ['api'],
    status: 'published',
    summary: 'A summary.',
    sources: [{ url: 'https://example.org/', title: 'T', publisher: 'P' }],
    origin: 'curated',
    ...over,
  });
  return { id, data };
}

const events = [
  ev('a', { date: '2024-07-09', providers: ['openai'], regions: ['CN'] }),
  ev('b', { date: '2024-06-26', type: 'incentive', providers: ['zhipu-ai', 'openai'], regions: ['CN'] }),
  ev('c', { date: '2024-06-25', type: 'incentive', providers: ['baidu'], regions: ['CN', 'HK'] }),
  ev('d', { date: '2023-08-15', type: 'policy', regions: ['CN'] }),
  ev('e', { date: '2025-02-01', date_precision: 'month', type: 'policy', regions: ['EU'] }),
].sort((x, y) => y.data.date.localeCompare(x.data.date));

describe('groupByMonth', () => {
  test('puts events of one month under one heading, newest month first', () => {
    const groups = groupByMonth(events);
    expect(groups.map((g) => [g.label, g.events.map((e) => e.id)])).toEqual([
      ['February 2025', ['e']],
      ['July 2024', ['a']],
      ['June 2024', ['b', 'c']],
      ['August 2023', ['d']],
    ]);
  });
  test('gives no groups for no events', () => expect(groupByMonth([])).toEqual([]));
});

describe('filterEvents', () => {
  test.each([
    [{ type: 'incentive' }, ['b', 'c']],
    [{ provider: 'openai' }, ['a', 'b']],
    [{ region: 'hk' }, ['c']],
    [{ region: 'eu' }, ['e']],
    [{ year: '2023' }, ['d']],
    [{ type: 'incentive', provider: 'openai' }, ['b']],
    [{ type: 'lifting' }, []],
  ])('with %j keeps %j', (state, ids) => {
    expect(filterEvents(events, state).map((e) => e.id)).toEqual(ids);
  });
});

describe('facetCounts', () => {
  const counts = facetCounts(events);
  test('counts each type', () => {
    expect(counts.type).toEqual([
      { value: 'incentive', count: 2 },
      { value: 'policy', count: 2 },
      { value: 'restriction', count: 1 },
    ]);
  });
  test('lists years newest first', () => expect(counts.year.map((y) => y.value)).toEqual(['2025', '2024', '2023']));
  test('counts regions by slug', () => expect(counts.region[0]).toEqual({ value: 'cn', count: 4 }));
});

describe('relatedEvents', () => {
  test('ranks shared providers above shared regions and leaves out the event itself', () => {
    expect(relatedEvents(events[1], events).map((e) => e.id)).toEqual(['b', 'c', 'd']);
  });
  test('finds nothing for an event that shares nothing', () => {
    expect(relatedEvents(events[0], events)).toEqual([]);
  });
  test('returns at most the limit', () => expect(relatedEvents(events[2], events, 1)).toHaveLength(1));
});

describe('relatedFinder', () => {
  test('gives what relatedEvents gives, for every event of a larger pool', () => {
    const providers = ['openai', 'baidu', 'zhipu-ai', 'anthropic'];
    const regions = ['CN', 'HK', 'US', 'global', 'EU'];
    const pool = Array.from({ length: 60 }, (_, i) =>
      ev(`x${i}`, {
        date: `2024-0${1 + (i % 9)}-1${i % 10}`,
        providers: i % 7 === 0 ? [] : [providers[i % 4], providers[(i * 3) % 4]],
        regions: [regions[i % 5], regions[(i * 2) % 5]],
      }),
    );
    const find = relatedFinder(pool);
    for (const e of pool) expect(find(e).map((r) => r.id)).toEqual(relatedEvents(e, pool).map((r) => r.id));
  });
});
