/**
 * `npm run update [-- --content DIR --sources FILE --only ID --dry-run --report FILE --summary FILE --lock-wait S]`:
 * ingest, then build the site, then one summary. Exits with the ingest's exit code, or 1 when
 * the build fails, or 75 when another run kept the content lock for the whole --lock-wait. `--report` writes JSON (the ingest's own report, the build result and the
 * changes); `--summary` writes the summary as markdown (the scheduled workflow's PR body).
 *
 * `updateProcess(argv, hooks)` is the whole command; tests pass their stand-in scripts in
 * (tests/helpers/update-child.ts); no hook is read from the environment.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { contentDir } from '../src/model/content-dir.ts';
import { runUpdate } from './update/pipeline.ts';
import type { UpdateOptions } from './update/pipeline.ts';
import { lockBusyExit, lockWaitMs } from './cli/lock.ts';

const OPTIONS = {
  content: { type: 'string' },
  sources: { type: 'string' },
  only: { type: 'string' },
  'dry-run': { type: 'boolean' },
  report: { type: 'string' },
  summary: { type: 'string' },
  'lock-wait': { type: 'string' },
} as const;

/** What tests may swap: the ingest and the build run as stand-in scripts. */
export type UpdateHooks = Pick<UpdateOptions, 'ingestScript' | 'buildScript'>;

function readArgs(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS }).values;
  } catch (err) {
    process.stderr.write(`update: ${(err as Error).message}\n`);
    process.exit(1);
  }
}

/** Runs the command as this process: parses `argv`, runs the update, sets the exit code. */
export async function updateProcess(argv: string[], hooks: UpdateHooks = {}): Promise<void> {
  const values = readArgs(argv);
  try {
    process.exitCode = await runUpdate({
      content: contentDir(values.content),
      sources: values.sources,
      only: values.only,
      dryRun: values['dry-run'],
      report: values.report,
      summary: values.summary,
      lockWaitMs: lockWaitMs(values['lock-wait']),
      ...hooks,
    });
  } catch (err) {
    process.exitCode = lockBusyExit(err, 'update') ?? 1;
    if (process.exitCode === 1) process.stderr.write(`${(err as Error).message}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await updateProcess(process.argv.slice(2));
