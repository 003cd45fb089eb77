import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectFeeds, filterByKeywords, type SourceOutcome } from './collect.ts';
import { sourceConfigSchema, fetchDefaultsSchema, type SourceConfig } from '../../src/model/schema/index.ts';
import type { IngestState } from '../../src/model/state/health.ts';
import type { Candidate } from './types.ts';
import { startFaultServer, type FaultServer, type FaultHandler } from '../../tests/helpers/fault-server.ts';

const NOW = new Date('2026-01-01T12:00:00Z');
const FIXTURES = join(import.meta.dirname, '../../tests/fixtures/feeds');
const defaults = fetchDefaultsSchema.parse({
  user_agent: 'ai-access-watch-test/1.0 (+https://github.com/ai-access-watch/ai-access-watch)',
  timeout_ms: 1000,
  max_bytes: 1024 * 1024,
  concurrency: 4,
  allow_private_addresses: true,
});

let server: FaultServer;
let other: FaultServer;
let inFlight = 0;
let maxInFlight = 0;
const counted: FaultHandler = async (_q, res) => {
  inFlight++;
  maxInFlight = Math.max(maxInFlight, inFlight);
  await new Promise((r) => setTimeout(r, 30));
  inFlight--;
  res
    .writeHead(200, { 'content-type': 'application/rss+xml' })
    .end('<rss version="2.0"><channel><title>c</title></channel></rss>');
};

beforeAll(async () => {
  server = await startFaultServer({ fixturesDir: FIXTURES, routes: { '/counted': counted } });
  other = await startFaultServer();
});
afterAll(async () => {
  await server.close();
  await other.close();
});

const src = (id: string, url: string, extra: Partial<SourceConfig> = {}): SourceConfig =>
  sourceConfigSchema.parse({ id, kind: 'feed', url, ...extra }) as SourceConfig;
const emptyState = (): IngestState => ({ http: {}, health: {} });

describe('collectFeeds', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  let outcomes: SourceOutcome[];
  let state: IngestState;
  const reported: string[] = [];

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    state = emptyState();
    state.http['conditional'] = { etag: '"v1"' };
    state.health['backing-off'] = { consecutiveFailures: 3, nextAttemptAfter: '2026-01-01T13:00:00.000Z' };
    const sources = [
      src('good', `${server.url}/feed.xml`),
      src('conditional', `${server.url}/conditional`),
      src('server-error', `${server.url}/status/500`),
      src('rate-limited', `${server.url}/status/429?retry-after=7200`),
      src('cloudflare', `${server.url}/cloudflare`),
      src('html', `${server.url}/html`),
      src('challenge', `${server.url}/challenge-200`),
      src('malformed', `${server.url}/malformed`),
      src('slow', `${server.url}/slow?ms=3000`),
      src('gzip-bomb', `${server.url}/gzip-bomb`),
      src('gone', `${server.url}/status/410`),
      src('loop', `${server.url}/loop/a`),
      src('empty', `${server.url}/empty`),
      src('gb2312', `${server.url}/fixtures/gb2312.xml`, { language: 'zh' }),
      src('big5', `${server.url}/fixtures/big5.xml`),
      src('utf16', `${server.url}/charset/utf16`),
      src('wrong-charset', `${server.url}/charset/wrong`),
      src('lying-header', `${server.url}/charset/lying-header`),
      src('filtered', `${other.url}/feed.xml`, { keywords: ['Baidu', '智谱'] }),
      src('disabled', `${other.url}/feed.xml`, { enabled: false }),
      src('backing-off', `${other.url}/feed.xml`),
      src('a-page', `${other.url}/page`, { kind: 'page', provider: 'openai', extract: { selector: 'li' } }),
    ];
    outcomes = await collectFeeds(sources, {
      state,
      defaults,
      now: NOW,
      onResult: (o) => reported.push(o.id),
      fetch: { retryAfterCapMs: 6 * 60 * 60_000 },
    });
    process.off('unhandledRejection', onUnhandled);
  });

  const byId = (id: string) => outcomes.find((o) => o.id === id)!;

  test('returns one outcome per feed source, in input order, and skips page sources', () => {
    expect(outcomes.map((o) => o.id)).toEqual([
      'good',
      'conditional',
      'server-error',
      'rate-limited',
      'cloudflare',
      'html',
      'challenge',
      'malformed',
      'slow',
      'gzip-bomb',
      'gone',
      'loop',
      'empty',
      'gb2312',
      'big5',
      'utf16',
      'wrong-charset',
      'lying-header',
      'filtered',
      'disabled',
      'backing-off',
    ]);
    expect([...reported].sort()).toEqual(outcomes.map((o) => o.id).sort());
  });

  test.each([
    ['server-error', 'http'],
    ['rate-limited', 'rate-limited'],
    ['cloudflare', 'blocked'],
    ['html', 'not-feed'],
    ['challenge', 'blocked'],
    ['malformed', 'parse'],
    ['slow', 'timeout'],
    ['gzip-bomb', 'too-large'],
    ['gone', 'not-found'],
    ['loop', 'http'],
    ['empty', 'parse'],
  ])('reports %s as failed with kind %s', (id, kind) => {
    expect(byId(id)).toMatchObject({ status: 'failed', candidates: [], error: { kind } });
    expect(byId(id).error?.message).toContain(server.url);
  });

  test('the good feed is unaffected by the failures around it', () => {
    const good = byId('good');
    expect(good.status).toBe('ok');
    expect(good.candidates.map((c) => c.title)).toEqual([
      'OpenAI blocks API access from unsupported regions',
      'Baidu offers free Ernie tokens',
      'Zhipu announces a migration plan',
    ]);
    expect(good.candidates[0]).toMatchObject({
      url: 'https://example.com/a',
      summary: 'Developers in China received emails.',
      published: '2024-06-25',
      sourceId: 'good',
      publisher: 'Fault Server News',
    });
    expect(good.candidates[2]?.url).toBe(`${server.url}/c`);
  });

  test('a 304 is unchanged and keeps the validators', () => {
    expect(byId('conditional')).toMatchObject({ status: 'unchanged', candidates: [] });
    expect(state.http['conditional']).toEqual({ etag: '"v1"', lastModified: 'Tue, 25 Jun 2024 08:00:00 GMT' });
  });

  test('Chinese feeds decode to the right characters', () => {
    expect(byId('gb2312').candidates[0]).toMatchObject({
      title: '百度宣布免费开放文心大模型',
      language: 'zh',
      published: '2024-06-25',
    });
    expect(byId('big5').candidates[0]?.title).toBe('開放人工智慧停止服務中國用戶');
    expect(byId('utf16').candidates[0]?.title).toBe('智谱清言 GLM-4 免费');
  });

  test('a wrong charset declaration does not garble the text', () => {
    expect(byId('wrong-charset').candidates[0]?.title).toBe('Künstliche Intelligenz in Zürich');
    expect(byId('lying-header').candidates[0]?.title).toBe('月之暗面发布新模型');
  });

  test('the keyword pre-filter keeps only matching items and counts the rest', () => {
    expect(byId('filtered')).toMatchObject({ status: 'ok', filtered: 2 });
    expect(byId('filtered').candidates.map((c) => c.title)).toEqual(['Baidu offers free Ernie tokens']);
  });

  test('disabled and backing-off sources are skipped without a request', () => {
    expect(byId('disabled')).toMatchObject({ status: 'skipped', note: 'disabled' });
    expect(byId('backing-off')).toMatchObject({ status: 'skipped' });
    expect(byId('backing-off').note).toMatch(/backing off/);
    expect(other.hits.filter((h) => h.path === '/feed.xml')).toHaveLength(1);
  });

  test('records health: success, failure with backoff, and Retry-After', () => {
    expect(state.health['good']).toEqual({ consecutiveFailures: 0, lastSuccess: NOW.toISOString() });
    expect(state.health['server-error']).toMatchObject({
      consecutiveFailures: 1,
      lastErrorKind: 'http',
      nextAttemptAfter: '2026-01-01T12:15:00.000Z',
    });
    expect(state.health['rate-limited']).toMatchObject({
      lastErrorKind: 'rate-limited',
      nextAttemptAfter: '2026-01-01T14:00:00.000Z',
    });
    expect(state.health['backing-off']).toEqual({
      consecutiveFailures: 3,
      nextAttemptAfter: '2026-01-01T13:00:00.000Z',
    });
  });

  test('raises no unhandled rejection', () => {
    expect(unhandled).toEqual([]);
  });
});

describe('politeness', () => {
  test('sends at most one request at a time to one host', async () => {
    maxInFlight = 0;
    const sources = ['a', 'b', 'c', 'd', 'e'].map((id) => src(id, `${server.url}/counted?${id}`));
    const outcomes = await collectFeeds(sources, { state: emptyState(), defaults, now: NOW });
    expect(outcomes.every((o) => o.status === 'ok')).toBe(true);
    expect(maxInFlight).toBe(1);
  });
});

describe('filterByKeywords', () => {
  const c = (title: string, summary = ''): Candidate => ({
    title,
    summary,
    url: 'https://e.com/',
    published: '2024-01-01',
    publisher: 'p',
    sourceId: 's',
  });
  test.each([
    { name: 'keeps everything without keywords', keywords: undefined, titles: ['x', 'y'], kept: 2 },
    { name: 'matches case-insensitively', keywords: ['openai'], titles: ['OpenAI news', 'other'], kept: 1 },
    { name: 'matches whole words for Latin keywords', keywords: ['AI'], titles: ['AI rules', 'he said so'], kept: 1 },
    { name: 'matches Chinese keywords anywhere', keywords: ['智谱'], titles: ['北京智谱华章发布', 'other'], kept: 1 },
  ])('$name', ({ keywords, titles, kept }) => {
    expect(
      filterByKeywords(
        titles.map((t) => c(t)),
        keywords,
      ),
    ).toHaveLength(kept);
  });

  test('looks in the summary too', () => {
    expect(filterByKeywords([c('title', 'about Gemini')], ['gemini'])).toHaveLength(1);
  });
});
