/**
 * One writer at a time in a content folder: `content/.lock`, a JSON file naming its holder
 * (pid, command, host, start time, token). It is created atomically (the holder is written to a
 * private file first, then hard-linked to `.lock`, which fails when the lock exists), so no
 * reader ever sees a half-written lock. A second writer waits a bounded time, then gets a
 * `ContentLockBusy` naming the holder. A lock whose pid is dead on this host is stale and taken
 * over. The lock is released on return, on process exit and on SIGINT/SIGTERM.
 *
 * A child process started by a holder (update → ingest) inherits the lock when it is given the
 * holder's token: it then neither waits nor releases.
 */
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync, rmSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { removeStaleTemps } from './temp-sweep.ts';

export interface LockHolder {
  pid: number;
  /** What runs, e.g. `ingest`, `review publish`. */
  command: string;
  host: string;
  /** ISO timestamp. */
  started: string;
  /** Identifies this acquisition; a child given it inherits the lock. */
  token: string;
}

export interface ContentLock {
  holder: LockHolder;
  /** True when the lock belongs to a parent process (nothing to release). */
  inherited: boolean;
  /** Stale temp files of killed runs removed on acquiring (paths relative to the content folder). */
  swept: string[];
  release(): Promise<void>;
}

export interface LockOptions {
  command: string;
  /** How long to wait for a live holder (default 60 s; 0 = do not wait). */
  waitMs?: number;
  /** A parent's token: when the lock holds it, the lock is inherited. */
  inheritToken?: string;
  /** Called once, when the lock is found held and the caller starts waiting. */
  onWait?: (holder: LockHolder | undefined) => void;
  /** Whether a pid is alive on this host (tests stub it). */
  isAlive?: (pid: number) => boolean;
  pollMs?: number;
}

/** Exit code for "another run holds the content lock" (EX_TEMPFAIL in sysexits.h: try again later). */
export const LOCK_BUSY_EXIT = 75;
export const DEFAULT_LOCK_WAIT_MS = 60_000;
export const LOCK_FILE = '.lock';

export class ContentLockBusy extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder | undefined,
    waitedMs: number,
  ) {
    super(
      `${lockPath}: the content folder is locked by ${describeHolder(holder)}; gave up after ${Math.round(waitedMs / 1000)} s (try again later, or remove the file if that run is gone)`,
    );
  }
}

/** `ingest (pid 123 on host-a, since 2025-01-01T00:00:00.000Z)`. */
export function describeHolder(h: LockHolder | undefined): string {
  if (!h) return 'an unreadable lock file';
  return `${h.command} (pid ${h.pid} on ${h.host}, since ${h.started})`;
}

/** Whether `pid` runs on this host: signal 0 checks without signalling (EPERM: alive, not ours). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(path: string): Promise<LockHolder | undefined | null> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as LockHolder;
    return typeof data?.pid === 'number' && typeof data.token === 'string' ? data : undefined;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return undefined; // not JSON: reported as "an unreadable lock file"
  }
}

/** Creates `path` holding `holder`, atomically; false when it exists. */
async function createExclusive(path: string, holder: LockHolder): Promise<boolean> {
  // not a `.tmp` name: the temp-file sweep must never take another process's lock-in-progress
  const draft = `${path}-${holder.token}.draft`;
  await writeFile(draft, `${JSON.stringify(holder, null, 2)}\n`, { flush: true });
  try {
    await link(draft, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    await rm(draft, { force: true });
  }
}

/**
 * A holder on this host whose pid is dead, or that started before this host last booted (its pid
 * may since belong to another process). A holder on another host cannot be checked from here.
 */
function isStale(h: LockHolder | undefined | null, alive: (pid: number) => boolean): boolean {
  if (!h || h.host !== hostname() || h.pid === process.pid) return false;
  return !alive(h.pid) || Date.parse(h.started) < Date.now() - uptime() * 1000;
}

/**
 * Removes a stale lock, guarded by `.lock.break` so two processes that both found it stale
 * cannot remove each other's fresh lock: only the one holding the guard removes, and only when
 * `.lock` still holds the stale token.
 */
async function breakStale(
  path: string,
  stale: LockHolder,
  self: LockHolder,
  alive: (pid: number) => boolean,
): Promise<boolean> {
  const guard = `${path}.break`;
  if (!(await createExclusive(guard, self))) {
    if (isStale(await readHolder(guard), alive)) await rm(guard, { force: true });
    return false;
  }
  try {
    if ((await readHolder(path))?.token === stale.token) await rm(path, { force: true });
    return true;
  } finally {
    await rm(guard, { force: true });
  }
}

/** Acquires the lock of `root`, waiting up to `waitMs` for a live holder. */
export async function acquireContentLock(root: string, opts: LockOptions): Promise<ContentLock> {
  const path = join(root, LOCK_FILE);
  const alive = opts.isAlive ?? pidAlive;
  const waitMs = opts.waitMs ?? DEFAULT_LOCK_WAIT_MS;
  const self: LockHolder = {
    pid: process.pid,
    command: opts.command,
    host: hostname(),
    started: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  await mkdir(root, { recursive: true });
  const start = Date.now();
  let waiting = false;
  for (;;) {
    // registered before the lock exists: a signal that arrives between its creation and our
    // return must still release it (releaseSync removes it only while it holds our token)
    heldLocks.set(path, self.token);
    installHandlers();
    if (await createExclusive(path, self)) return { ...held(path, self), swept: await removeStaleTemps(root) };
    heldLocks.delete(path);
    if (heldLocks.size === 0) uninstallHandlers();
    const holder = await readHolder(path);
    if (holder === null) continue; // released between our attempt and the read
    if (holder && opts.inheritToken && holder.token === opts.inheritToken)
      return { holder, inherited: true, swept: [], release: async () => {} };
    if (holder && isStale(holder, alive)) {
      // another process is breaking it: give it a moment
      if (!(await breakStale(path, holder, self, alive))) await sleep(opts.pollMs ?? 250);
      continue;
    }
    const waited = Date.now() - start;
    if (waited >= waitMs) throw new ContentLockBusy(path, holder, waited);
    if (!waiting) opts.onWait?.(holder);
    waiting = true;
    await sleep(Math.min(opts.pollMs ?? 250, waitMs - waited));
  }
}

/** Runs `fn` holding the lock of `root`; releases it however `fn` ends. */
export async function withContentLock<T>(
  root: string,
  opts: LockOptions,
  fn: (lock: ContentLock) => Promise<T>,
): Promise<T> {
  const lock = await acquireContentLock(root, opts);
  try {
    return await fn(lock);
  } finally {
    await lock.release();
  }
}

// ---- release on exit and on signals ----

/** Lock paths this process holds, with their tokens. */
const heldLocks = new Map<string, string>();

/** Removes `path` when it still holds `token` (synchronous: it runs in exit handlers too). */
function releaseSync(path: string, token: string): void {
  heldLocks.delete(path);
  try {
    if ((JSON.parse(readFileSync(path, 'utf8')) as LockHolder).token === token) rmSync(path, { force: true });
  } catch {
    // already gone, or replaced by a file that is not ours: leave it
  }
  if (heldLocks.size === 0) uninstallHandlers();
}

function held(path: string, holder: LockHolder): Omit<ContentLock, 'swept'> {
  heldLocks.set(path, holder.token);
  installHandlers();
  return { holder, inherited: false, release: async () => releaseSync(path, holder.token) };
}

const releaseAll = () => {
  for (const [path, token] of heldLocks) releaseSync(path, token);
};

/**
 * On SIGINT/SIGTERM: end as the signal would have (128 + its number); the exit handler
 * releases, after any exit handler a caller prepended (update stops its ingest child first).
 */
const onSignal = (signal: NodeJS.Signals) => {
  process.exit(signal === 'SIGINT' ? 130 : 143);
};

function installHandlers(): void {
  if (process.listeners('exit').includes(releaseAll)) return;
  process.on('exit', releaseAll);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

function uninstallHandlers(): void {
  process.off('exit', releaseAll);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}
