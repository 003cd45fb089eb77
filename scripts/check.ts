/**
 * `npm run check [-- --content DIR]`: validates every file in content/ against the schema and
 * across files, and against the source policy (src/data/source-quality.yaml). Prints one line per
 * problem (file: field: message) and exits 1 when any; warnings (an unlisted site, a refused site
 * on an unreviewed candidate) are printed too but do not fail the check.
 * The site's loader reads content through the same readContent, so check passes exactly when
 * the build can read the content.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/model/content-dir.ts';
import { formatReport, problemCount, readContent } from '../src/model/read-content.ts';
import { formatProblems } from '../src/model/validate.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const root = contentDir(values.content);
const content = await readContent(root);
if (content.warnings.length) {
  console.warn(formatProblems(content.warnings).replace(/^/gm, 'warning: '));
  console.warn(`check: ${content.warnings.length} warning(s)\n`);
}
if (problemCount(content)) {
  console.error(formatReport(content));
  console.error(`\ncheck: ${problemCount(content)} problem(s) in ${root}`);
  process.exit(1);
}
console.log(`check: ${content.events.length} events and ${content.providers.length} providers in ${root} are valid`);
