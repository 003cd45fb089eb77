/**
 * `npm run ingest [-- --content DIR] [--sources FILE] [--only ID[,ID]…] [--dry-run] [--report FILE]`
 *
 * Reads the feeds of sources.yaml and proposes candidate events in content/events, or adds
 * sources to events it already knows. Exit 0 when the run completed (failed sources are
 * reported, not fatal); 1 on bad configuration or when every source failed.
 * `kind: page` sources go to the page watcher (scripts/watch/) after the feeds.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { loadContent, loadSourcesFile } from '../src/lib/content-store.ts';
import { collectFeeds } from './ingest/collect.ts';
import { loadState, saveState } from './ingest/state.ts';
import { buildTables, loadRules } from './ingest/classifier-tables.ts';
import { indexContent, selectFeeds, writeReportFile } from './ingest/setup.ts';
import { loadSeen, saveSeen } from './ingest/seen.ts';
import { inOrder, processOutcome } from './ingest/process.ts';
import { formatSourceLine, formatSummary, totals } from './ingest/report.ts';
import type { RunReport, SourceReport } from './ingest/report.ts';
import type { WriteResult } from './ingest/write.ts';
import { runPageWatch } from './watch/cli.ts';

const USAGE = 'usage: npm run ingest -- [--content DIR] [--sources FILE] [--only ID[,ID]] [--dry-run] [--report FILE]';

async function main(argv: string[]): Promise<number> {
  const { values: flags } = parseArgs({
    args: argv,
    options: {
      content: { type: 'string' },
      sources: { type: 'string' },
      only: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean', default: false },
      report: { type: 'string' },
    },
  });
  const started = new Date();
  const root = contentDir(flags.content);
  const dryRun = flags['dry-run'] ?? false;

  // configuration: sources.yaml, narrowed by --only to the feed sources asked for
  const config = await loadSourcesFile(flags.sources ?? join(root, 'sources.yaml'));
  const feeds = selectFeeds(config.sources, flags.only);
  // knowledge base: events indexed by URL, day and provider/region; classifier tables
  const content = await loadContent(root);
  const index = await indexContent(root, content);
  const tables = buildTables(await loadRules(), content.providers);
  // ingester memory: HTTP validators, source health, seen items
  const state = await loadState(root);
  const seen = await loadSeen(root);

  // fetch → parse → normalize (concurrently); then classify → cluster → write → report, in order
  const run = { tables, index, seen, today: started.toISOString().slice(0, 10), write: { contentDir: root, dryRun, pauseMs: Number(process.env.INGEST_TEST_PAUSE_MS) || 0 } };
  const reports: SourceReport[] = [];
  const files: WriteResult[] = [];
  const ordered = inOrder(feeds.map((f) => f.id), async (outcome: Parameters<typeof processOutcome>[0]) => {
    const done = await processOutcome(outcome, run);
    reports.push(done.report);
    files.push(...done.files);
    console.log(formatSourceLine(done.report));
  });
  await collectFeeds(feeds, { state, defaults: config.defaults, now: started, onResult: (o) => ordered.push(o) });
  await ordered.done();
  // watched pages: extract the list, compare with the last snapshot, propose availability events
  for (const page of await runPageWatch(config.sources, flags.only, { contentDir: root, defaults: config.defaults, dryRun, today: run.today }, { health: state.health, now: started })) {
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
  const report: RunReport = { started: started.toISOString(), finished: new Date().toISOString(), dryRun, contentDir: root, sources: reports, files, totals: totals(reports) };
  console.log(formatSummary(report));
  if (flags.report) await writeReportFile(flags.report, report);
  if (process.env.BENCH === '1') console.error(`bench: maxrss_kb=${process.resourceUsage().maxRSS}`);
  const succeeded = reports.some((r) => r.status === 'ok' || r.status === 'unchanged');
  return !succeeded && report.totals.failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    console.error(`ingest: ${err.message}\n${USAGE}`);
    process.exitCode = 1;
  },
);
