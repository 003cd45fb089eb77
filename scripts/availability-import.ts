/**
 * `npm run availability:import -- [--content DIR] [--checked YYYY-MM-DD] FILE...`: applies
 * providers' own availability lists, read by hand into facts files, to their provider files.
 * The rule is in scripts/availability/import.ts (and, shared with the page watcher,
 * scripts/watch/list-apply.ts).
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/model/content-dir.ts';
import { importFile } from './availability/import.ts';

const { values, positionals } = parseArgs({
  options: { content: { type: 'string' }, checked: { type: 'string' } },
  allowPositionals: true,
});
if (positionals.length === 0) {
  console.error('usage: npm run availability:import -- [--content DIR] [--checked YYYY-MM-DD] FILE...');
  process.exit(1);
}
try {
  for (const file of positionals) console.log(await importFile(file, contentDir(values.content), values.checked));
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
