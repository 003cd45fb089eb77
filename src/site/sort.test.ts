import { describe, expect, test } from 'vitest';
import { compareValues, nextDirection, sortOrder } from './sort.ts';

describe('sortOrder', () => {
  test.each([
    [['Zhipu AI', 'baidu', 'Alibaba Cloud'], 'text', 'ascending', [2, 1, 0]],
    [['Zhipu AI', 'baidu', 'Alibaba Cloud'], 'text', 'descending', [0, 1, 2]],
    [['50000000', '', '150000000', '1000000'], 'number', 'ascending', [3, 0, 2, 1]],
    [['50000000', '', '150000000', '1000000'], 'number', 'descending', [2, 0, 3, 1]],
    [['2024-07-31', '', '2024-12-31'], 'text', 'descending', [2, 0, 1]],
    [['b', 'a', 'b'], 'text', 'ascending', [1, 0, 2]],
  ] as const)('orders %j as %s %s: %j', (values, type, direction, expected) => {
    expect(sortOrder([...values], type, direction)).toEqual(expected);
  });
});

test('puts empty values last in both directions', () => {
  expect(compareValues('', '5', 'number', 'ascending')).toBeGreaterThan(0);
  expect(compareValues('', '5', 'number', 'descending')).toBeGreaterThan(0);
});

test.each([
  [null, 'ascending'],
  ['none', 'ascending'],
  ['ascending', 'descending'],
  ['descending', 'ascending'],
] as const)('after %s the next direction is %s', (current, expected) => {
  expect(nextDirection(current)).toBe(expected);
});
