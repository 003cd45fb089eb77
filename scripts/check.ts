/**
 * `npm run check [-- --content DIR]`: validates every file in content/ against the schema and
 * across files, and against the source policy (src/data/source-quality.yaml). Prints one line per
 * problem (file: field: message) and exits 1 when any; warnings (an unlisted site, a refused site
 * on an unreviewed candidate, a published event or a provider without its Chinese text) are
 * printed too but do not fail the check. The interface dictionary (src/site/i18n) is checked too:
 * a key missing in one language fails.
 * The site's loader reads content through the same readContent, so check passes exactly when
 * the build can read the content.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/model/content-dir.ts';
import { formatReport, problemCount, readContent } from '../src/model/read-content.ts';
import { formatProblems } from '../src/model/validate.ts';
import { translationWarnings } from '../src/model/translations.ts';
import { messageProblems } from '../src/site/i18n/index.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const root = contentDir(values.content);
const content = await readContent(root);
const warnings = [...content.warnings, ...translationWarnings(root, content)];
if (warnings.length) {
  console.warn(formatProblems(warnings).replace(/^/gm, 'warning: '));
  console.warn(`check: ${warnings.length} warning(s)\n`);
}
const i18n = messageProblems();
if (i18n.length) {
  console.error(i18n.join('\n'));
  console.error(`\ncheck: ${i18n.length} problem(s) in the interface dictionary (src/site/i18n/messages/)`);
  process.exit(1);
}
if (problemCount(content)) {
  console.error(formatReport(content));
  console.error(`\ncheck: ${problemCount(content)} problem(s) in ${root}`);
  process.exit(1);
}
console.log(`check: ${content.events.length} events and ${content.providers.length} providers in ${root} are valid`);
