/** One update: snapshot → ingest → check → build → snapshot → summary and report. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../../src/lib/atomic-write.ts';
import { diffSnapshots, snapshotContent } from './changes.ts';
import { failingTooLong } from './health.ts';
import { runBuild, runIngest } from './run.ts';
import { checkStep } from './check-step.ts';
import { formatSummary } from './summary.ts';
import { ingestTotals, mergeFailures, reportFailures } from './ingest-report.ts';
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

type Ran = Pick<UpdateOutcome, 'ingestExit' | 'check' | 'build'>;

/** Steps 2 and 3: the ingest, then the content check and the build (none after a dry run, no
 * build when the check fails). Paths are made absolute because both programs run from the
 * repository root, not the caller's folder. */
async function ingestAndBuild(opts: UpdateOptions, ingestReport: string): Promise<Ran> {
  const content = resolve(opts.content);
  const sources = opts.sources && resolve(opts.sources);
  const ingestExit = await runIngest({ content, sources, only: opts.only, dryRun: opts.dryRun, report: ingestReport }, opts.env);
  if (opts.dryRun) return { ingestExit, check: { status: 'skipped' }, build: { status: 'skipped', reason: 'dry run' } };
  const check = await checkStep(content);
  if (check.status === 'failed') return { ingestExit, check, build: { status: 'skipped', reason: 'the content check failed' } };
  const exitCode = await runBuild(content, opts.env);
  return { ingestExit, check, build: { status: exitCode === 0 ? 'ok' : 'failed', exitCode } };
}

/** The ingest's code when it failed, else 1 when the check or the build failed, else 0. */
const exitCodeOf = (o: Ran) => (o.ingestExit !== 0 ? o.ingestExit : o.check.status === 'failed' || o.build.status === 'failed' ? 1 : 0);

/** Runs the update, prints the summary, writes --summary and --report; resolves the exit code. */
export async function runUpdate(opts: UpdateOptions): Promise<number> {
  const scratch = await mkdtemp(join(tmpdir(), 'aaw-update-'));
  const ingestReport = join(scratch, 'ingest-report.json');
  try {
    // 1. What content/ holds now, so the summary can say what the run changed.
    const before = await snapshotContent(opts.content);
    // 2–3. Ingest, then build.
    const ran = await ingestAndBuild(opts, ingestReport);
    // 4. Compare, summarise, report.
    const after = await snapshotContent(opts.content);
    const ingest = await readIngestReport(ingestReport);
    const diff = diffSnapshots(before, after);
    const changes = { ...diff, failedSources: mergeFailures(diff.failedSources, reportFailures(ingest)) };
    const outcome: UpdateOutcome = { ...ran, totals: ingestTotals(ingest), changes, failingTooLong: failingTooLong(after.health), dryRun: opts.dryRun ?? false };
    const summary = formatSummary(outcome);
    const exitCode = exitCodeOf(ran);
    (opts.print ?? ((t) => process.stdout.write(t)))(`\n${summary}`);
    if (opts.summary) await writeFileAtomic(opts.summary, summary);
    if (opts.report) {
      const report = { exitCode, ingest: { exitCode: ran.ingestExit, report: ingest }, check: ran.check, build: ran.build, changes, failingTooLong: outcome.failingTooLong };
      await writeFileAtomic(opts.report, `${JSON.stringify(report, null, 2)}\n`);
    }
    return exitCode;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
