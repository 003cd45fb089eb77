/**
 * The ingester's own memory in `content/state/`: HTTP validators (http.json) and source health
 * (health.json). JSON with sorted keys and a trailing newline, written atomically and only when
 * changed. seen.json belongs to the writer stage and is not touched here.
 */
import { readJsonFile } from './json-file.ts';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import type { IngestErrorKind, Validators } from './types.ts';

export interface SourceHealth {
  /** ISO timestamps. */
  lastSuccess?: string;
  lastFailure?: string;
  lastErrorKind?: IngestErrorKind;
  lastError?: string;
  consecutiveFailures: number;
  /** Do not fetch before this ISO timestamp (backoff or Retry-After). */
  nextAttemptAfter?: string;
}

export interface IngestState {
  http: Record<string, Validators>;
  health: Record<string, SourceHealth>;
}

export const BACKOFF_BASE_MS = 15 * 60_000;
export const BACKOFF_CAP_MS = 24 * 60 * 60_000;

const stateDir = (contentDir: string) => join(contentDir, 'state');

/** Reads a JSON state file; a missing file is an empty record, a broken one an error naming it. */
async function readJson<T>(path: string): Promise<Record<string, T>> {
  const data = await readJsonFile(path);
  if (data === undefined) return {};
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new Error(`${path}: must hold a JSON object keyed by source id`);
  return data as Record<string, T>;
}

/** JSON with keys sorted at every depth and a trailing newline: same data, same bytes. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

export const loadHttpState = (contentDir: string) => readJson<Validators>(join(stateDir(contentDir), 'http.json'));
export const loadHealth = (contentDir: string) => readJson<SourceHealth>(join(stateDir(contentDir), 'health.json'));

export async function loadState(contentDir: string): Promise<IngestState> {
  return { http: await loadHttpState(contentDir), health: await loadHealth(contentDir) };
}

export const saveHttpState = (contentDir: string, http: IngestState['http']) =>
  writeFileAtomic(join(stateDir(contentDir), 'http.json'), stableJson(http));
export const saveHealth = (contentDir: string, health: IngestState['health']) =>
  writeFileAtomic(join(stateDir(contentDir), 'health.json'), stableJson(health));

/** Writes both files; returns the names of those that changed. */
export async function saveState(contentDir: string, state: IngestState): Promise<string[]> {
  const changed: string[] = [];
  if (await saveHttpState(contentDir, state.http)) changed.push('http.json');
  if (await saveHealth(contentDir, state.health)) changed.push('health.json');
  return changed;
}

/** Exponential backoff: 15 min × 2^(failures − 1), capped at 24 h. */
export function backoffMs(consecutiveFailures: number): number {
  if (consecutiveFailures <= 0) return 0;
  return Math.min(BACKOFF_BASE_MS * 2 ** (consecutiveFailures - 1), BACKOFF_CAP_MS);
}

export function recordSuccess(prev: SourceHealth | undefined, now: Date): SourceHealth {
  const { nextAttemptAfter: _dropped, ...rest } = prev ?? { consecutiveFailures: 0 };
  return { ...rest, lastSuccess: now.toISOString(), consecutiveFailures: 0 };
}

/** A failure: counts up, and waits the longer of the backoff and the server's Retry-After. */
export function recordFailure(
  prev: SourceHealth | undefined,
  error: { kind: IngestErrorKind; message: string; retryAfterMs?: number },
  now: Date,
): SourceHealth {
  const failures = (prev?.consecutiveFailures ?? 0) + 1;
  const wait = Math.max(backoffMs(failures), error.retryAfterMs ?? 0);
  return {
    ...prev,
    lastFailure: now.toISOString(),
    lastErrorKind: error.kind,
    lastError: error.message,
    consecutiveFailures: failures,
    nextAttemptAfter: new Date(now.getTime() + wait).toISOString(),
  };
}

/**
 * Why a source should not be fetched now, or undefined when it should: it is backing off, or it
 * was tried less than `minIntervalMinutes` ago. The note says how to check it anyway.
 */
export function shouldSkip(
  sourceId: string,
  health: Record<string, SourceHealth>,
  now: Date,
  minIntervalMinutes: number,
): string | undefined {
  const h = health[sourceId];
  if (!h) return undefined;
  if (h.nextAttemptAfter && Date.parse(h.nextAttemptAfter) > now.getTime()) {
    return `backing off after ${h.consecutiveFailures} failure(s) until ${h.nextAttemptAfter}${forceHint(sourceId)}`;
  }
  const last = Math.max(Date.parse(h.lastSuccess ?? '') || 0, Date.parse(h.lastFailure ?? '') || 0);
  if (minIntervalMinutes > 0 && last > 0 && now.getTime() - last < minIntervalMinutes * 60_000) {
    return `fetched less than ${minIntervalMinutes} min ago${forceHint(sourceId)}`;
  }
  return undefined;
}

const forceHint = (sourceId: string) => ` (--only ${sourceId} --force checks it now)`;

/** The interval a source waits between checks: its own `interval_minutes`, else `fallback`. */
export const intervalOf = (source: { interval_minutes?: number }, fallback: number): number =>
  source.interval_minutes ?? fallback;
