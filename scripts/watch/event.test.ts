import { describe, expect, test } from 'vitest';
import { SUMMARY_MAX, eventSchema } from '../../src/model/schema/index.ts';
import { buildEvent, eventTitle, type PageChange } from './event.ts';

const change = (added: string[], removed: string[]): PageChange => ({
  sourceId: 'anthropic-api-supported-regions',
  list: 'regions',
  url: 'https://example.com/regions',
  pageTitle: 'Anthropic API supported regions',
  providerId: 'anthropic',
  providerName: 'Anthropic',
  surface: 'api',
  added,
  removed,
  count: 170,
  date: '2025-03-04',
});
const many = (n: number) =>
  ['AL', 'DZ', 'AO', 'AR', 'AM', 'AU', 'AT', 'AZ', 'BS', 'BH', 'BD', 'BB', 'BE', 'BZ', 'BJ'].slice(0, n);

describe('eventTitle', () => {
  test.each([
    [many(12), [], 'Anthropic adds 12 countries, removes none'],
    [['PE'], [], 'Anthropic adds Peru, removes none'],
    [['PE', 'CL'], ['RU'], 'Anthropic adds Chile and Peru, removes Russia'],
    [[], ['CN', 'HK', 'MO', 'RU'], 'Anthropic adds none, removes 4 countries'],
  ])('for added %j and removed %j says %j', (added, removed, title) => {
    expect(eventTitle(change(added, removed))).toBe(title);
  });
});

describe('buildEvent', () => {
  test('builds a valid candidate availability event naming added and removed regions', () => {
    const e = buildEvent(change(['PE', 'CL'], ['RU']));
    expect(eventSchema.parse(e)).toMatchObject({
      type: 'availability',
      status: 'candidate',
      origin: 'watch:anthropic-api-supported-regions',
      providers: ['anthropic'],
      regions: ['CL', 'PE', 'RU'],
      date: '2025-03-04',
    });
    expect(e.summary).toContain('Added (2): Chile, Peru.');
    expect(e.summary).toContain('Removed (1): Russia.');
    expect(e.sources[0]).toEqual({
      url: 'https://example.com/regions',
      publisher: 'Anthropic',
      published: '2025-03-04',
      via: 'anthropic-api-supported-regions',
    });
    expect(e.surfaces).toEqual(['api']);
  });

  test('keeps the summary within the schema limit when hundreds of regions change', () => {
    const all = [
      'AF',
      'AX',
      'AL',
      'DZ',
      'AS',
      'AD',
      'AO',
      'AI',
      'AQ',
      'AG',
      'AR',
      'AM',
      'AW',
      'AU',
      'AT',
      'AZ',
      'BS',
      'BH',
      'BD',
      'BB',
      'BY',
      'BE',
      'BZ',
      'BJ',
      'BM',
      'BT',
      'BO',
      'BA',
      'BW',
      'BV',
      'BR',
      'IO',
      'BN',
      'BG',
      'BF',
      'BI',
      'KH',
      'CM',
      'CA',
      'CV',
      'KY',
      'CF',
      'TD',
      'CL',
      'CX',
      'CC',
      'CO',
      'KM',
      'CG',
      'CD',
      'CK',
      'CR',
      'CI',
      'HR',
      'CU',
      'CY',
      'CZ',
      'DK',
      'DJ',
      'DM',
      'DO',
      'EC',
      'EG',
      'SV',
      'GQ',
      'ER',
      'EE',
      'ET',
      'FK',
      'FO',
      'FJ',
      'FI',
      'FR',
      'GF',
      'PF',
      'TF',
      'GA',
      'GM',
      'GE',
      'DE',
      'GH',
      'GI',
      'GR',
      'GL',
      'GD',
      'GP',
      'GU',
      'GT',
      'GG',
      'GN',
      'GW',
      'GY',
      'HT',
      'HM',
      'VA',
      'HN',
    ];
    const e = buildEvent(change(all, all.slice(0, 50)));
    expect(e.summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(e.summary).toMatch(/and \d+ more/);
    expect(() => eventSchema.parse(e)).not.toThrow();
  });
});
