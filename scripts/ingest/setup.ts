/**
 * Run setup for the ingest command: which sources to read, the index of the knowledge base,
 * and the JSON report file.
 */
import { onlyIds } from '../cli/only.ts';
import { basename, join } from 'node:path';
import { writeFileAtomic } from '../../src/model/atomic-write.ts';
import { listMarkdown } from '../../src/model/store.ts';
import type { LoadedContent } from '../../src/model/store.ts';
import type { SourceConfig } from '../../src/model/schema/index.ts';
import { buildIndex } from './cluster/cluster.ts';
import type { EventIndex } from './cluster/cluster.ts';

/**
 * The `kind: feed` sources to read: all of them, or those named by `--only` (repeatable or
 * comma-separated). An unknown id is a configuration error naming it.
 */
export function selectFeeds(sources: SourceConfig[], only: string[] | undefined): SourceConfig[] {
  const wanted = onlyIds(only);
  const known = new Set(sources.map((s) => s.id));
  const unknown = wanted.filter((id) => !known.has(id));
  if (unknown.length)
    throw new Error(`--only: no source with id ${unknown.map((u) => `"${u}"`).join(', ')} in sources.yaml`);
  const picked = wanted.length ? sources.filter((s) => wanted.includes(s.id)) : sources;
  const feeds = picked.filter((s) => s.kind === 'feed');
  if (feeds.length === 0 && !picked.some((s) => s.kind === 'page'))
    throw new Error(
      wanted.length
        ? `--only ${wanted.join(',')}: none of these is a kind: feed source`
        : 'sources.yaml lists no kind: feed source',
    );
  return feeds;
}

/**
 * The cluster index of every valid event; the ids of every event file (valid or not) are
 * reserved too, so a new event never takes the name of a file that failed to load.
 */
export async function indexContent(root: string, content: LoadedContent): Promise<EventIndex> {
  const index = buildIndex(content.events.map((e) => ({ id: e.id, data: e.data })));
  for (const file of await listMarkdown(join(root, 'events'))) index.ids.add(basename(file, '.md'));
  return index;
}

/** Writes the run report as JSON (stable key order as built, trailing newline). */
export async function writeReportFile(path: string, report: unknown): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(report, null, 2)}\n`);
}
