/**
 * The content lock as the command-line programs use it: the `--lock-wait SECONDS` flag, a
 * line on stderr while waiting, and the token a parent passes to the child it runs (update →
 * ingest) so the child inherits the lock instead of waiting for it.
 */
import {
  acquireContentLock,
  ContentLockBusy,
  DEFAULT_LOCK_WAIT_MS,
  describeHolder,
  LOCK_BUSY_EXIT,
} from '../../src/model/content-lock.ts';
import type { ContentLock } from '../../src/model/content-lock.ts';
import { terminalText } from './terminal.ts';

/** The lock file is in content/ and may be crafted: its holder's fields reach the terminal made safe. */
const warn = (text: string) => process.stderr.write(terminalText(text, { newlines: true }));

/** Environment variable carrying a parent's lock token to its child. */
export const LOCK_TOKEN_ENV = 'AAW_CONTENT_LOCK_TOKEN';

export const LOCK_WAIT_USAGE = `--lock-wait SECONDS   how long to wait for another run's content lock (default ${DEFAULT_LOCK_WAIT_MS / 1000}); exit ${LOCK_BUSY_EXIT} when it stays locked`;

/** `--lock-wait` in milliseconds; the default when absent, an error naming the value when not a number ≥ 0. */
export function lockWaitMs(flag: string | undefined): number {
  if (flag === undefined) return DEFAULT_LOCK_WAIT_MS;
  const seconds = Number(flag);
  if (flag.trim() === '' || !Number.isFinite(seconds) || seconds < 0)
    throw new Error(`--lock-wait: "${flag}" is not a number of seconds (0 or more)`);
  return Math.round(seconds * 1000);
}

/** Takes the content lock for `command`, telling the user on stderr when it has to wait. */
export async function lockContent(
  root: string,
  command: string,
  waitMs: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ContentLock> {
  const lock = await acquireContentLock(root, {
    command,
    waitMs,
    inheritToken: env[LOCK_TOKEN_ENV],
    onWait: (holder) =>
      warn(
        `${command}: waiting up to ${Math.round(waitMs / 1000)} s for the content lock held by ${describeHolder(holder)}\n`,
      ),
  });
  if (lock.swept.length)
    warn(`${command}: removed ${lock.swept.length} temp file(s) left by a killed run: ${lock.swept.join(', ')}\n`);
  return lock;
}

/** The exit code and message for an error that may be a busy lock; undefined for any other error. */
export function lockBusyExit(err: unknown, command: string): number | undefined {
  if (!(err instanceof ContentLockBusy)) return undefined;
  warn(`${command}: ${err.message}\n`);
  return LOCK_BUSY_EXIT;
}
