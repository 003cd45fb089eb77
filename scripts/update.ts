/**
 * `npm run update [-- --content DIR --sources FILE --only ID --dry-run --report FILE --summary FILE --lock-wait S]`:
 * ingest, then build the site, then one summary. Exits with the ingest's exit code, or 1 when
 * the build fails, or 75 when another run kept the content lock for the whole --lock-wait. `--report` writes JSON (the ingest's own report, the build result and the
 * changes); `--summary` writes the summary as markdown (the scheduled workflow's PR body).
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/model/content-dir.ts';
import { runUpdate } from './update/pipeline.ts';
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

function readArgs() {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (err) {
    process.stderr.write(`update: ${(err as Error).message}\n`);
    process.exit(1);
  }
}

const values = readArgs();
try {
  process.exitCode = await runUpdate({
    content: contentDir(values.content),
    sources: values.sources,
    only: values.only,
    dryRun: values['dry-run'],
    report: values.report,
    summary: values.summary,
    lockWaitMs: lockWaitMs(values['lock-wait']),
  });
} catch (err) {
  process.exitCode = lockBusyExit(err, 'update') ?? 1;
  if (process.exitCode === 1) process.stderr.write(`${(err as Error).message}\n`);
}
