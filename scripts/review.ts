/**
 * `npm run review [-- command …] [--content DIR]`: the curator's side of the newswire.
 * Candidates the ingester proposed are published, rejected, edited or merged; only status,
 * type, providers, regions, effective (and, for merges, sources and tags) ever change, each
 * file validated before it is written atomically. Items of the possible queue are promoted or
 * dismissed. Exit 1 on bad input, with nothing written.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { runCommand, USAGE } from './review/commands.ts';
import { reviewInteractive } from './review/interactive.ts';
import { ReviewError } from './review/plan.ts';
import { defaultLogPath } from './review/curator-log.ts';

const OPTIONS = {
  content: { type: 'string' },
  json: { type: 'boolean' },
  interactive: { type: 'boolean' },
  type: { type: 'string' },
  providers: { type: 'string' },
  regions: { type: 'string' },
  effective: { type: 'string' },
  'curator-log': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function readArgs() {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (err) {
    process.stderr.write(`review: ${(err as Error).message}\n${USAGE}`);
    process.exit(1);
  }
}

const { values, positionals } = readArgs();
const root = contentDir(values.content);
const [command, ...args] = positionals;
// every publish, reject, promote and dismiss becomes a line of training data for the classifier
const log = { path: defaultLogPath(root, values['curator-log']) };

try {
  if (values.help) {
    process.stdout.write(USAGE);
  } else if (command) {
    process.stdout.write(await runCommand(root, command, args, values, log));
  } else if (values.interactive || process.stdin.isTTY) {
    await reviewInteractive(root, process.stdin, process.stdout, { log });
  } else {
    process.stderr.write(`review: no command and stdin is not a terminal (use --interactive to read keys from it)\n${USAGE}`);
    process.exitCode = 1;
  }
} catch (err) {
  if (!(err instanceof ReviewError)) throw err;
  process.stderr.write(`review: nothing written:\n${err.message}\n`);
  process.exitCode = 1;
}
