/**
 * `npm run check [-- --content DIR]`: validates every file in content/ against the schema, across
 * files, and against the source policy (src/data/source-quality.yaml). Prints one line per problem
 * (file: field: message) and exits 1 when any; warnings (an unlisted site, a refused site on an
 * unreviewed candidate) are printed too but do not fail the check.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { loadContent, loadSourcesFile } from '../src/lib/content-store.ts';
import { crossCheck, formatProblems } from '../src/lib/validate.ts';
import { checkSourcePolicy } from '../src/lib/validate-sources.ts';
import { loadSourceQuality } from '../src/lib/source-quality.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const root = contentDir(values.content);
const content = await loadContent(root);
const policy = checkSourcePolicy(root, content, loadSourceQuality());
const problems = [...content.problems, ...crossCheck(root, content), ...policy.problems];
let sourcesError = '';
const sourcesPath = join(root, 'sources.yaml');
if (existsSync(sourcesPath)) {
  await loadSourcesFile(sourcesPath).catch((err: Error) => {
    sourcesError = err.message;
  });
}
if (policy.warnings.length) {
  console.warn(formatProblems(policy.warnings).replace(/^/gm, 'warning: '));
  console.warn(`check: ${policy.warnings.length} warning(s)\n`);
}
if (problems.length || sourcesError) {
  if (problems.length) console.error(formatProblems(problems));
  if (sourcesError) console.error(sourcesError);
  console.error(`\ncheck: ${problems.length + (sourcesError ? 1 : 0)} problem(s) in ${root}`);
  process.exit(1);
}
console.log(`check: ${content.events.length} events and ${content.providers.length} providers in ${root} are valid`);
