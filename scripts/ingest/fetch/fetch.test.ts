import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchSource, type FetchOptions } from './fetch.ts';
import { IngestError } from './errors.ts';
import { startFaultServer, type FaultServer } from '../../../tests/helpers/fault-server.ts';

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const NOW = new Date('2026-01-01T00:00:00Z');
const opts: FetchOptions = {
  userAgent: 'ai-access-watch-test/1.0 (+https://github.com/ai-access-watch/ai-access-watch)',
  timeoutMs: 1500,
  maxBytes: 1024 * 1024,
  retryAfterCapMs: 60 * 60_000,
  now: () => NOW,
  // the fault server listens on 127.0.0.1 (address-guard.test.ts covers the refusals)
  allowPrivateAddresses: true,
};

async function failure(path: string, extra: Partial<FetchOptions> = {}): Promise<IngestError> {
  const err = await fetchSource(`${server.url}${path}`, { ...opts, ...extra }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IngestError);
  return err as IngestError;
}

describe('fetchSource', () => {
  test('returns the bytes, status and content type of a feed', async () => {
    const r = await fetchSource(`${server.url}/feed.xml`, opts);
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect(r.status).toBe(200);
    expect(r.contentType).toContain('application/rss+xml');
    expect(new TextDecoder().decode(r.bytes)).toContain('<rss version="2.0">');
  });

  test('sends an honest User-Agent and a feed Accept header', async () => {
    await fetchSource(`${server.url}/feed.xml?ua`, opts);
    const hit = server.hits.find((h) => h.path === '/feed.xml?ua');
    expect(hit?.headers['user-agent']).toBe(opts.userAgent);
    expect(hit?.headers.accept).toContain('application/rss+xml');
  });

  test('decompresses a gzip-encoded feed', async () => {
    const r = await fetchSource(`${server.url}/gzip-feed`, opts);
    expect(r.kind === 'ok' && new TextDecoder().decode(r.bytes)).toContain('Baidu offers free Ernie tokens');
  });

  test('sends If-None-Match and returns unchanged on 304', async () => {
    const r = await fetchSource(`${server.url}/conditional?etag`, { ...opts, validators: { etag: '"v1"' } });
    expect(r.kind).toBe('unchanged');
    expect(server.hits.find((h) => h.path === '/conditional?etag')?.headers['if-none-match']).toBe('"v1"');
  });

  test('sends If-Modified-Since and returns unchanged on 304', async () => {
    const lastModified = 'Tue, 25 Jun 2024 08:00:00 GMT';
    const r = await fetchSource(`${server.url}/conditional?lm`, { ...opts, validators: { lastModified } });
    expect(r.kind).toBe('unchanged');
    expect(server.hits.find((h) => h.path === '/conditional?lm')?.headers['if-modified-since']).toBe(lastModified);
  });

  test('returns the validators of a full answer', async () => {
    const r = await fetchSource(`${server.url}/conditional`, { ...opts, validators: { etag: '"old"' } });
    expect(r).toMatchObject({ kind: 'ok', etag: '"v1"', lastModified: 'Tue, 25 Jun 2024 08:00:00 GMT' });
  });

  test('follows a chain of five redirects and reports the final URL', async () => {
    const r = await fetchSource(`${server.url}/chain/5`, opts);
    expect(r.kind === 'ok' && r.finalUrl).toBe(`${server.url}/chain/0`);
  });

  test.each([
    { name: 'a slow server', path: '/slow?ms=5000', kind: 'timeout' },
    { name: 'a body that stalls', path: '/stall', kind: 'timeout' },
    { name: 'a body that never ends', path: '/endless', kind: 'too-large' },
    { name: 'a 50 MB body', path: '/huge?mb=50', kind: 'too-large' },
    { name: 'a gzip bomb', path: '/gzip-bomb', kind: 'too-large' },
    { name: 'a 500', path: '/status/500', kind: 'http' },
    { name: 'a 502', path: '/status/502', kind: 'http' },
    { name: 'a 404', path: '/status/404', kind: 'not-found' },
    { name: 'a 410', path: '/status/410', kind: 'not-found' },
    { name: 'a 403 Cloudflare challenge', path: '/cloudflare', kind: 'blocked' },
    { name: 'a region block', path: '/region-blocked', kind: 'blocked' },
    { name: 'a redirect loop', path: '/loop/a', kind: 'http' },
    { name: 'a chain of six redirects', path: '/chain/6', kind: 'http' },
    { name: 'a closed port', path: 'CLOSED', kind: 'network' },
  ])('classifies $name as $kind', async ({ path, kind }) => {
    const err =
      path === 'CLOSED'
        ? await fetchSource('http://127.0.0.1:1/feed.xml', opts).catch((e: IngestError) => e)
        : await failure(path);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).kind).toBe(kind);
  });

  test('names the URL and the problem in the message', async () => {
    const err = await failure('/loop/a');
    expect(err.message).toContain(`${server.url}/loop/a`);
    expect(err.message).toMatch(/redirect loop/);
  });

  test('stops a gzip bomb after the cap, counting decompressed bytes', async () => {
    const err = await failure('/gzip-bomb', { maxBytes: 2 * 1024 * 1024 });
    expect(err.message).toMatch(/exceeds the 2097152-byte cap/);
  });

  test('honours Retry-After given in seconds', async () => {
    const err = await failure('/status/429?retry-after=120');
    expect(err).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 120_000 });
  });

  test('honours Retry-After given as an HTTP-date', async () => {
    const err = await failure(`/status/503?retry-after=${encodeURIComponent('Thu, 01 Jan 2026 00:10:00 GMT')}`);
    expect(err).toMatchObject({ kind: 'rate-limited', status: 503, retryAfterMs: 600_000 });
  });

  test('caps a very long Retry-After', async () => {
    const err = await failure('/status/429?retry-after=999999');
    expect(err.retryAfterMs).toBe(60 * 60_000);
  });

  test('refuses a redirect to a non-http(s) URL', async () => {
    const s = await startFaultServer({
      routes: { '/to-file': (_q, res) => void res.writeHead(302, { location: 'file:///etc/passwd' }).end() },
    });
    const err = await fetchSource(`${s.url}/to-file`, opts).catch((e: IngestError) => e);
    await s.close();
    expect(err).toMatchObject({ kind: 'invalid' });
  });
});
