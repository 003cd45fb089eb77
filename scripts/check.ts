/**
 * `npm run check [-- --content DIR]`: validates every file in content/ against the schema and
 * across files, and sources.yaml (schema, then page providers and selectors: sources-check.ts). Prints one line per problem (file: field: message) and exits 1 when any.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { loadContent, loadSourcesFile } from '../src/lib/content-store.ts';
import { crossCheck, formatProblems } from '../src/lib/validate.ts';
import { checkSources } from '../src/lib/sources-check.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const root = contentDir(values.content);
const content = await loadContent(root);
const problems = [...content.problems, ...crossCheck(root, content)];
let sourcesError = '';
const sourcesPath = join(root, 'sources.yaml');
if (existsSync(sourcesPath)) {
  await loadSourcesFile(sourcesPath).then(
    (config) => problems.push(...checkSources(root, sourcesPath, config.sources, new Set(content.providers.map((p) => p.id)))),
    (err: Error) => {
      sourcesError = err.message;
    },
  );
}
if (problems.length || sourcesError) {
  if (problems.length) console.error(formatProblems(problems));
  if (sourcesError) console.error(sourcesError);
  console.error(`\ncheck: ${problems.length + (sourcesError ? 1 : 0)} problem(s) in ${root}`);
  process.exit(1);
}
console.log(`check: ${content.events.length} events and ${content.providers.length} providers in ${root} are valid`);
