/** Source health from `content/state/health.json`: which sources have been failing too long. */
import type { SourceHealth } from '../ingest/state.ts';

/** Failing longer than this is worth a curator's attention (a feed moved, a site blocks us). */
export const FAILING_TOO_LONG_MS = 24 * 60 * 60_000;

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
 * failure, or never worked at all. Measured against the recorded failure, not the clock, so
 * the same health file always gives the same answer.
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
  if (!h.lastSuccess) return true;
  return Date.parse(h.lastFailure) - Date.parse(h.lastSuccess) > FAILING_TOO_LONG_MS;
}
