/**
 * `npm run check [-- --content DIR]`: validates every file in content/ against the schema and
 * across files. Prints one line per problem (file: field: message) and exits 1 when any.
 * The site's loader reads content through the same readContent, so check passes exactly when
 * the build can read the content.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { formatReport, problemCount, readContent } from '../src/lib/read-content.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const root = contentDir(values.content);
const content = await readContent(root);
if (problemCount(content)) {
  console.error(formatReport(content));
  console.error(`\ncheck: ${problemCount(content)} problem(s) in ${root}`);
  process.exit(1);
}
console.log(`check: ${content.events.length} events and ${content.providers.length} providers in ${root} are valid`);
