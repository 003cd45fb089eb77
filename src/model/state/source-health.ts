/**
 * When a source has been failing too long: one rule for `npm run update`'s summary and the
 * /status/ page, so both flag the same sources with the same words.
 */

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
