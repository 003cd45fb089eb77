import { describe, expect, test } from 'vitest';
import { formatMapState, parseMapState, rowShown, type RowFacts } from './facets.ts';

const row: RowFacts = { continent: 'asia', statuses: { openai: 'blocked', baidu: 'available' } };

describe('rowShown', () => {
  test.each([
    ['no filter', {}, true],
    ['its continent', { continent: 'asia' }, true],
    ['another continent', { continent: 'europe' }, false],
    ['a status one provider has', { status: 'blocked' }, true],
    ['a status no provider has', { status: 'limited' }, false],
    ['a status of a provider that is filtered out', { provider: 'baidu', status: 'blocked' }, false],
    ['a status of the chosen provider', { provider: 'openai', status: 'blocked' }, true],
  ])('with %s shows the row: %s', (_n, state, shown) => {
    expect(rowShown(state, row)).toBe(shown);
  });
});

test('query strings round-trip and drop unknown values', () => {
  const state = parseMapState('?status=blocked&continent=asia&provider=openai&x=1', ['openai']);
  expect(state).toEqual({ continent: 'asia', provider: 'openai', status: 'blocked' });
  expect(formatMapState(state)).toBe('?continent=asia&provider=openai&status=blocked');
  expect(parseMapState('?continent=mars&provider=nobody&status=gone', ['openai'])).toEqual({});
  expect(formatMapState({})).toBe('');
});

test('not-supported is a status of its own; unknown is no filter', () => {
  const statuses = { anthropic: 'not-supported', openai: 'blocked' } as const;
  expect(parseMapState('?status=unknown', [])).toEqual({});
  expect(parseMapState('?status=not-supported', [])).toEqual({ status: 'not-supported' });
  expect(rowShown({ status: 'not-supported' }, { continent: 'asia', statuses })).toBe(true);
  expect(rowShown({ status: 'not-supported' }, row)).toBe(false);
});

describe('writeCaption', () => {
  const words = {
    base: 'API availability in Asia: {providers} × {regions}',
    providerOne: '1 provider',
    providerMany: '{n} providers',
    regionOne: '1 region',
    regionMany: '{n} regions',
    filtered: ' (filtered: {filters})',
  };
  test('says what is on screen, with singulars and the active filters', async () => {
    const { writeCaption } = await import('./facets.ts');
    expect(writeCaption(words, 16, 48, [])).toBe('API availability in Asia: 16 providers × 48 regions');
    expect(writeCaption(words, 1, 4, ['OpenAI', 'Blocked'])).toBe(
      'API availability in Asia: 1 provider × 4 regions (filtered: OpenAI, Blocked)',
    );
  });
});

test('key regions: stated records and published access events of the surface, not list lines', async () => {
  const { keyRegionCodes } = await import('./facets.ts');
  const providers = [
    {
      data: {
        availability: [
          { region: 'CN', surface: 'api' },
          { region: 'FR', surface: 'api', checked: '2026-11-28' },
          { region: 'IT', surface: 'app' },
        ],
      },
    },
  ];
  const events = [
    { data: { status: 'published', type: 'restriction', surfaces: ['api'], regions: ['RU'] } },
    { data: { status: 'candidate', type: 'restriction', surfaces: ['api'], regions: ['IR'] } },
    { data: { status: 'published', type: 'incentive', surfaces: ['api'], regions: ['KP'] } },
  ];
  expect([...keyRegionCodes(providers, events, 'api')].sort()).toEqual(['CN', 'RU']);
  expect([...keyRegionCodes(providers, events, 'app')]).toEqual(['IT']);
});
