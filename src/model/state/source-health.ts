/**
 * Source health as the update summary and the /status/ page read it (the ingester writes the
 * records, ./health.ts): whether a source is healthy, failing or never fetched, and when it has
 * been failing too long: one rule, so both flag the same sources with the same words.
 */
import type { SourceHealth } from './health.ts';

/** Failing longer than this is worth a curator's attention (a feed moved, a site blocks us). */
export const FAILING_TOO_LONG_MS = 24 * 60 * 60_000;
/** A source that never worked has no start to measure from: a day of scheduled runs (every 6 h) stands in. */
export const FAILURES_PER_DAY = 4;
/** The flag's wording, in the update summary ("Sources failing for more than a day") and on /status/. */
export const FAILING_TOO_LONG_LABEL = 'failing for more than a day';

/** The part of a source's health record (`SourceHealth` in ./health.ts) the rule reads. */
export interface HealthTimes {
  /** ISO timestamps. */
  lastSuccess?: string;
  lastFailure?: string;
  consecutiveFailures: number;
}

/**
 * True when the latest fetch failed and the source had not worked for more than a day before
 * that failure, or never worked in a day's worth of runs. Measured against the recorded
 * failure, not the clock, so the same health file always gives the same answer.
 */
export function isFailingTooLong(h: HealthTimes): boolean {
  if (!h.consecutiveFailures || !h.lastFailure) return false;
  if (!h.lastSuccess) return h.consecutiveFailures >= FAILURES_PER_DAY;
  return Date.parse(h.lastFailure) - Date.parse(h.lastSuccess) > FAILING_TOO_LONG_MS;
}

export type SourceState = 'healthy' | 'failing' | 'never';

/** Never fetched: no record, or one with neither a success nor a failure. Failing: the latest fetch failed. */
export function sourceState(h: SourceHealth | undefined): SourceState {
  if (!h || (!h.lastSuccess && !h.lastFailure)) return 'never';
  return h.consecutiveFailures > 0 ? 'failing' : 'healthy';
}

export interface FailingSource {
  id: string;
  /** When it last worked; absent when it never has. */
  lastSuccess?: string;
  lastFailure: string;
  consecutiveFailures: number;
  kind: string;
  error: string;
}

/** The sources `isFailingTooLong` flags, in id order, with what the summary shows of each. */
export function failingTooLong(health: Record<string, SourceHealth>): FailingSource[] {
  return Object.keys(health)
    .sort()
    .filter((id) => isFailingTooLong(health[id]))
    .map((id) => {
      const h = health[id];
      return {
        id,
        ...(h.lastSuccess && { lastSuccess: h.lastSuccess }),
        lastFailure: h.lastFailure!,
        consecutiveFailures: h.consecutiveFailures,
        kind: h.lastErrorKind ?? 'unknown',
        error: h.lastError ?? '',
      };
    });
}
