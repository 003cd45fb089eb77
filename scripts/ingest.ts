/**
 * `npm run ingest [-- --content DIR] [--sources FILE] [--only ID[,ID]…] [--force] [--dry-run] [--report FILE] [--lock-wait S]`
 *
 * Reads the feeds of sources.yaml and proposes candidate events in content/events, or adds
 * sources to events it already knows. Exit 0 when the run completed (failed sources are
 * reported, not fatal); 1 on bad configuration or when every source failed; 75 when another
 * run kept the content lock for the whole --lock-wait.
 * `kind: page` sources go to the page watcher (scripts/watch/) after the feeds.
 *
 * The recipe, stage by stage (each stage is a folder of scripts/ingest/):
 *   fetch → parse → normalize   per source, concurrently (ingest/collect.ts)
 *   classify → cluster          per source, in sources.yaml order, as its turn comes (ingest/process.ts)
 *   write                       new and extended event files, then the review queue
 *   watched pages               extract, compare with the snapshot, propose availability events
 *   report                      a line per source, the summary, JSON with --report
 *
 * `runIngest(argv, hooks)` is the whole command; tests and benchmarks pass their hooks in
 * (tests/helpers/ingest-child.ts, bench/ingest-child.ts); no hook is read from the environment.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { contentDir } from '../src/model/content-dir.ts';
import { loadSourcesFile } from '../src/model/store.ts';
import { collectFeeds } from './ingest/collect.ts';
import type { SourceOutcome } from './ingest/collect.ts';
import { loadState, saveState } from '../src/model/state/health.ts';
import { selectFeeds, writeReportFile } from './ingest/setup.ts';
import { loadSeen, saveSeen } from '../src/model/state/seen.ts';
import { inOrder, once } from './ingest/run-order.ts';
import { emptyReport, formatSourceLine, formatSummary, totals } from './ingest/write/report.ts';
import type { RunReport, SourceReport } from './ingest/write/report.ts';
import { lockBusyExit, lockContent, lockWaitMs } from './cli/lock.ts';

const USAGE =
  'usage: npm run ingest -- [--content DIR] [--sources FILE] [--only ID[,ID]] [--force] [--dry-run] [--report FILE] [--lock-wait SECONDS]';

export interface IngestHooks {
  /** Wait this long after each file written (a test kills the run mid-write). */
  pauseMs?: number;
  /** Called with the finished run's report, before the exit code is decided (a benchmark reads resource usage). */
  onFinish?: (report: RunReport) => void;
}

/** The command: parses `argv`, takes the content lock (not in a dry run), runs; resolves the exit code. */
export async function runIngest(argv: string[], hooks: IngestHooks = {}): Promise<number> {
  const { values: flags } = parseArgs({
    args: argv,
    options: {
      content: { type: 'string' },
      sources: { type: 'string' },
      only: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      report: { type: 'string' },
      'lock-wait': { type: 'string' },
    },
  });
  const root = contentDir(flags.content);
  const dryRun = flags['dry-run'] ?? false;
  // one writer at a time: everything below (state, seen items, knowledge base) is read under
  // the lock, so a run that waited sees what the previous one wrote. A dry run writes nothing.
  const lock = dryRun ? undefined : await lockContent(root, 'ingest', lockWaitMs(flags['lock-wait']));
  try {
    return await ingest(root, { ...flags, dryRun }, hooks);
  } finally {
    await lock?.release();
  }
}

interface IngestFlags {
  sources?: string;
  only?: string[];
  dryRun: boolean;
  force?: boolean;
  report?: string;
}

async function ingest(root: string, flags: IngestFlags, hooks: IngestHooks): Promise<number> {
  const started = new Date();
  const dryRun = flags.dryRun;
  // --force: check the chosen sources now, whatever their interval or failure backoff
  const force = flags.force ?? false;

  // configuration: sources.yaml, narrowed by --only to the feed sources asked for
  const config = await loadSourcesFile(flags.sources ?? join(root, 'sources.yaml'));
  const feeds = selectFeeds(config.sources, flags.only);
  // ingester memory: HTTP validators, source health, seen items
  const state = await loadState(root);
  const seen = await loadSeen(root);
  // knowledge base (events indexed by URL, day and provider/region) and classifier tables:
  // loaded when the first new item arrives, so a run where every feed answers 304 skips it
  const knowledge = once(async () => {
    const stages = await import('./ingest/process.ts');
    return { stages, run: await stages.loadKnowledge(root, seen) };
  });

  // fetch → parse → normalize (concurrently); classify → cluster as each source's turn comes
  const reports: SourceReport[] = [];
  const next = inOrder(
    feeds.map((f) => f.id),
    async (outcome: SourceOutcome) => {
      const k = outcome.candidates.length ? await knowledge() : undefined;
      reports.push(k ? k.stages.processOutcome(outcome, k.run) : emptyReport(outcome));
      console.log(formatSourceLine(reports.at(-1)!));
    },
  );
  await collectFeeds(feeds, { state, defaults: config.defaults, now: started, force, onResult: next.push });
  await next.done();
  // write: every new or extended event file once, validated first
  const k = knowledge.called ? await knowledge() : undefined;
  const today = started.toISOString().slice(0, 10);
  const writeOpts = { contentDir: root, dryRun, pauseMs: hooks.pauseMs ?? 0 };
  const files = k ? await k.stages.writePending(k.run, writeOpts, today) : [];
  // review queue: possible items added, those first seen over 60 days ago expired
  const possible = k ? await k.stages.writeQueue(k.run, { contentDir: root, dryRun }, today) : undefined;
  // watched pages (kind: page): extract the list, compare with its snapshot, propose availability events
  const pageCtx = { contentDir: root, defaults: config.defaults, dryRun, today: started.toISOString().slice(0, 10) };
  const hasPages = config.sources.some((s) => s.kind === 'page');
  const pages = hasPages
    ? await (await import('./watch/cli.ts')).runPageWatch(config.sources, flags.only, pageCtx, {
        health: state.health,
        now: started,
        force,
      })
    : [];
  for (const page of pages) {
    reports.push(page.report);
    files.push(...page.files);
    console.log(page.line);
  }

  // save the ingester's memory (never in a dry run)
  if (!dryRun) {
    await saveState(root, state);
    await saveSeen(root, seen);
  }
  // report: summary on the terminal, JSON with --report
  const report: RunReport = {
    started: started.toISOString(),
    finished: new Date().toISOString(),
    dryRun,
    contentDir: root,
    sources: reports,
    files,
    totals: totals(reports, files, possible),
    ...(possible ? { possible } : {}),
  };
  console.log(formatSummary(report));
  if (flags.report) await writeReportFile(flags.report, report);
  hooks.onFinish?.(report);
  const succeeded = reports.some((r) => r.status === 'ok' || r.status === 'unchanged');
  return !succeeded && report.totals.failed > 0 ? 1 : 0;
}

/** Runs the command as this process: sets the exit code, prints an error with the usage. */
export function ingestProcess(argv: string[], hooks: IngestHooks = {}): Promise<void> {
  return runIngest(argv, hooks).then(
    (code) => {
      process.exitCode = code;
    },
    (err: Error) => {
      process.exitCode = lockBusyExit(err, 'ingest') ?? 1;
      if (process.exitCode === 1) console.error(`ingest: ${err.message}\n${USAGE}`);
    },
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  void ingestProcess(process.argv.slice(2));
