import { describe, expect, test } from 'vitest';
import { availabilityDuplicates } from './validate.ts';
import { availabilitySchema, providerSchema } from './schema/index.ts';

const LIST = 'https://example.com/supported';
const src = (url = 'https://example.com/news') => ({ url, publisher: 'Example' });
const provider = (availability: unknown[], lists: unknown[] = []) =>
  providerSchema.parse({
    name: 'Acme',
    hq: 'US',
    website: 'https://acme.example',
    openai_compatible: { status: 'unknown' },
    availability,
    availability_lists: lists,
    sources: [src()],
  });
const list = { surface: 'api', url: LIST, coverage: 'complete', checked: '2026-11-20' };

describe('availability rules', () => {
  test('not-supported needs the day the list was read', () => {
    const r = availabilitySchema.safeParse({
      region: 'HK',
      surface: 'api',
      status: 'not-supported',
      source: src(LIST),
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/checked/);
  });

  test('one region may have an API entry and an app entry, but not two API entries', () => {
    const api = { region: 'HK', surface: 'api', status: 'blocked', source: src() };
    expect(availabilityDuplicates(provider([api, { ...api, surface: 'app', status: 'available' }]))).toEqual([]);
    expect(availabilityDuplicates(provider([api, { ...api, status: 'limited' }]))).toEqual([
      { field: 'availability.1', message: 'a second entry for HK (api); the first is availability.0' },
    ]);
  });

  test("an entry citing the provider's own list must say when it was read", () => {
    const entry = { region: 'FR', surface: 'api', status: 'available', source: src(LIST) };
    expect(availabilityDuplicates(provider([entry], [list]))[0]).toMatchObject({ field: 'availability.0.checked' });
    expect(availabilityDuplicates(provider([{ ...entry, checked: '2026-11-20' }], [list]))).toEqual([]);
  });

  test('one list per surface', () => {
    expect(availabilityDuplicates(provider([], [list, list]))[0]).toMatchObject({ field: 'availability_lists.1' });
  });
});
