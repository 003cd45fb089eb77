/**
 * What the update takes from the ingest's JSON report (`RunReport`, scripts/ingest/write/report.ts):
 * the run's totals, and the sources that failed. Read defensively: a report of another shape
 * (an older ingest, a stand-in) gives no totals and no failures rather than an error.
 */
import type { RunReport } from '../ingest/write/report.ts';
import type { ContentChanges } from './changes.ts';

type Failure = ContentChanges['failedSources'][number];

function asRunReport(report: unknown): Partial<RunReport> {
  return report && typeof report === 'object' ? (report as Partial<RunReport>) : {};
}

/** The totals line of the report, when it has one. */
export function ingestTotals(report: unknown): RunReport['totals'] | undefined {
  const totals = asRunReport(report).totals;
  return totals && typeof totals.sources === 'number' ? totals : undefined;
}

/** The sources the report lists as failed, with the error kind and message. */
export function reportFailures(report: unknown): Failure[] {
  const sources = asRunReport(report).sources;
  if (!Array.isArray(sources)) return [];
  return sources
    .filter((s) => s.status === 'failed')
    .map((s) => ({ id: s.id, kind: s.error?.kind ?? 'unknown', error: s.error?.message ?? '' }));
}

/**
 * Failures seen in source health (feeds and watched pages, with their run of failures) plus
 * those only the report names (a dry run saves no health), one per source, in id order.
 */
export function mergeFailures(fromHealth: Failure[], fromReport: Failure[]): Failure[] {
  const ids = new Set(fromHealth.map((f) => f.id));
  return [...fromHealth, ...fromReport.filter((f) => !ids.has(f.id))].sort((a, b) => a.id.localeCompare(b.id));
}
