/**
 * `npm run sources -- import FILE.opml [--content DIR] [--sources FILE]`
 *   adds the OPML's feeds that are not yet in sources.yaml (matched by URL) and reports the rest;
 * `npm run sources -- export [FILE] [--content DIR] [--sources FILE]`
 *   writes the feed sources as OPML 2.0 to FILE, or to stdout.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { loadSourcesFile } from '../src/lib/content-store.ts';
import { writeFileAtomic } from '../src/lib/atomic-write.ts';
import { parseOpml, toOpml } from './ingest/opml.ts';
import { importFeeds } from './ingest/sources-import.ts';

const USAGE = 'usage: npm run sources -- import FILE.opml | export [FILE]   [--content DIR] [--sources FILE]';

async function runImport(file: string | undefined, sourcesPath: string): Promise<void> {
  if (!file) throw new Error(`import needs an OPML file\n${USAGE}`);
  const text = await readFile(file, 'utf8').catch((err: Error) => {
    throw new Error(`${file}: cannot read: ${err.message}`);
  });
  const report = await importFeeds(sourcesPath, parseOpml(text, file));
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
    options: { content: { type: 'string' }, sources: { type: 'string' } },
  });
  const [command, file] = positionals;
  const sourcesPath = values.sources ?? join(contentDir(values.content), 'sources.yaml');
  if (command === 'import') return runImport(file, sourcesPath);
  if (command === 'export') return runExport(file, sourcesPath);
  throw new Error(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
}

main(process.argv.slice(2)).catch((err: Error) => {
  console.error(`sources: ${err.message}`);
  process.exitCode = 1;
});
