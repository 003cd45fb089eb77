/**
 * The page watcher inside `npm run ingest`: picks the `kind: page` sources (narrowed by --only),
 * runs them, and turns each outcome into the CLI's per-source report, a terminal line and the
 * list of files written, in the same shapes the feed stages use.
 */
import { relative } from 'node:path';
import { onlyIds } from '../cli/only.ts';
import type { SourceConfig } from '../../src/model/schema/index.ts';
import type { SourceReport } from '../ingest/write/report.ts';
import {
  intervalOf,
  recordFailure,
  recordSuccess,
  shouldSkip,
  type SourceHealth,
} from '../../src/model/state/health.ts';
import type { WriteResult } from '../ingest/write/write.ts';
import { watchPage, type WatchContext, type WatchOutcome } from './watch.ts';

/** Availability pages change rarely and some terms ask for restraint: at most one check per 12 h. */
export const PAGE_MIN_INTERVAL_MINUTES = 720;

/** The ingester's per-source health (backoff, last check), shared with the feeds and saved by the CLI. */
export interface PageHealth {
  health: Record<string, SourceHealth>;
  now: Date;
  /** Check every page now, ignoring its interval and failure backoff (`--force`). */
  force?: boolean;
}

export interface PageRun {
  report: SourceReport;
  files: WriteResult[];
  line: string;
}

/** Enabled page sources, in file order; with --only, those of the named ids. */
export function selectPages(sources: SourceConfig[], only: string[] | undefined): SourceConfig[] {
  const wanted = onlyIds(only);
  return sources.filter((s) => s.kind === 'page' && s.enabled && (wanted.length === 0 || wanted.includes(s.id)));
}

const joinCodes = (codes: string[]) => (codes.length ? codes.join(' ') : 'none');

/** What happened, in one phrase. */
export function describeOutcome(o: WatchOutcome): string {
  if (o.status === 'failed') return `${o.error.kind}: ${o.error.message}`;
  const unknown = o.unknown.length ? ` · unknown names: ${o.unknown.join(', ')}` : '';
  if (o.status === 'baseline')
    return `first check: stored ${o.count} items as the baseline${o.files.length ? " and set the provider's availability from them" : ''}, no event${unknown}`;
  if (o.status !== 'changed')
    return `${o.count} items, no change${o.files.length ? ' (checked moved forward)' : ''}${unknown}`;
  return `${o.count} items: added ${joinCodes(o.added)}; removed ${joinCodes(o.removed)}${unknown}`;
}

/** The outcome as the CLI's source report and written files. */
export function toPageRun(source: SourceConfig, o: WatchOutcome, ms: number, contentDir: string): PageRun {
  const changed = o.status === 'changed';
  // A change writes its event first, then the provider file; other checks may update the provider file only.
  const files: WriteResult[] =
    o.status === 'failed'
      ? []
      : o.files.map((f, i) => ({ file: relative(contentDir, f), action: changed && i === 0 ? 'created' : 'updated' }));
  const report: SourceReport = {
    id: source.id,
    url: source.url,
    status: o.status === 'failed' ? 'failed' : o.status === 'unchanged' ? 'unchanged' : 'ok',
    ms,
    items: o.status === 'failed' ? 0 : o.count,
    seen: 0,
    irrelevant: 0,
    possible: 0,
    created: changed && files.length ? 1 : 0,
    added: 0,
    known: 0,
    skipped: {},
    filtered: 0,
    ...(o.status === 'failed' ? { error: o.error } : { note: describeOutcome(o) }),
  };
  const label = o.status === 'failed' ? 'failed' : o.status;
  return { report, files, line: `${label.padEnd(9)} ${source.id} (page): ${describeOutcome(o)} · ${ms} ms` };
}

function skippedRun(source: SourceConfig, note: string): PageRun {
  const report: SourceReport = {
    id: source.id,
    url: source.url,
    status: 'skipped',
    ms: 0,
    items: 0,
    seen: 0,
    irrelevant: 0,
    possible: 0,
    created: 0,
    added: 0,
    known: 0,
    skipped: {},
    filtered: 0,
    note,
  };
  return { report, files: [], line: `${'skipped'.padEnd(9)} ${source.id} (page): ${note}` };
}

/**
 * Runs the selected page sources one after another, honouring backoff and the page interval
 * (the source's `interval_minutes`, else the longer of the default and 12 h), unless forced.
 */
export async function runPageWatch(
  sources: SourceConfig[],
  only: string[] | undefined,
  ctx: WatchContext,
  h?: PageHealth,
): Promise<PageRun[]> {
  const runs: PageRun[] = [];
  const fallback = Math.max(ctx.defaults.min_interval_minutes, PAGE_MIN_INTERVAL_MINUTES);
  for (const source of selectPages(sources, only)) {
    const note = h && !h.force && shouldSkip(source.id, h.health, h.now, intervalOf(source, fallback));
    if (note) {
      runs.push(skippedRun(source, note));
      continue;
    }
    const t0 = performance.now();
    const outcome = await watchPage(source, ctx);
    if (h)
      h.health[source.id] =
        outcome.status === 'failed'
          ? recordFailure(h.health[source.id], outcome.error, h.now)
          : recordSuccess(h.health[source.id], h.now);
    runs.push(toPageRun(source, outcome, Math.round(performance.now() - t0), ctx.contentDir));
  }
  return runs;
}
