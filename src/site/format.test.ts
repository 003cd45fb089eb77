import { describe, expect, test } from 'vitest';
import { countLabel, formatDate, machineDate, monthLabel, safeHttpUrl } from './format.ts';

describe('formatDate', () => {
  test.each([
    ['2024-06-25', 'day', '25 June 2024'],
    ['2024-07-09', 'day', '9 July 2024'],
    ['2024-06-01', 'month', 'June 2024'],
    ['2025-12-01', 'month', 'December 2025'],
  ] as const)('shows %s with %s precision as "%s"', (iso, precision, expected) => {
    expect(formatDate(iso, precision)).toBe(expected);
  });

  test('never invents a day for a month-precision date', () => {
    expect(formatDate('2024-06-01', 'month')).not.toMatch(/\b1\b/);
  });

  test.each(['2024-6-1', 'June 2024', ''])('refuses "%s" naming the input', (bad) => {
    expect(() => formatDate(bad)).toThrow(bad === '' ? /formatDate/ : bad);
  });
});

describe('monthLabel and machineDate', () => {
  test('names the month of a YYYY-MM key', () => expect(monthLabel('2023-01')).toBe('January 2023'));
  test('refuses a thirteenth month', () => expect(() => monthLabel('2023-13')).toThrow(/2023-13/));
  test.each([
    ['2024-06-25', 'day', '2024-06-25'],
    ['2024-06-01', 'month', '2024-06'],
  ] as const)('gives <time datetime> for %s (%s) as %s', (iso, p, expected) => {
    expect(machineDate(iso, p)).toBe(expected);
  });
});

describe('safeHttpUrl', () => {
  test.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['/relative', undefined],
    [undefined, undefined],
  ])('turns %s into %s', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});

test.each([
  [1, '1 event'],
  [0, '0 events'],
  [3, '3 events'],
])('counts %i as "%s"', (n, expected) => expect(countLabel(n, 'event')).toBe(expected));
