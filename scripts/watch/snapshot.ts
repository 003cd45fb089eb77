/**
 * The last good list of a watched page: content/state/snapshots/<source-id>.json, stable JSON
 * (fixed key order, sorted lists, trailing newline), written atomically and committed with the
 * content, so git history is the audit trail. Only good checks are ever stored.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/model/atomic-write.ts';

export type ListKind = 'regions' | 'offers';

export interface Snapshot {
  source: string;
  url: string;
  provider: string;
  list: ListKind;
  /** The day this list was first seen in this exact form (unchanged checks do not rewrite it). */
  fetched: string;
  /** Items extracted. */
  count: number;
  /** Region codes (regions lists), sorted; empty for offers lists. */
  codes: string[];
  /** The item strings as found on the page, sorted. */
  names: string[];
  /** Items that named no region, sorted (regions lists only). */
  unknown: string[];
}

export function snapshotPath(contentDir: string, sourceId: string): string {
  return join(contentDir, 'state', 'snapshots', `${sourceId}.json`);
}

/** The stored snapshot, or undefined before the first good check. A corrupt file throws. */
export async function readSnapshot(contentDir: string, sourceId: string): Promise<Snapshot | undefined> {
  const path = snapshotPath(contentDir, sourceId);
  const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (text === undefined) return undefined;
  try {
    const s = JSON.parse(text) as Snapshot;
    if (!Array.isArray(s.codes) || !Array.isArray(s.names)) throw new Error('codes and names must be lists');
    return { ...s, list: s.list ?? 'regions', unknown: s.unknown ?? [] };
  } catch (err) {
    throw new Error(`${path}: not a page snapshot: ${(err as Error).message}`);
  }
}

/** The snapshot as stable JSON text. */
export function renderSnapshot(s: Snapshot): string {
  const sorted = (xs: string[]) => [...new Set(xs)].sort();
  const ordered: Snapshot = {
    source: s.source,
    url: s.url,
    provider: s.provider,
    list: s.list,
    fetched: s.fetched,
    count: s.count,
    codes: sorted(s.codes),
    names: sorted(s.names),
    unknown: sorted(s.unknown),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Writes the snapshot (atomically; identical content is not rewritten). */
export function writeSnapshot(contentDir: string, s: Snapshot): Promise<boolean> {
  return writeFileAtomic(snapshotPath(contentDir, s.source), renderSnapshot(s));
}

/** True when two snapshots state the same list (the fetched day aside). */
export function sameList(a: Snapshot, b: Snapshot): boolean {
  const body = (s: Snapshot) => renderSnapshot({ ...s, fetched: '' });
  return body(a) === body(b);
}
