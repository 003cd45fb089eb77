import { describe, expect, test } from 'vitest';
import { anySourceFetched, lastReviewed } from './freshness.ts';

const source = { url: 'https://example.org/', publisher: 'P' };
const provider = (checked: (string | undefined)[], lists: string[] = []) => ({
  data: {
    availability: checked.map((c) => ({
      region: 'US',
      surface: 'api' as const,
      status: 'available' as const,
      since_precision: 'day' as const,
      ...(c ? { checked: c } : {}),
      source,
    })),
    availability_lists: lists.map((c) => ({
      surface: 'api' as const,
      url: 'https://example.org/list',
      coverage: 'complete' as const,
      checked: c,
    })),
  },
});

describe('lastReviewed', () => {
  test('the latest checked day of any availability entry or list', () => {
    expect(lastReviewed([provider(['2025-01-02', undefined]), provider(['2024-12-31'], ['2025-03-04'])])).toBe(
      '2025-03-04',
    );
  });
  test('nothing checked: undefined (the footer then says nothing)', () => {
    expect(lastReviewed([provider([undefined])])).toBeUndefined();
  });
});

describe('anySourceFetched', () => {
  test('only a recorded success counts', () => {
    expect(anySourceFetched({})).toBe(false);
    expect(anySourceFetched({ a: { consecutiveFailures: 3, lastFailure: '2025-01-01T00:00:00Z' } })).toBe(false);
    expect(anySourceFetched({ a: { consecutiveFailures: 0, lastSuccess: '2025-01-01T00:00:00Z' } })).toBe(true);
  });
});
