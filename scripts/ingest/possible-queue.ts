/**
 * The review queue of near misses: items the classifier found possibly relevant (an AI context,
 * a probability between the possible and the candidate cuts), kept in
 * content/state/possible.json for a curator to promote or drop (scripts/review). Items are keyed
 * by canonical URL, never duplicated, sorted by key, and expire EXPIRY_DAYS after they were
 * first seen. Written atomically with stable key order.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { writeFileAtomic } from '../../src/lib/atomic-write.ts';
import { EVENT_TYPES } from '../../src/lib/schema.ts';

export const POSSIBLE_FILE = join('state', 'possible.json');
export const EXPIRY_DAYS = 60;

const day = z.string().regex(/^\d{4}-\d\d-\d\d$/);
const itemSchema = z.object({
  key: z.string().min(1),
  source: z.string(),
  url: z.string().url(),
  title: z.string(),
  summary: z.string(),
  published: day,
  language: z.string().optional(),
  score: z.number().min(0).max(1),
  cues: z.array(z.string()),
  type: z.enum(EVENT_TYPES),
  providers: z.array(z.string()),
  regions: z.array(z.string()),
  first_seen: day,
});
const queueSchema = z.object({ version: z.literal(1), items: z.array(itemSchema) });

export type PossibleItem = z.infer<typeof itemSchema>;
export type PossibleQueue = z.infer<typeof queueSchema>;

export const emptyQueue = (): PossibleQueue => ({ version: 1, items: [] });

/** The queue of a content folder; an empty queue when the file does not exist yet. */
export async function readPossibleQueue(contentDir: string): Promise<PossibleQueue> {
  const path = join(contentDir, POSSIBLE_FILE);
  const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (text === undefined) return emptyQueue();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${path}: not JSON (${(err as Error).message})`);
  }
  const r = queueSchema.safeParse(json);
  if (!r.success) throw new Error(`${path}: ${r.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`);
  return r.data;
}

const ITEM_KEYS = ['key', 'source', 'url', 'title', 'summary', 'published', 'language', 'score', 'cues', 'type', 'providers', 'regions', 'first_seen'] as const;

/** One item with its keys in the documented order (absent optional keys left out). */
function ordered(item: PossibleItem): PossibleItem {
  return Object.fromEntries(ITEM_KEYS.filter((k) => item[k] !== undefined).map((k) => [k, item[k]])) as PossibleItem;
}

/** Writes the queue sorted by key (atomic; unchanged bytes are not rewritten). Returns true when the file changed. */
export async function writePossibleQueue(contentDir: string, queue: PossibleQueue): Promise<boolean> {
  const items = [...queue.items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(ordered);
  return writeFileAtomic(join(contentDir, POSSIBLE_FILE), `${JSON.stringify({ version: 1, items }, null, 2)}\n`);
}

/** Removes one item (the review tool's promote or drop); false when no item has that key. */
export async function removeFromPossibleQueue(contentDir: string, key: string): Promise<boolean> {
  const queue = await readPossibleQueue(contentDir);
  const items = queue.items.filter((i) => i.key !== key);
  if (items.length === queue.items.length) return false;
  await writePossibleQueue(contentDir, { ...queue, items });
  return true;
}

const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export interface QueueUpdate {
  queue: PossibleQueue;
  added: number;
  expired: number;
}

/**
 * The queue after a run: items first seen more than EXPIRY_DAYS before `today` expire; new items
 * whose key is not queued yet are added (an item already queued keeps its first_seen).
 */
export function updateQueue(queue: PossibleQueue, fresh: PossibleItem[], today: string): QueueUpdate {
  const kept = queue.items.filter((i) => daysBetween(i.first_seen, today) <= EXPIRY_DAYS);
  const keys = new Set(kept.map((i) => i.key));
  const added = fresh.filter((i) => !keys.has(i.key) && keys.add(i.key));
  return { queue: { version: 1, items: [...kept, ...added] }, added: added.length, expired: queue.items.length - kept.length };
}
