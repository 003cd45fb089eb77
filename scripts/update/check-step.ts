/**
 * The update's content check, between the ingest and the build: the same readContent as
 * `npm run check` and the site's loader, run in-process so its problems can go into the
 * summary (the pull request body) as well as the log.
 */
import { formatReport, problemCount, readContent } from '../../src/model/read-content.ts';

export type CheckOutcome = { status: 'ok' | 'skipped' } | { status: 'failed'; problems: string[] };

/** Checks the content tree at `content`; problems are printed to stderr and returned. */
export async function checkStep(
  content: string,
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<CheckOutcome> {
  const report = await readContent(content);
  if (!problemCount(report)) return { status: 'ok' };
  const text = formatReport(report);
  log(`${text}\n\ncheck: ${problemCount(report)} problem(s) in ${content}`);
  return { status: 'failed', problems: text.split('\n') };
}
