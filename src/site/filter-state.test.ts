import { describe, expect, test } from 'vitest';
import {
  clearFacet,
  filterPath,
  formatState,
  matchesState,
  noJsPath,
  noJsTarget,
  parseState,
  toggleValue,
  toNoJsState,
  type Facets,
} from './filter-state.ts';

const facets: Facets = {
  type: ['restriction'],
  provider: ['openai', 'baidu'],
  region: ['cn'],
  year: ['2024'],
  surface: ['api'],
};

describe('matchesState', () => {
  test.each([
    [{}, true],
    [{ type: ['restriction'] }, true],
    [{ type: ['incentive', 'restriction'] }, true],
    [{ provider: ['baidu'], region: ['cn'] }, true],
    [{ provider: ['zhipu-ai'] }, false],
    [{ provider: ['zhipu-ai', 'openai'], year: ['2023', '2024'] }, true],
    [{ type: ['restriction'], year: ['2023'] }, false],
    [{ surface: ['app'] }, false],
  ])('state %j matches: %s', (state, expected) => {
    expect(matchesState(facets, state)).toBe(expected);
  });
  test('can leave one facet out', () => expect(matchesState(facets, { year: ['2023'] }, 'year')).toBe(true));
});

describe('URL state', () => {
  test('reads comma lists and repeated keys, ignores other keys and empty values', () => {
    expect(parseState('?type=policy,report&q=x&region=&year=2024&year=2023')).toEqual({
      type: ['policy', 'report'],
      year: ['2023', '2024'],
    });
  });
  test('writes keys in a fixed order and values sorted', () => {
    expect(formatState({ year: ['2024'], type: ['report', 'policy'] })).toBe('?type=policy,report&year=2024');
  });
  test('writes nothing for an empty state', () => expect(formatState({ type: [] })).toBe(''));
  test('round-trips a full state', () => {
    const state = {
      type: ['incentive', 'lifting'],
      provider: ['zhipu-ai'],
      region: ['cn', 'hk'],
      year: ['2024'],
      surface: ['api'],
    };
    expect(parseState(formatState(state))).toEqual(state);
  });
});

describe('toggleValue and clearFacet', () => {
  test('selects a value', () => expect(toggleValue({}, 'type', 'policy')).toEqual({ type: ['policy'] }));
  test('adds another value of the same facet', () => {
    expect(toggleValue({ type: ['policy'] }, 'type', 'report')).toEqual({ type: ['policy', 'report'] });
  });
  test('removes a value that is already selected', () => {
    expect(toggleValue({ type: ['policy'], year: ['2024'] }, 'type', 'policy')).toEqual({ year: ['2024'] });
  });
  test('clears a facet', () =>
    expect(clearFacet({ type: ['a', 'b'], year: ['2024'] }, 'type')).toEqual({ year: ['2024'] }));
});

describe('pre-rendered (no-JS) pages', () => {
  test('a filter page lives under filter/<facet>/<value>/', () => {
    expect(filterPath('provider', 'zhipu-ai')).toBe('filter/provider/zhipu-ai/');
  });
  test('one facet and a year have a page; two facets or two values do not', () => {
    expect(toNoJsState({ region: ['cn'], year: ['2025'] })).toEqual({
      pair: { key: 'region', value: 'cn' },
      year: '2025',
    });
    expect(noJsPath(toNoJsState({ region: ['cn'], year: ['2025'] })!)).toBe('filter/region/cn/year/2025/');
    expect(noJsPath(toNoJsState({ year: ['2025'] })!)).toBe('filter/year/2025/');
    expect(noJsPath(toNoJsState({})!)).toBe('');
    expect(toNoJsState({ region: ['cn'], type: ['policy'] })).toBeUndefined();
    expect(toNoJsState({ region: ['cn', 'hk'] })).toBeUndefined();
  });
  const cn = { pair: { key: 'region' as const, value: 'cn' } };
  test('a year link keeps the region', () => {
    expect(noJsTarget(cn, 'year', '2025')).toEqual({ target: { ...cn, year: '2025' } });
  });
  test('a region link keeps the year', () => {
    expect(noJsTarget({ year: '2025' }, 'region', 'cn')).toEqual({ target: { ...cn, year: '2025' } });
  });
  test('another type replaces the region, and says so; the year stays', () => {
    expect(noJsTarget({ ...cn, year: '2025' }, 'type', 'policy')).toEqual({
      target: { pair: { key: 'type', value: 'policy' }, year: '2025' },
      replaces: 'region',
    });
  });
  test('another region replaces this one, and says so', () => {
    expect(noJsTarget(cn, 'region', 'hk').replaces).toBe('region');
  });
  test('the selected value again removes it', () => {
    expect(noJsTarget({ ...cn, year: '2025' }, 'region', 'cn')).toEqual({ target: { year: '2025' } });
    expect(noJsTarget({ ...cn, year: '2025' }, 'year', '2025')).toEqual({ target: { ...cn, year: undefined } });
  });
});
