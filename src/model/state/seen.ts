/**
 * `content/state/seen.json`: every canonical item URL the ingester has processed, relevant or
 * not, with the day it was first seen. A re-run skips these items before classifying them, and
 * a candidate a curator rejected (or deleted) is never proposed again.
 *
 * Format: `{ "max": 20000, "urls": { "<url>": "YYYY-MM-DD", … } }`, URLs sorted, so the same
 * data is the same bytes. Bounded by count only: past `max` entries the oldest first-seen days
 * are dropped first (ties: URL order). Dropping an entry is harmless: an item whose URL an event
 * cites is still recognised by the cluster stage; a dropped irrelevant item is classified again.
 */
import { readJsonFile } from './json-file.ts';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';

export const SEEN_MAX = 20_000;

export interface Seen {
  max: number;
  urls: Map<string, string>;
}

export const seenPath = (contentDir: string) => join(contentDir, 'state', 'seen.json');

/** Reads seen.json; a missing file is an empty set, a broken one an error naming it. */
export async function loadSeen(contentDir: string): Promise<Seen> {
  const path = seenPath(contentDir);
  const data = (await readJsonFile(path)) as { max?: unknown; urls?: unknown } | undefined;
  if (data === undefined) return { max: SEEN_MAX, urls: new Map() };
  if (!data || typeof data.urls !== 'object' || data.urls === null || Array.isArray(data.urls)) {
    throw new Error(`${path}: must be {"max": N, "urls": {"<url>": "YYYY-MM-DD"}}`);
  }
  const max = typeof data.max === 'number' && data.max > 0 ? data.max : SEEN_MAX;
  return { max, urls: new Map(Object.entries(data.urls as Record<string, string>)) };
}

/** Marks URLs as seen on `day`; a URL seen before keeps its first day. */
export function markSeen(seen: Seen, urls: Iterable<string>, day: string): void {
  for (const url of urls) if (!seen.urls.has(url)) seen.urls.set(url, day);
}

/** The entries to keep: the newest `max` by first-seen day, sorted by URL. */
export function pruneSeen(seen: Seen): [string, string][] {
  const entries = [...seen.urls].sort(([ua, da], [ub, db]) => (da === db ? (ua < ub ? -1 : 1) : da < db ? 1 : -1));
  return entries.slice(0, seen.max).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Writes seen.json (pruned, sorted) when it changed; returns true when it did. */
export async function saveSeen(contentDir: string, seen: Seen): Promise<boolean> {
  const urls = Object.fromEntries(pruneSeen(seen));
  return writeFileAtomic(seenPath(contentDir), `${JSON.stringify({ max: seen.max, urls }, null, 2)}\n`);
}
