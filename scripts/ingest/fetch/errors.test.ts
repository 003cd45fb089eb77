import { describe, expect, test } from 'vitest';
import { classifyStatus, looksBlocked, parseRetryAfter, toIngestError, IngestError } from './errors.ts';

const NOW = new Date('2026-01-01T00:00:00Z');
const HOUR = 3_600_000;

describe('parseRetryAfter (RFC 9110 §10.2.3)', () => {
  test.each([
    { value: '120', out: 120_000 },
    { value: ' 0 ', out: 0 },
    { value: 'Thu, 01 Jan 2026 00:30:00 GMT', out: 30 * 60_000 },
    { value: 'Wed, 31 Dec 2025 23:00:00 GMT', out: 0 },
    { value: '999999', out: HOUR },
    { value: '-5', out: undefined },
    { value: 'soon', out: undefined },
    { value: '', out: undefined },
    { value: null, out: undefined },
  ])('reads $value as $out ms (capped at one hour)', ({ value, out }) => {
    expect(parseRetryAfter(value, NOW, HOUR)).toBe(out);
  });
});

describe('classifyStatus', () => {
  test.each([
    { status: 403, body: '', kind: 'blocked' },
    { status: 451, body: '', kind: 'blocked' },
    { status: 503, body: '<title>Just a moment...</title>', kind: 'blocked' },
    { status: 429, body: 'slow down', kind: 'rate-limited' },
    { status: 503, body: 'maintenance', kind: 'rate-limited' },
    { status: 404, body: '', kind: 'not-found' },
    { status: 410, body: '', kind: 'not-found' },
    { status: 500, body: '', kind: 'http' },
    { status: 400, body: '', kind: 'http' },
    { status: 400, body: '{"error":{"code":"unsupported_country_region_territory"}}', kind: 'blocked' },
  ])('classifies $status with body $body as $kind', ({ status, body, kind }) => {
    const err = classifyStatus('https://e.com/feed', status, { bodyHead: body });
    expect(err).toMatchObject({ kind, status });
    expect(err.message).toContain(`https://e.com/feed: HTTP ${status}`);
  });

  test('treats cf-mitigated: challenge as blocked', () => {
    expect(looksBlocked('', new Headers({ 'cf-mitigated': 'challenge' }))).toBe(true);
  });

  test('keeps an IngestError and wraps anything else with its cause', () => {
    const own = new IngestError('timeout', 'x');
    expect(toIngestError(own, 'parse', 'ctx')).toBe(own);
    const wrapped = toIngestError(new TypeError('boom'), 'parse', 'https://e.com/f');
    expect(wrapped).toMatchObject({ kind: 'parse', message: 'https://e.com/f: boom' });
    expect(wrapped.cause).toBeInstanceOf(TypeError);
  });
});
