/**
 * `npm run review [-- command …] [--content DIR]`: the curator's side of the newswire.
 * Candidates the ingester proposed are published, rejected, edited or merged; only status,
 * type, providers, regions, effective (and, for merges, sources and tags) ever change, each
 * file validated before it is written atomically; items of the possible queue are promoted or
 * dismissed. Exit 1 on bad input, with nothing written;
 * 75 when another run kept the content lock for the whole --lock-wait.
 *
 * Writing commands hold the content lock while they read, plan and write. The interactive
 * review holds it only while it applies one decision (re-reading the files it touches under
 * it), so a curator who leaves the review open never blocks the scheduled update.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/model/content-dir.ts';
import { runCommand, USAGE } from './review/commands.ts';
import { reviewInteractive } from './review/interactive.ts';
import { ReviewError } from './review/plan.ts';
import { lockBusyExit, lockContent, lockWaitMs } from './cli/lock.ts';
import { terminalText } from './cli/terminal.ts';

/** Everything the review prints leaves through these two (whatever command composed it). */
const print = (text: string) => process.stdout.write(terminalText(text, { newlines: true }));
const printError = (text: string) => process.stderr.write(terminalText(text, { newlines: true }));
import { defaultLogPath } from './review/curator-log.ts';

const OPTIONS = {
  content: { type: 'string' },
  json: { type: 'boolean' },
  interactive: { type: 'boolean' },
  type: { type: 'string' },
  providers: { type: 'string' },
  regions: { type: 'string' },
  effective: { type: 'string' },
  'lock-wait': { type: 'string' },
  'curator-log': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function readArgs() {
  try {
    const parsed = parseArgs({ allowPositionals: true, options: OPTIONS });
    return { ...parsed, waitMs: lockWaitMs(parsed.values['lock-wait']) };
  } catch (err) {
    printError(`review: ${(err as Error).message}\n${USAGE}`);
    process.exit(1);
  }
}

const { values, positionals, waitMs } = readArgs();
const root = contentDir(values.content);
const [command, ...args] = positionals;
// every publish, reject, promote and dismiss becomes a line of training data for the classifier
const log = { path: defaultLogPath(root, values['curator-log']) };

/** Runs `fn` under the content lock; `label` names the holder for anyone who has to wait. */
async function locked<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const lock = await lockContent(root, label, waitMs);
  try {
    return await fn();
  } finally {
    await lock.release();
  }
}

try {
  if (values.help) {
    print(USAGE);
  } else if (command === 'list') {
    print(await runCommand(root, command, args, values));
  } else if (command) {
    print(await locked(`review ${command}`, () => runCommand(root, command, args, values, log)));
  } else if (values.interactive || process.stdin.isTTY) {
    await reviewInteractive(root, process.stdin, process.stdout, {
      log,
      locked: (fn) => locked('review (interactive)', fn),
    });
  } else {
    printError(`review: no command and stdin is not a terminal (use --interactive to read keys from it)\n${USAGE}`);
    process.exitCode = 1;
  }
} catch (err) {
  const busy = lockBusyExit(err, 'review');
  if (busy !== undefined) process.exitCode = busy;
  else if (!(err instanceof ReviewError)) throw err;
  else {
    printError(`review: nothing written:\n${err.message}\n`);
    process.exitCode = 1;
  }
}
