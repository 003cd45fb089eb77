import { describe, expect, test } from 'vitest';
import { incentiveSchema, availabilitySchema } from '../model/schema/index.ts';
import { latestDeadline, summarizeAvailability, tokenAmount, tokenOffers } from './providers.ts';

const source = { url: 'https://example.org/', title: 'T', publisher: 'P' };
const incentive = (title: string, over: object) =>
  incentiveSchema.parse({ title, announced: '2024-06-25', offer: 'x', source, ...over });

describe('tokenAmount', () => {
  test.each([
    ['50 million tokens', 50e6],
    ['150 million free tokens', 150e6],
    ['1.5M tokens', 1.5e6],
    ['1 billion', 1e9],
    ['10,000,000 tokens', 10e6],
    ['1亿 tokens', 1e8],
    ['2000万tokens', 2e7],
    ['unlimited', undefined],
    [undefined, undefined],
  ])('reads "%s" as %s', (text, expected) => expect(tokenAmount(text)).toBe(expected));
});

describe('incentive cells', () => {
  const list = [
    incentive('small', { free_tokens: '1 million tokens', ends: '2024-07-31' }),
    incentive('none', {}),
    incentive('big', { free_tokens: '150 million tokens', ends: '2024-12-31' }),
  ];
  test('orders token offers largest first and skips offers without tokens', () => {
    expect(tokenOffers(list).map((i) => i.title)).toEqual(['big', 'small']);
  });
  test('finds the latest deadline', () => expect(latestDeadline(list)?.ends).toBe('2024-12-31'));
  test('finds no deadline when none is stated', () => expect(latestDeadline([list[1]])).toBeUndefined());
});

test("summarizes one surface's availability by status", () => {
  const a = (region: string, status: string, surface = 'api') =>
    availabilitySchema.parse({ region, surface, status, checked: '2026-01-01', source });
  const all = [
    a('US', 'available'),
    a('CN', 'blocked'),
    a('HK', 'blocked'),
    a('RU', 'limited'),
    a('KP', 'not-supported'),
    a('IT', 'available', 'app'),
  ];
  expect(summarizeAvailability(all, 'api')).toEqual({
    available: ['US'],
    limited: ['RU'],
    notSupported: ['KP'],
    blocked: ['CN', 'HK'],
  });
  expect(summarizeAvailability(all, 'app')).toEqual({ available: ['IT'], limited: [], notSupported: [], blocked: [] });
});
