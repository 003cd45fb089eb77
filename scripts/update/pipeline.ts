/**
 * One update: lock → snapshot → ingest → snapshot → unlock → check → build → summary and report.
 * The content lock covers what writes content/ (the ingest child inherits it); the check and the build only
 * read, and every write is atomic, so it runs unlocked and a curator's review need not wait
 * for it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../../src/model/atomic-write.ts';
import { diffSnapshots, snapshotContent } from './changes.ts';
import { failingTooLong } from '../../src/model/state/source-health.ts';
import { runBuild, runIngest } from './child-steps.ts';
import { checkStep } from './check-step.ts';
import { formatSummary } from './summary.ts';
import { ingestTotals, mergeFailures, reportFailures } from './ingest-report.ts';
import type { UpdateOutcome } from './summary.ts';
import { LOCK_TOKEN_ENV, lockContent } from '../cli/lock.ts';
import { DEFAULT_LOCK_WAIT_MS } from '../../src/model/content-lock.ts';

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
  /** How long to wait for another run's content lock (default 60 s). */
  lockWaitMs?: number;
  /** Test hook: a script run instead of scripts/ingest.ts, with the same command line. */
  ingestScript?: string;
  /** Test hook: a script run instead of `astro build`. */
  buildScript?: string;
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

/**
 * Steps 1–3 under the content lock (none on a dry run, which writes nothing): the snapshot
 * before, the ingest (a child that inherits the lock), the snapshot after. Paths are made
 * absolute because the ingest runs from the repository root, not the caller's folder.
 */
async function lockedIngest(opts: UpdateOptions, ingestReport: string) {
  const content = resolve(opts.content);
  const env = opts.env ?? process.env;
  const lock = opts.dryRun
    ? undefined
    : await lockContent(content, 'update', opts.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS, env);
  try {
    const before = await snapshotContent(opts.content);
    const sources = opts.sources && resolve(opts.sources);
    const childEnv = lock ? { ...env, [LOCK_TOKEN_ENV]: lock.holder.token } : env;
    const ingestExit = await runIngest(
      { content, sources, only: opts.only, dryRun: opts.dryRun, report: ingestReport },
      childEnv,
      opts.ingestScript,
    );
    return { before, ingestExit, after: await snapshotContent(opts.content) };
  } finally {
    await lock?.release();
  }
}

type Ran = Pick<UpdateOutcome, 'ingestExit' | 'check' | 'build'>;

/** Step 4: the content check, then the build (neither after a dry run, no build when the check fails). */
async function checkAndBuild(opts: UpdateOptions): Promise<Pick<UpdateOutcome, 'check' | 'build'>> {
  if (opts.dryRun) return { check: { status: 'skipped' }, build: { status: 'skipped', reason: 'dry run' } };
  const content = resolve(opts.content);
  const check = await checkStep(content);
  if (check.status === 'failed') return { check, build: { status: 'skipped', reason: 'the content check failed' } };
  const exitCode = await runBuild(content, opts.env, opts.buildScript);
  return { check, build: { status: exitCode === 0 ? 'ok' : 'failed', exitCode } };
}

/** The ingest's code when it failed, else 1 when the check or the build failed, else 0. */
const exitCodeOf = (o: Ran) =>
  o.ingestExit !== 0 ? o.ingestExit : o.check.status === 'failed' || o.build.status === 'failed' ? 1 : 0;

/** Runs the update, prints the summary, writes --summary and --report; resolves the exit code. */
export async function runUpdate(opts: UpdateOptions): Promise<number> {
  const scratch = await mkdtemp(join(tmpdir(), 'aaw-update-'));
  const ingestReport = join(scratch, 'ingest-report.json');
  try {
    // 1–3. What content/ holds before and after the ingest, so the summary can say what it changed.
    const { before, ingestExit, after } = await lockedIngest(opts, ingestReport);
    // 4. Check the content, then build the site.
    const ran: Ran = { ingestExit, ...(await checkAndBuild(opts)) };
    // 5. Compare, summarise, report.
    const ingest = await readIngestReport(ingestReport);
    const diff = diffSnapshots(before, after);
    const changes = { ...diff, failedSources: mergeFailures(diff.failedSources, reportFailures(ingest)) };
    const outcome: UpdateOutcome = {
      ...ran,
      totals: ingestTotals(ingest),
      changes,
      failingTooLong: failingTooLong(after.health),
      dryRun: opts.dryRun ?? false,
    };
    const summary = formatSummary(outcome);
    const exitCode = exitCodeOf(ran);
    (opts.print ?? ((t) => process.stdout.write(t)))(`\n${summary}`);
    if (opts.summary) await writeFileAtomic(opts.summary, summary);
    if (opts.report) {
      const report = {
        exitCode,
        ingest: { exitCode: ran.ingestExit, report: ingest },
        check: ran.check,
        build: ran.build,
        changes,
        failingTooLong: outcome.failingTooLong,
      };
      await writeFileAtomic(opts.report, `${JSON.stringify(report, null, 2)}\n`);
    }
    return exitCode;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
