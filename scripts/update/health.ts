/** Source health from `content/state/health.json`: which sources have been failing too long. */
import type { SourceHealth } from '../ingest/state.ts';

/** Failing longer than this is worth a curator's attention (a feed moved, a site blocks us). */
export const FAILING_TOO_LONG_MS = 24 * 60 * 60_000;
/** A source that never worked has no start to measure from: a day of scheduled runs (every 6 h) stands in. */
export const FAILURES_PER_DAY = 4;

export interface FailingSource {
  id: string;
  /** When it last worked; absent when it never has. */
  lastSuccess?: string;
  lastFailure: string;
  consecutiveFailures: number;
  kind: string;
  error: string;
}

/**
 * Sources whose latest fetch failed and that had not worked for more than a day before that
 * failure, or that never worked in a day's worth of runs. Measured against the recorded
 * failure, not the clock, so the same health file always gives the same answer.
 */
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

function isFailingTooLong(h: SourceHealth): boolean {
  if (!h.consecutiveFailures || !h.lastFailure) return false;
  if (!h.lastSuccess) return h.consecutiveFailures >= FAILURES_PER_DAY;
  return Date.parse(h.lastFailure) - Date.parse(h.lastSuccess) > FAILING_TOO_LONG_MS;
}
