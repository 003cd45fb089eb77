/**
 * Stage 7, report: one line per source as it is processed, a summary at the end, and the same
 * data as JSON for `--report FILE`.
 */
import type { SourceOutcome } from '../collect.ts';
import type { WriteResult } from './write.ts';

export interface SourceReport {
  id: string;
  url: string;
  status: SourceOutcome['status'];
  ms: number;
  /** Items the feed yielded after normalize and the keyword pre-filter. */
  items: number;
  /** Items skipped because seen.json already holds their URL. */
  seen: number;
  /** Items triage discarded. */
  irrelevant: number;
  /** Items kept in the review queue (content/state/possible.json) as possibly relevant. */
  possible: number;
  /** New candidate events. */
  created: number;
  /** Sources appended to events that already existed. */
  added: number;
  /** Relevant items whose URL an event already cites. */
  known: number;
  /** Items normalize dropped, by reason; and those the keyword filter dropped. */
  skipped: Record<string, number>;
  filtered: number;
  error?: { kind: string; message: string };
  note?: string;
}

export interface RunReport {
  started: string;
  finished: string;
  dryRun: boolean;
  contentDir: string;
  sources: SourceReport[];
  files: WriteResult[];
  totals: {
    sources: number;
    failed: number;
    items: number;
    created: number;
    added: number;
    refused: number;
    possible: number;
    expired: number;
  };
  /** The review queue after the run: items added, expired (first seen over 60 days ago), queued in all. */
  possible?: QueueCounts;
}

export interface QueueCounts {
  added: number;
  expired: number;
  queued: number;
}

type Counts = Pick<SourceReport, 'seen' | 'irrelevant' | 'possible' | 'known' | 'created' | 'added'>;

/** The report of one source from its outcome and what classify and cluster made of it. */
export function sourceReport(o: SourceOutcome, counts: Counts): SourceReport {
  return {
    id: o.id,
    url: o.url,
    status: o.status,
    ms: o.ms,
    items: o.candidates.length,
    ...counts,
    skipped: { ...o.skipped } as Record<string, number>,
    filtered: o.filtered,
    ...(o.error ? { error: o.error } : {}),
    ...(o.note ? { note: o.note } : {}),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One terminal line: status, id, what happened (new events and sources as planned; refusals come in the summary). */
export function formatSourceLine(r: SourceReport): string {
  const head = `${r.status.padEnd(9)} ${r.id}`;
  if (r.status === 'failed') return `${head}: ${r.error?.kind ?? 'error'}: ${r.error?.message ?? ''}`;
  if (r.status === 'skipped') return `${head}: ${r.note ?? 'skipped'}`;
  if (r.status === 'unchanged') return `${head}: not modified since the last run`;
  const parts = [
    `${r.created} new`,
    plural(r.added, 'source') + ' added',
    `${r.known} known`,
    `${r.possible} possible`,
    `${r.irrelevant} irrelevant`,
    `${r.seen} seen`,
  ];
  const dropped = Object.entries(r.skipped).map(([why, n]) => `${n} ${why}`);
  if (r.filtered) dropped.push(`${r.filtered} filtered by keywords`);
  return `${head}: ${plural(r.items, 'item')}: ${parts.join(', ')}${dropped.length ? ` · skipped ${dropped.join(', ')}` : ''} · ${r.ms} ms`;
}

/** Run totals: sources and items from the source reports, files from what was written, the review queue's changes. */
export function totals(sources: SourceReport[], files: WriteResult[], queue?: QueueCounts): RunReport['totals'] {
  return {
    sources: sources.length,
    failed: sources.filter((r) => r.status === 'failed').length,
    items: sources.reduce((n, r) => n + r.items, 0),
    created: files.filter((f) => f.action === 'created').length,
    added: files.filter((f) => f.action === 'updated').reduce((n, f) => n + (f.sources ?? 0), 0),
    refused: files.filter((f) => f.action === 'refused').length,
    possible: queue?.added ?? 0,
    expired: queue?.expired ?? 0,
  };
}

/** The closing lines: totals, refused files with their reasons. */
export function formatSummary(report: RunReport): string {
  const t = report.totals;
  const lines = [
    `${report.dryRun ? 'dry run (nothing written): ' : ''}${plural(t.sources, 'source')}, ${t.failed} failed; ${plural(t.items, 'item')}; ${t.created} new candidate event(s), ${plural(t.added, 'source')} added to known events; ${t.possible} possible item(s) queued for review${t.expired ? `, ${t.expired} expired` : ''}${report.possible ? ` (${report.possible.queued} in the queue)` : ''}`,
  ];
  for (const f of report.files.filter((x) => x.action === 'refused')) lines.push(`refused ${f.file}: ${f.problem}`);
  return lines.join('\n');
}

/** The report of a source that yielded no items (unchanged, failed, skipped or empty). */
export function emptyReport(o: SourceOutcome): SourceReport {
  return sourceReport(o, { seen: 0, irrelevant: 0, possible: 0, known: 0, created: 0, added: 0 });
}
