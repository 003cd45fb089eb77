import { mkdtemp, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  backoffMs,
  loadState,
  recordFailure,
  recordSuccess,
  saveState,
  shouldSkip,
  stableJson,
  type SourceHealth,
} from './health.ts';

const NOW = new Date('2026-01-01T12:00:00Z');
const MIN = 60_000;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'h4a-state-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('backoff', () => {
  test.each([
    [0, 0],
    [1, 15 * MIN],
    [2, 30 * MIN],
    [3, 60 * MIN],
    [7, 16 * 60 * MIN],
    [8, 24 * 60 * MIN],
    [30, 24 * 60 * MIN],
  ])('waits the right time after %i consecutive failures', (failures, ms) => {
    expect(backoffMs(failures)).toBe(ms);
  });

  test('records a failure with its kind, message and next attempt', () => {
    const h = recordFailure(undefined, { kind: 'http', message: 'HTTP 500' }, NOW);
    expect(h).toEqual({
      lastFailure: NOW.toISOString(),
      lastErrorKind: 'http',
      lastError: 'HTTP 500',
      consecutiveFailures: 1,
      nextAttemptAfter: '2026-01-01T12:15:00.000Z',
    });
  });

  test('counts consecutive failures up', () => {
    const h1 = recordFailure(undefined, { kind: 'http', message: 'x' }, NOW);
    const h2 = recordFailure(h1, { kind: 'timeout', message: 'y' }, NOW);
    expect(h2).toMatchObject({
      consecutiveFailures: 2,
      lastErrorKind: 'timeout',
      nextAttemptAfter: '2026-01-01T12:30:00.000Z',
    });
  });

  test('waits for a Retry-After longer than the backoff', () => {
    const h = recordFailure(undefined, { kind: 'rate-limited', message: '429', retryAfterMs: 2 * 60 * MIN }, NOW);
    expect(h.nextAttemptAfter).toBe('2026-01-01T14:00:00.000Z');
  });

  test('a success resets the count and the wait but keeps the last failure', () => {
    const failed = recordFailure(undefined, { kind: 'http', message: 'x' }, NOW);
    const ok = recordSuccess(failed, new Date('2026-01-02T00:00:00Z'));
    expect(ok).toEqual({
      lastFailure: NOW.toISOString(),
      lastErrorKind: 'http',
      lastError: 'x',
      consecutiveFailures: 0,
      lastSuccess: '2026-01-02T00:00:00.000Z',
    });
  });
});

describe('shouldSkip', () => {
  const failing: SourceHealth = {
    consecutiveFailures: 2,
    lastFailure: NOW.toISOString(),
    nextAttemptAfter: '2026-01-01T12:30:00.000Z',
  };
  test.each([
    { name: 'fetches a source never seen', health: {}, at: NOW, min: 60, skip: false },
    {
      name: 'skips a source that is backing off',
      health: { s: failing },
      at: new Date('2026-01-01T12:29:00Z'),
      min: 0,
      skip: true,
    },
    {
      name: 'fetches a source whose backoff is over',
      health: { s: failing },
      at: new Date('2026-01-01T12:31:00Z'),
      min: 0,
      skip: false,
    },
    {
      name: 'skips a source fetched within the minimum interval',
      health: { s: { consecutiveFailures: 0, lastSuccess: NOW.toISOString() } },
      at: new Date('2026-01-01T12:59:00Z'),
      min: 60,
      skip: true,
    },
    {
      name: 'fetches a source after the minimum interval',
      health: { s: { consecutiveFailures: 0, lastSuccess: NOW.toISOString() } },
      at: new Date('2026-01-01T13:01:00Z'),
      min: 60,
      skip: false,
    },
  ])('$name', ({ health, at, min, skip }) => {
    expect(Boolean(shouldSkip('s', health as Record<string, SourceHealth>, at, min))).toBe(skip);
  });
});

describe('state files', () => {
  test('a missing state folder loads as empty state', async () => {
    expect(await loadState(dir)).toEqual({ http: {}, health: {} });
  });

  test('saves sorted JSON with a trailing newline and reads it back', async () => {
    const state = {
      http: { zeta: { etag: '"1"' }, alpha: { lastModified: 'Tue, 25 Jun 2024 08:00:00 GMT', etag: 'W/"2"' } },
      health: { alpha: { consecutiveFailures: 0, lastSuccess: NOW.toISOString() } },
    };
    expect(await saveState(dir, state)).toEqual(['http.json', 'health.json']);
    const text = await readFile(join(dir, 'state', 'http.json'), 'utf8');
    expect(text).toBe(stableJson(state.http));
    expect(text.indexOf('alpha')).toBeLessThan(text.indexOf('zeta'));
    expect(text.indexOf('"etag"')).toBeLessThan(text.indexOf('"lastModified"'));
    expect(text.endsWith('}\n')).toBe(true);
    expect(await loadState(dir)).toEqual(state);
  });

  test('does not rewrite unchanged files', async () => {
    const state = { http: { a: { etag: '"1"' } }, health: {} };
    await saveState(dir, state);
    const before = (await stat(join(dir, 'state', 'http.json'))).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    expect(await saveState(dir, state)).toEqual([]);
    expect((await stat(join(dir, 'state', 'http.json'))).mtimeMs).toBe(before);
  });

  test('a broken state file is an error naming the file', async () => {
    await mkdir(join(dir, 'state'), { recursive: true });
    await writeFile(join(dir, 'state', 'health.json'), '{oops');
    await expect(loadState(dir)).rejects.toThrow(/health\.json: not valid JSON/);
  });
});
