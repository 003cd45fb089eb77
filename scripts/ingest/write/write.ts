/**
 * Stage 6, write: new events as `status: candidate` files, new sources appended to known events.
 * Every file is validated with the shared event schema before it is written (an invalid one is
 * reported, never written), written atomically, and not rewritten when nothing changed. Nothing
 * is deleted; of an existing file only the `sources` list grows (see event-file.ts).
 */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeFileAtomic } from '../../../src/model/atomic-write.ts';
import { parseMarkdown } from '../../../src/model/frontmatter.ts';
import { ContentFileError, readContentFile } from '../../../src/model/content-file.ts';
import { eventSchema } from '../../../src/model/schema/index.ts';
import { canonicalUrl } from '../normalize/links.ts';
import { appendSources, candidateEventData, toSource } from './event-file.ts';
import { eventPath, renderEvent } from '../../../src/model/event-file.ts';
import type { Addition, NewEvent } from '../cluster/cluster.ts';

export interface WriteOptions {
  contentDir: string;
  dryRun: boolean;
  /** Test hook: wait this long after each file written (lets a test kill the run mid-write). */
  pauseMs?: number;
}

export interface WriteResult {
  /** Path relative to the content folder. */
  file: string;
  action: 'created' | 'updated' | 'unchanged' | 'refused';
  /** How many sources were added (updated files). */
  sources?: number;
  /** Why a file was refused. */
  problem?: string;
}

function invalid(file: string, error: { issues: { path: (string | number)[]; message: string }[] }): WriteResult {
  const problem = error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
  return { file, action: 'refused', problem };
}

async function save(path: string, text: string, opts: WriteOptions): Promise<boolean> {
  if (opts.dryRun) return true;
  const changed = await writeFileAtomic(path, text);
  if (changed && opts.pauseMs) await sleep(opts.pauseMs);
  return changed;
}

/** Writes one new candidate event (validated first). */
export async function writeNewEvent(event: NewEvent, opts: WriteOptions): Promise<WriteResult> {
  const file = eventPath(event.ref.id);
  const data = candidateEventData(event.candidates, event.likelySameAs);
  const checked = eventSchema.safeParse(data);
  if (!checked.success) return invalid(file, checked.error);
  const changed = await save(join(opts.contentDir, file), renderEvent(data), opts);
  return { file, action: changed ? 'created' : 'unchanged', sources: event.candidates.length };
}

/** Appends the new sources of an addition to its event file (only `sources` changes). */
export async function writeAddition(addition: Addition, opts: WriteOptions): Promise<WriteResult> {
  const file = eventPath(addition.ref.id);
  const path = join(opts.contentDir, file);
  let text: string | undefined;
  try {
    text = await readContentFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      return { file, action: 'refused', problem: 'the event file is missing (refused or removed earlier in this run)' };
    // Not UTF-8, a NUL, a symlink, too large: appending would mean rewriting bytes we cannot read.
    if (err instanceof ContentFileError)
      return { file, action: 'refused', problem: `the event file ${err.message}; not appended to, fix it by hand` };
    throw err;
  }
  const current = parseMarkdown(text).data as { sources?: { url: string }[] };
  const cited = new Set((current.sources ?? []).map((s) => canonicalUrl(s.url)));
  const fresh = [
    ...new Map(addition.candidates.filter((c) => !cited.has(c.url)).map((c) => [c.url, toSource(c)])).values(),
  ];
  if (fresh.length === 0) return { file, action: 'unchanged', sources: 0 };
  let next: string;
  try {
    next = appendSources(text, fresh);
  } catch (err) {
    return { file, action: 'refused', problem: (err as Error).message };
  }
  const checked = eventSchema.safeParse(parseMarkdown(next).data);
  if (!checked.success) return invalid(file, checked.error);
  const changed = await save(path, next, opts);
  return { file, action: changed ? 'updated' : 'unchanged', sources: fresh.length };
}

/** Writes a cluster plan: additions to known events, then new events, in plan order. */
export async function writePlan(
  plan: { created: NewEvent[]; added: Addition[] },
  opts: WriteOptions,
): Promise<WriteResult[]> {
  const results: WriteResult[] = [];
  for (const a of plan.added) results.push(await writeAddition(a, opts));
  for (const e of plan.created) results.push(await writeNewEvent(e, opts));
  return results;
}
