import { describe, expect, test } from 'vitest';
import { testEvent as ev } from '../../tests/helpers/events.ts';
import { eventFacets, facetCounts, filterEvents, groupByMonth, noJsCounts } from './timeline.ts';
import { selectionCounts } from './filter-state.ts';

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
    [{ type: ['incentive'] }, ['b', 'c']],
    [{ provider: ['openai'] }, ['a', 'b']],
    [{ region: ['hk'] }, ['c']],
    [{ region: ['eu'] }, ['e']],
    [{ year: ['2023'] }, ['d']],
    [{ type: ['incentive'], provider: ['openai'] }, ['b']],
    [{ type: ['lifting'] }, []],
    [{ type: ['lifting', 'policy'], year: ['2025'] }, ['e']],
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

describe('counts that follow the selection', () => {
  const facets = events.map((e) => eventFacets(e.data));
  test('with a region chosen, years count only that region', () => {
    const counts = selectionCounts(facets, { region: ['eu'] });
    expect(counts.year.get('2025')).toBe(1);
    expect(counts.year.get('2024')).toBeUndefined();
    // the region facet itself ignores its own selection, so other regions stay choosable
    expect(counts.region.get('cn')).toBe(4);
  });
  test('values of one facet add up (OR) and facets narrow (AND)', () => {
    const counts = selectionCounts(facets, { type: ['incentive', 'policy'], region: ['cn'] });
    expect(counts.year.get('2024')).toBe(2);
    expect(counts.year.get('2023')).toBe(1);
    expect(counts.type.get('restriction')).toBe(1);
    expect(counts.provider.get('baidu')).toBe(1);
  });
  test('no-JS counts are those of the page each link leads to', () => {
    const counts = noJsCounts(events, { pair: { key: 'type', value: 'incentive' }, year: '2023' });
    expect(counts.year.get('2024')).toBe(2); // incentive + 2024
    expect(counts.region.get('cn')).toBe(1); // cn + 2023 (the type is replaced)
    expect(counts.type.get('incentive')).toBeUndefined(); // no incentive in 2023
  });
});
