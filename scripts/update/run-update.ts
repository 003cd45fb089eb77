/** One update: snapshot → ingest → build → snapshot → summary and report. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../../src/lib/atomic-write.ts';
import { diffSnapshots, snapshotContent } from './changes.ts';
import { failingTooLong } from './health.ts';
import { runBuild, runIngest } from './run.ts';
import { formatSummary } from './summary.ts';
import type { UpdateOutcome } from './summary.ts';

export interface UpdateOptions {
  content: string;
  sources?: string;
  only?: string;
  dryRun?: boolean;
  /** Write the JSON report here. */
  report?: string;
  /** Write the markdown summary here. */
  summary?: string;
  /** Where the summary is printed. */
  print?: (text: string) => void;
  env?: NodeJS.ProcessEnv;
}

/** The ingest's JSON report, or null when it wrote none (it failed before writing one). */
async function readIngestReport(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return null;
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`update: the ingest report ${path} is not JSON: ${(err as Error).message}`);
  }
}

/** Runs the update; resolves the exit code: the ingest's, or 1 when the build failed. */
export async function runUpdate(opts: UpdateOptions): Promise<number> {
  const scratch = await mkdtemp(join(tmpdir(), 'aaw-update-'));
  const ingestReport = join(scratch, 'ingest-report.json');
  try {
    // 1. What content/ holds now, so the summary can say what the run changed.
    const before = await snapshotContent(opts.content);
    // 2. Ingest feeds and watched pages.
    // Paths resolved here: the programs run from the repository root, not the caller's folder.
    const sources = opts.sources && resolve(opts.sources);
    const ingestExit = await runIngest({ content: resolve(opts.content), sources, only: opts.only, dryRun: opts.dryRun, report: ingestReport }, opts.env);
    // 3. Build the site from the updated content (nothing to build after a dry run).
    const buildExit = opts.dryRun ? undefined : await runBuild(resolve(opts.content), opts.env);
    const build: UpdateOutcome['build'] = buildExit === undefined
      ? { status: 'skipped', reason: 'dry run' }
      : { status: buildExit === 0 ? 'ok' : 'failed', exitCode: buildExit };
    // 4. Compare, summarise, report.
    const after = await snapshotContent(opts.content);
    const changes = diffSnapshots(before, after);
    const outcome: UpdateOutcome = { ingestExit, build, changes, failingTooLong: failingTooLong(after.health), dryRun: opts.dryRun ?? false };
    const summary = formatSummary(outcome);
    (opts.print ?? ((t) => process.stdout.write(t)))(`\n${summary}`);
    const exitCode = ingestExit !== 0 ? ingestExit : build.status === 'failed' ? 1 : 0;
    if (opts.summary) await writeFileAtomic(opts.summary, summary);
    if (opts.report) {
      const report = { exitCode, ingest: { exitCode: ingestExit, report: await readIngestReport(ingestReport) }, build, changes, failingTooLong: outcome.failingTooLong };
      await writeFileAtomic(opts.report, `${JSON.stringify(report, null, 2)}\n`);
    }
    return exitCode;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
