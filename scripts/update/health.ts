/** Source health from `content/state/health.json`: which sources have been failing too long. */
import type { SourceHealth } from '../../src/model/state/health.ts';
// The rule lives in src/model/state so the /status/ page flags the same sources.
import { isFailingTooLong } from '../../src/model/state/source-health.ts';

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
