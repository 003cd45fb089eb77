import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { acquireContentLock, ContentLockBusy, describeHolder, LOCK_FILE, pidAlive } from './content-lock.ts';
import type { LockHolder } from './content-lock.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'content-lock-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  expect(pidAlive(child.pid!)).toBe(false);
  return child.pid!;
}

const holder = (over: Partial<LockHolder>): LockHolder => ({
  pid: process.pid,
  command: 'review publish',
  host: hostname(),
  started: '2025-01-02T03:04:05.000Z',
  token: 'feedface',
  ...over,
});
const writeLock = (h: LockHolder) => writeFile(join(root, LOCK_FILE), JSON.stringify(h));
const readLock = async () => JSON.parse(await readFile(join(root, LOCK_FILE), 'utf8')) as LockHolder;

describe('the content lock', () => {
  test('writes its holder to content/.lock and removes the file on release', async () => {
    const lock = await acquireContentLock(root, { command: 'ingest' });
    expect(await readLock()).toEqual({
      pid: process.pid,
      command: 'ingest',
      host: hostname(),
      started: lock.holder.started,
      token: lock.holder.token,
    });
    await lock.release();
    expect(await readdir(root)).toEqual([]);
  });

  test('a second writer that may not wait gets an error naming the holder', async () => {
    await writeLock(holder({}));
    const err = await acquireContentLock(root, { command: 'ingest', waitMs: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ContentLockBusy);
    expect((err as Error).message).toContain(
      `locked by review publish (pid ${process.pid} on ${hostname()}, since 2025-01-02T03:04:05.000Z)`,
    );
  });

  test('a second writer waits, and gets the lock once the first releases it', async () => {
    const first = await acquireContentLock(root, { command: 'ingest' });
    const waited: (LockHolder | undefined)[] = [];
    const second = acquireContentLock(root, {
      command: 'review publish',
      waitMs: 10_000,
      pollMs: 10,
      onWait: (h) => waited.push(h),
    });
    await sleep(50);
    expect(waited.map((h) => h?.command)).toEqual(['ingest']);
    await first.release();
    const lock = await second;
    expect((await readLock()).command).toBe('review publish');
    await lock.release();
  });

  test('holders in one process never overlap', async () => {
    const log: string[] = [];
    await Promise.all(
      ['a', 'b', 'c'].map(async (name) => {
        const lock = await acquireContentLock(root, { command: name, waitMs: 10_000, pollMs: 5 });
        log.push(`+${name}`);
        await sleep(20);
        log.push(`-${name}`);
        await lock.release();
      }),
    );
    for (let i = 0; i < log.length; i += 2) expect(log[i + 1]).toBe(log[i].replace('+', '-'));
  });

  test('takes over a stale lock whose pid is dead on this host', async () => {
    await writeLock(holder({ pid: deadPid(), command: 'ingest', token: 'dead' }));
    const lock = await acquireContentLock(root, { command: 'update', waitMs: 0 });
    expect((await readLock()).token).toBe(lock.holder.token);
    await lock.release();
  });

  test('takes over a lock whose holder started before this host booted (its pid may be reused)', async () => {
    await writeLock(holder({ pid: process.ppid, started: '2000-01-01T00:00:00.000Z', token: 'before-boot' }));
    const lock = await acquireContentLock(root, { command: 'ingest', waitMs: 0 });
    expect((await readLock()).token).toBe(lock.holder.token);
    await lock.release();
  });

  test('two writers that both find a stale lock do not both hold it', async () => {
    await writeLock(holder({ pid: deadPid(), token: 'dead' }));
    const log: string[] = [];
    await Promise.all(
      ['a', 'b'].map(async (name) => {
        const lock = await acquireContentLock(root, { command: name, waitMs: 10_000, pollMs: 5 });
        log.push(`+${name}`);
        await sleep(20);
        log.push(`-${name}`);
        await lock.release();
      }),
    );
    expect([log[0][1], log[2][1]].sort()).toEqual(['a', 'b']);
    expect(log[1]).toBe(`-${log[0][1]}`);
  });

  test('never takes over a lock held on another host (its pid cannot be checked from here)', async () => {
    await writeLock(holder({ pid: deadPid(), host: 'other-host' }));
    await expect(acquireContentLock(root, { command: 'ingest', waitMs: 0 })).rejects.toThrow(
      /locked by review publish \(pid \d+ on other-host/,
    );
  });

  test('a child given the holder token inherits the lock and leaves it in place', async () => {
    const parent = await acquireContentLock(root, { command: 'update' });
    const child = await acquireContentLock(root, { command: 'ingest', waitMs: 0, inheritToken: parent.holder.token });
    expect(child.inherited).toBe(true);
    await child.release();
    expect((await readLock()).token).toBe(parent.holder.token);
    await parent.release();
  });

  test('release leaves a lock that is no longer its own', async () => {
    const lock = await acquireContentLock(root, { command: 'ingest' });
    await writeLock(holder({ token: 'someone-else' }));
    await lock.release();
    expect((await readLock()).token).toBe('someone-else');
  });

  test('removes temp files left by killed runs, and nothing else', async () => {
    await mkdir(join(root, 'events', '2025'), { recursive: true });
    const keep = ['events/2025/2025-01-01-a.md', 'events/2025/notes.tmp', 'events/2025/.draft.md.tmp'];
    const stale = ['events/2025/.2025-01-01-a.md.0123456789ab.tmp', '.sources.yaml.abcdefabcdef.tmp'];
    for (const f of [...keep, ...stale]) await writeFile(join(root, f), 'x');
    const lock = await acquireContentLock(root, { command: 'ingest' });
    await lock.release();
    expect(lock.swept).toEqual(stale.sort());
    expect((await readdir(join(root, 'events', '2025'))).sort()).toEqual([
      '.draft.md.tmp',
      '2025-01-01-a.md',
      'notes.tmp',
    ]);
  });

  test('describes an unreadable lock file as such', () => {
    expect(describeHolder(undefined)).toBe('an unreadable lock file');
  });
});
