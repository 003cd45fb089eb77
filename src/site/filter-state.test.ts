import { describe, expect, test } from 'vitest';
import { filterPath, formatState, matchesState, parseState, toggleValue, type Facets } from './filter-state.ts';

const facets: Facets = { type: ['restriction'], provider: ['openai', 'baidu'], region: ['cn'], year: ['2024'] };

describe('matchesState', () => {
  test.each([
    [{}, true],
    [{ type: 'restriction' }, true],
    [{ provider: 'baidu', region: 'cn' }, true],
    [{ provider: 'zhipu-ai' }, false],
    [{ type: 'restriction', year: '2023' }, false],
  ])('state %j matches: %s', (state, expected) => {
    expect(matchesState(facets, state)).toBe(expected);
  });
});

describe('URL state', () => {
  test('reads the four facets and ignores other keys and empty values', () => {
    expect(parseState('?type=policy&q=x&region=&year=2024')).toEqual({ type: 'policy', year: '2024' });
  });
  test('writes keys in a fixed order', () => {
    expect(formatState({ year: '2024', type: 'policy' })).toBe('?type=policy&year=2024');
  });
  test('writes nothing for an empty state', () => expect(formatState({})).toBe(''));
  test('round-trips a full state', () => {
    const state = { type: 'incentive', provider: 'zhipu-ai', region: 'cn', year: '2024' };
    expect(parseState(formatState(state))).toEqual(state);
  });
});

describe('toggleValue', () => {
  test('selects a value', () => expect(toggleValue({}, 'type', 'policy')).toEqual({ type: 'policy' }));
  test('replaces another value of the same facet', () => {
    expect(toggleValue({ type: 'policy' }, 'type', 'report')).toEqual({ type: 'report' });
  });
  test('clears a value that is already selected', () => {
    expect(toggleValue({ type: 'policy', year: '2024' }, 'type', 'policy')).toEqual({ year: '2024' });
  });
});

test('a filter page lives under filter/<facet>/<value>/', () => {
  expect(filterPath('provider', 'zhipu-ai')).toBe('filter/provider/zhipu-ai/');
});
