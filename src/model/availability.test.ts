import { describe, expect, test } from 'vitest';
import { eventSchema, providerSchema, type EventData } from './schema/index.ts';
import { accessHistory, buildMatrix, regionEvents, type EventLike, type ProviderLike } from './availability.ts';
import { statusSentence } from '../site/availability/words.ts';
import {
  AVAILABILITY_CSV_HEADER,
  availabilityCsv,
  availabilityJson,
  availabilityRows,
} from '../site/availability/export.ts';

const src = (n: string) => ({ url: `https://example.com/${n}`, title: n, publisher: 'Example' });
const provider = (
  id: string,
  name: string,
  availability: unknown[],
  availability_lists: unknown[] = [],
): ProviderLike => ({
  id,
  data: providerSchema.parse({
    name,
    hq: 'US',
    website: 'https://example.com',
    openai_compatible: { status: 'unknown' },
    availability,
    availability_lists,
    sources: [src('p')],
  }),
});
const event = (id: string, d: Partial<EventData>): EventLike => ({
  id,
  data: eventSchema.parse({
    title: id,
    date: '2024-06-25',
    type: 'restriction',
    surfaces: ['api'],
    status: 'published',
    summary: 's',
    sources: [src(id)],
    origin: 'curated',
    ...d,
  }),
});

const openai = provider(
  'openai',
  'OpenAI',
  [
    { region: 'US', surface: 'api', status: 'available', source: src('us') },
    { region: 'CN', surface: 'api', status: 'blocked', since: '2024-07-09', source: src('cn') },
    { region: 'EU', surface: 'api', status: 'limited', since: '2024-01-01', source: src('eu') },
    { region: 'IT', surface: 'app', status: 'available', since: '2023-04-28', source: src('it') },
  ],
  [{ surface: 'api', url: 'https://example.com/list', coverage: 'partial', checked: '2026-01-01' }],
);
const baidu = provider('baidu', 'Baidu', [
  { region: 'CN', surface: 'api', status: 'available', source: src('b-cn') },
  { region: 'global', surface: 'api', status: 'blocked', source: src('b-global') },
]);
const deepseek = provider('deepseek', 'DeepSeek', []);
const anthropic = provider(
  'anthropic',
  'Anthropic',
  [{ region: 'HK', surface: 'api', status: 'not-supported', checked: '2026-11-20', source: src('a-list') }],
  [{ surface: 'api', url: 'https://example.com/a-list', coverage: 'complete', checked: '2026-11-20' }],
);
const events = [
  event('2024-06-25-openai-blocks-cn', { providers: ['openai'], regions: ['CN', 'HK'], effective: '2024-07-09' }),
  event('2024-05-01-eu-rule', { type: 'policy', regions: ['EU'], date: '2024-05-01' }),
  event('2024-06-26-baidu-offer', { type: 'incentive', providers: ['baidu'], regions: ['CN'], date: '2024-06-26' }),
  event('2024-08-01-candidate', {
    status: 'candidate',
    type: 'availability',
    providers: ['openai'],
    regions: ['BR'],
    date: '2024-08-01',
  }),
  event('2023-04-28-chatgpt-italy', {
    type: 'lifting',
    surfaces: ['app'],
    providers: ['openai'],
    regions: ['IT'],
    date: '2023-04-28',
  }),
  event('2025-12-01-h200-exports', { type: 'lifting', surfaces: ['hardware'], regions: ['CN'], date: '2025-12-01' }),
];

describe('buildMatrix', () => {
  const m = buildMatrix([openai, baidu], events);

  test('rows are the regions with records or published access events, grouped by continent', () => {
    expect(m.regions.map((r) => r.code)).toEqual(['HK', 'CN', 'EU', 'US', 'global']);
    expect(m.providers.map((p) => p.id)).toEqual(['baidu', 'openai']);
  });

  test.each([
    ['openai', 'CN', 'blocked', undefined, '2024-06-25-openai-blocks-cn'],
    ['openai', 'US', 'available', undefined, undefined],
    ['openai', 'HK', 'unknown', undefined, undefined],
    ['openai', 'DE', 'limited', 'EU', undefined],
    ['baidu', 'CN', 'available', undefined, undefined],
    ['baidu', 'US', 'blocked', 'global', undefined],
    ['openai', 'IT', 'limited', 'EU', undefined],
  ])('%s in %s is %s (via %s, event %s)', (p, r, status, via, eventId) => {
    const c = m.cell(p, r);
    expect([c.status, c.via, c.eventId]).toEqual([status, via, eventId]);
  });

  test('an unknown cell says why: beyond the readable part of a partial list, or no list found', () => {
    expect(m.cell('openai', 'HK').unknownReason).toBe('beyond-list');
    expect(buildMatrix([deepseek], events).cell('deepseek', 'HK').unknownReason).toBe('no-list');
  });
});

describe('surfaces', () => {
  const app = buildMatrix([openai, baidu], events, 'app');

  test('the app map shows app records only, backed by app events', () => {
    expect(app.regions.map((r) => r.code)).toEqual(['IT']);
    expect([app.cell('openai', 'IT').status, app.cell('openai', 'IT').eventId]).toEqual([
      'available',
      '2023-04-28-chatgpt-italy',
    ]);
    expect(app.cell('openai', 'CN').status).toBe('unknown');
  });

  test('an app or hardware event never shows in the API history', () => {
    expect(accessHistory(events, { region: 'IT' }).map((e) => e.id)).toEqual([]);
    expect(accessHistory(events, { region: 'IT', surface: 'app' }).map((e) => e.id)).toEqual([
      '2023-04-28-chatgpt-italy',
    ]);
    expect(accessHistory(events, { region: 'CN' }).map((e) => e.id)).toEqual(['2024-06-25-openai-blocks-cn']);
  });
});

describe('statusSentence', () => {
  const m = buildMatrix([openai, deepseek, anthropic], events);

  test.each([
    ['anthropic', 'HK', "Not supported (not on Anthropic's list, checked 20 November 2026)"],
    ['openai', 'CN', 'Blocked since 9 July 2024'],
    ['openai', 'HK', 'Unknown (beyond the part of the list we could read)'],
    ['deepseek', 'HK', 'Unknown (DeepSeek publishes no list we could find)'],
  ])('%s in %s reads %j', (p, r, text) => {
    const name = m.providers.find((x) => x.id === p)!.name;
    expect(statusSentence(m.cell(p, r), name)).toBe(text);
  });
});

describe('history', () => {
  test('a region lists its events newest first, EU events included for members', () => {
    expect(regionEvents(events, 'DE').map((e) => e.id)).toEqual(['2024-05-01-eu-rule']);
    expect(regionEvents(events, 'CN').map((e) => e.id)).toEqual([
      '2025-12-01-h200-exports',
      '2024-06-26-baidu-offer',
      '2024-06-25-openai-blocks-cn',
    ]);
  });

  test('access history keeps availability, restriction and lifting events only', () => {
    expect(accessHistory(events, { region: 'CN' }).map((e) => e.id)).toEqual(['2024-06-25-openai-blocks-cn']);
    expect(accessHistory(events, { provider: 'openai' }).map((e) => e.id)).toEqual([
      '2024-08-01-candidate',
      '2024-06-25-openai-blocks-cn',
    ]);
  });
});

describe('exports', () => {
  const rows = availabilityRows([openai, baidu], events, (id) => `https://site.example/events/${id}/`);

  test('one row per record, sorted by provider then region, with the backing event', () => {
    expect(rows.map((r) => `${r.provider}:${r.surface}:${r.region}:${r.status}`)).toEqual([
      'baidu:api:CN:available',
      'baidu:api:global:blocked',
      'openai:api:CN:blocked',
      'openai:api:EU:limited',
      'openai:api:US:available',
      'openai:app:IT:available',
    ]);
    expect(rows[2]).toMatchObject({
      since: '2024-07-09',
      source_url: 'https://example.com/cn',
      event_url: 'https://site.example/events/2024-06-25-openai-blocks-cn/',
      region_name: 'Mainland China',
    });
  });

  test('the JSON has generated, count and the rows', () => {
    const json = JSON.parse(availabilityJson(rows, '2025-01-01T00:00:00.000Z'));
    expect(json).toMatchObject({ generated: '2025-01-01T00:00:00.000Z', count: 6 });
    expect(Object.keys(json.availability[0])).toEqual(AVAILABILITY_CSV_HEADER);
  });

  test('the CSV has the header and one CRLF line per row', () => {
    const lines = availabilityCsv(rows).split('\r\n');
    expect(lines[0]).toBe(AVAILABILITY_CSV_HEADER.join(','));
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines[3]).toBe(
      'openai,OpenAI,CN,Mainland China,api,blocked,2024-07-09,day,,,https://example.com/cn,cn,Example,https://site.example/events/2024-06-25-openai-blocks-cn/',
    );
  });
});
