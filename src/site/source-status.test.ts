import { afterAll, describe, expect, test } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatTimestamp, loadSourceStatus, statusRows, summarizeStatus } from './source-status.ts';
import { failingTooLong, sourceState } from '../model/state/source-health.ts';
import type { SourceConfig } from '../model/schema/index.ts';
import type { SourceHealth } from '../model/state/health.ts';

const feed = (id: string, extra: Partial<SourceConfig> = {}): SourceConfig => ({
  id,
  kind: 'feed',
  url: `https://${id}.example/feed`,
  tags: [],
  enabled: true,
  ...extra,
});
const OK = { lastSuccess: '2024-07-02T06:00:00.000Z', consecutiveFailures: 0 };
const FAIL = {
  lastFailure: '2024-07-02T06:00:00.000Z',
  lastErrorKind: 'http' as const,
  lastError: 'HTTP 503 from https://x.example/feed',
};

describe('sourceState', () => {
  test.each([
    { name: 'a source without a record was never fetched', h: undefined, state: 'never' },
    {
      name: 'a record with neither success nor failure was never fetched',
      h: { consecutiveFailures: 0 },
      state: 'never',
    },
    { name: 'a source whose last fetch worked is healthy', h: OK, state: 'healthy' },
    { name: 'a source that works again after failures is healthy', h: { ...FAIL, ...OK }, state: 'healthy' },
    { name: 'a source whose last fetch failed is failing', h: { ...FAIL, consecutiveFailures: 1 }, state: 'failing' },
  ])('$name', ({ h, state }) => {
    expect(sourceState(h as SourceHealth | undefined)).toBe(state);
  });
});

describe('statusRows', () => {
  const health: Record<string, SourceHealth> = {
    up: OK,
    down: { ...FAIL, consecutiveFailures: 9, lastSuccess: '2024-06-30T00:00:00.000Z' },
    flaky: { ...FAIL, consecutiveFailures: 1, lastSuccess: '2024-07-02T00:00:00.000Z' },
    'gone-from-yaml': { ...FAIL, consecutiveFailures: 9 },
  };
  const sources = [
    feed('up'),
    feed('down'),
    feed('flaky'),
    feed('new', { enabled: false }),
    feed('odd', { url: 'ftp://odd.example/x' }),
  ];
  const rows = statusRows(sources, health);

  test('lists every source of sources.yaml in its order, and only those', () => {
    expect(rows.map((r) => r.id)).toEqual(['up', 'down', 'flaky', 'new', 'odd']);
  });

  test('flags exactly the sources the update summary flags', () => {
    const listed = Object.fromEntries(Object.entries(health).filter(([id]) => sources.some((s) => s.id === id)));
    expect(rows.filter((r) => r.failingTooLong).map((r) => r.id)).toEqual(failingTooLong(listed).map((f) => f.id));
  });

  test.each([
    {
      id: 'down',
      expected: {
        state: 'failing',
        errorKind: 'http',
        error: FAIL.lastError,
        consecutiveFailures: 9,
        failingTooLong: true,
      },
    },
    { id: 'flaky', expected: { state: 'failing', consecutiveFailures: 1, failingTooLong: false } },
    { id: 'new', expected: { state: 'never', enabled: false, consecutiveFailures: 0, failingTooLong: false } },
  ])('shows the health of "$id"', ({ id, expected }) => {
    expect(rows.find((r) => r.id === id)).toMatchObject(expected);
  });

  test('links only an http(s) URL', () => {
    expect(rows.map((r) => r.link)).toEqual([...sources.slice(0, 4).map((s) => s.url), undefined]);
  });

  test('keeps no old error text on a healthy source', () => {
    expect(statusRows([feed('s')], { s: { ...FAIL, ...OK } })[0]).not.toHaveProperty('error');
  });

  test('counts sources by state and names the latest recorded fetch', () => {
    expect(summarizeStatus(rows)).toEqual({
      total: 5,
      healthy: 1,
      failing: 2,
      never: 2,
      disabled: 1,
      failingTooLong: 1,
      lastRun: '2024-07-02T06:00:00.000Z',
    });
  });
});

describe('formatTimestamp', () => {
  test.each([
    ['2024-07-02T06:00:00.000Z', '2024-07-02 06:00 UTC'],
    ['2024-07-02T08:30:00+02:00', '2024-07-02 06:30 UTC'],
    ['yesterday', 'yesterday'],
  ])('shows %s as %s', (iso, out) => expect(formatTimestamp(iso)).toBe(out));
});

describe('loadSourceStatus', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
  const folder = async (files: Record<string, string>) => {
    const dir = await mkdtemp(join(tmpdir(), 'aaw-status-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      await mkdir(join(dir, name, '..'), { recursive: true });
      await writeFile(join(dir, name), text);
    }
    return dir;
  };
  const YAML =
    'sources:\n  - { id: a, url: "https://a.example/feed" }\n  - { id: b, kind: page, url: "https://b.example/", provider: b, extract: { selector: li } }\n';

  test('shows every source as never fetched when there is no health file', async () => {
    const { rows, summary } = await loadSourceStatus(await folder({ 'sources.yaml': YAML }));
    expect(rows.map((r) => [r.id, r.kind, r.state])).toEqual([
      ['a', 'feed', 'never'],
      ['b', 'page', 'never'],
    ]);
    expect(summary).toMatchObject({ total: 2, never: 2, healthy: 0, failing: 0 });
  });

  test('reads the health file of the content folder', async () => {
    const dir = await folder({ 'sources.yaml': YAML, 'state/health.json': JSON.stringify({ a: OK }) });
    expect((await loadSourceStatus(dir)).summary).toMatchObject({ healthy: 1, never: 1 });
  });

  test('has no sources, and says so, when the folder has no sources.yaml', async () => {
    expect(await loadSourceStatus(await folder({}))).toMatchObject({ rows: [], configured: false });
  });

  test('names the file when the health file is broken', async () => {
    const dir = await folder({ 'sources.yaml': YAML, 'state/health.json': '{' });
    await expect(loadSourceStatus(dir)).rejects.toThrow(/health\.json: not valid JSON/);
  });
});
