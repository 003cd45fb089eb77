import { describe, expect, test } from 'vitest';
import { diffSets, judge, type Extraction } from './diff.ts';
import type { Snapshot } from './snapshot.ts';

const codes = (n: number) => Array.from({ length: n }, (_, i) => `C${String(i).padStart(2, '0')}`);
const snap = (c: string[]): Snapshot => ({
  source: 's',
  url: 'http://x/',
  provider: 'p',
  list: 'regions',
  fetched: '2025-01-01',
  count: c.length,
  codes: c,
  names: c,
  unknown: [],
});
const x = (c: string[], more: Partial<Extraction> = {}): Extraction => ({
  list: 'regions',
  names: c,
  codes: c,
  unknown: [],
  blockMarker: false,
  ...more,
});

describe('judge', () => {
  test.each([
    ['stores a baseline when there is no snapshot', undefined, x(codes(12)), 10, { kind: 'baseline' }],
    [
      'sees no change when the same codes come in another order',
      snap(codes(12)),
      x(codes(12).reverse()),
      10,
      { kind: 'unchanged' },
    ],
    [
      'reports an added region',
      snap(codes(12)),
      x([...codes(12), 'ZZ']),
      10,
      { kind: 'changed', added: ['ZZ'], removed: [] },
    ],
    ['reports a removed region', snap(codes(12)), x(codes(11)), 10, { kind: 'changed', added: [], removed: ['C11'] }],
    ['fails an empty list', snap(codes(12)), x([]), 10, { kind: 'failed', error: 'parse' }],
    ['fails a list below expect_min', snap(codes(12)), x(codes(9)), 10, { kind: 'failed', error: 'invalid' }],
    [
      'fails a drop of more than a third at once',
      snap(codes(12)),
      x(codes(7)),
      5,
      { kind: 'failed', error: 'invalid' },
    ],
    ['accepts a drop of exactly a third', snap(codes(12)), x(codes(8)), 5, { kind: 'changed' }],
    [
      'names a short page with a block marker as blocked',
      snap(codes(12)),
      x([], { blockMarker: true }),
      10,
      { kind: 'failed', error: 'blocked' },
    ],
    [
      'fails a list in which no item names a region',
      undefined,
      x(['Narnia'], { codes: [], unknown: ['Narnia'] }),
      1,
      { kind: 'failed', error: 'parse' },
    ],
  ])('%s', (_name, prev, next, min, expected) => {
    expect(judge(prev, next, min)).toMatchObject(expected);
  });

  test('a full list with a block phrase in its intro is still a good list', () => {
    expect(judge(snap(codes(12)), x(codes(12), { blockMarker: true }), 10)).toEqual({ kind: 'unchanged' });
  });

  test('offers lists compare item strings', () => {
    const prev: Snapshot = { ...snap([]), list: 'offers', names: ['a', 'b'] };
    expect(judge(prev, { list: 'offers', names: ['a', 'b', 'c'], codes: [], unknown: [], blockMarker: false })).toEqual(
      { kind: 'changed', added: ['c'], removed: [] },
    );
  });
});

test('diffSets returns sorted differences', () => {
  expect(diffSets(['B', 'A', 'C'], ['D', 'C', 'A'])).toEqual({ added: ['D'], removed: ['B'] });
});
