/**
 * `npm run bench -- curator` (or `npx tsx bench/curator.ts FILE`): the curators' decisions per month from
 * src/data/labelled/curator.jsonl (or FILE): candidates published vs rejected, i.e. the
 * classifier's precision as the curators saw it, and possible items promoted vs dismissed.
 * Read it after a month of use to see whether precision moved.
 */
import { CURATOR_LOG, readCuratorLog } from '../scripts/review/curator-log.ts';
import { formatMonthlyStats, monthlyStats } from '../scripts/review/curator-stats.ts';

const file = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? CURATOR_LOG;
const records = await readCuratorLog(file);
console.log(`${records.length} decision(s) in ${file}`);
process.stdout.write(formatMonthlyStats(monthlyStats(records)));
