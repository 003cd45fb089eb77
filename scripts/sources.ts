/**
 * `npm run sources -- import FILE.opml [--content DIR] [--sources FILE]`
 *   adds the OPML's feeds that are not yet in sources.yaml (matched by URL) and reports the rest,
 *   holding the content lock (exit 75 when another run keeps it for the whole --lock-wait);
 * `npm run sources -- export [FILE] [--content DIR] [--sources FILE]`
 *   writes the feed sources as OPML 2.0 to FILE, or to stdout.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/model/content-dir.ts';
import { loadSourcesFile } from '../src/model/store.ts';
import { writeFileAtomic } from '../src/model/atomic-write.ts';
import { parseOpml, toOpml } from './sources/opml.ts';
import { importFeeds } from './sources/import.ts';
import { lockBusyExit, lockContent, lockWaitMs } from './cli/lock.ts';

const USAGE =
  'usage: npm run sources -- import FILE.opml | export [FILE]   [--content DIR] [--sources FILE] [--lock-wait SECONDS]';

/** Reads sources.yaml and merges the OPML into it under the content lock (read-modify-write). */
async function lockedImport(root: string, sourcesPath: string, feeds: ReturnType<typeof parseOpml>, waitMs: number) {
  const lock = await lockContent(root, 'sources import', waitMs);
  try {
    return await importFeeds(sourcesPath, feeds);
  } finally {
    await lock.release();
  }
}

async function runImport(file: string | undefined, sourcesPath: string, root: string, waitMs: number): Promise<void> {
  if (!file) throw new Error(`import needs an OPML file\n${USAGE}`);
  const text = await readFile(file, 'utf8').catch((err: Error) => {
    throw new Error(`${file}: cannot read: ${err.message}`);
  });
  const report = await lockedImport(root, sourcesPath, parseOpml(text, file), waitMs);
  for (const a of report.added) console.log(`added    ${a.id}  ${a.url}`);
  for (const s of report.skipped) console.log(`skipped  ${s.url}  (${s.reason})`);
  console.log(`${report.added.length} added, ${report.skipped.length} skipped → ${sourcesPath}`);
}

async function runExport(file: string | undefined, sourcesPath: string): Promise<void> {
  const opml = toOpml((await loadSourcesFile(sourcesPath)).sources);
  if (!file) process.stdout.write(opml);
  else {
    await writeFileAtomic(file, opml);
    console.error(`wrote ${file}`);
  }
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { content: { type: 'string' }, sources: { type: 'string' }, 'lock-wait': { type: 'string' } },
  });
  const [command, file] = positionals;
  const root = contentDir(values.content);
  const sourcesPath = values.sources ?? join(root, 'sources.yaml');
  if (command === 'import') return runImport(file, sourcesPath, root, lockWaitMs(values['lock-wait']));
  if (command === 'export') return runExport(file, sourcesPath);
  throw new Error(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
}

main(process.argv.slice(2)).catch((err: Error) => {
  process.exitCode = lockBusyExit(err, 'sources') ?? 1;
  if (process.exitCode === 1) console.error(`sources: ${err.message}`);
});
