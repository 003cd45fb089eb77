/**
 * The possible queue, `content/state/possible.json`: feed items the classifier was unsure about
 * (neither clearly relevant nor clearly not), kept for a curator to promote or dismiss in
 * `npm run review`. `{version: 1, items: [...]}`, items sorted by key, keys sorted at every
 * depth, a trailing newline; written atomically and only when changed.
 */
import { readJsonFile } from '../../../src/model/state/json-file.ts';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { writeFileAtomic } from '../../../src/model/atomic-write.ts';
import { EVENT_TYPES, SURFACES, httpUrl, id, isoDate, regionCode } from '../../../src/model/schema/index.ts';
import { stableJson } from '../../../src/model/state/health.ts';

/** One uncertain item. */
export const possibleItemSchema = z.object({
  /** The canonical URL: the item's identity in the queue. */
  key: httpUrl,
  /** The id of the source (sources.yaml) that found it. */
  source: id,
  url: httpUrl,
  /** Plain text, as normalize left it. */
  title: z.string().trim().min(1),
  summary: z.string(),
  published: isoDate,
  language: z.string().optional(),
  /** The classifier's relevance score, 0–1. */
  score: z.number().min(0).max(1),
  /** The words or rules behind the score. */
  cues: z.array(z.string()).default([]),
  type: z.enum(EVENT_TYPES),
  providers: z.array(id).default([]),
  regions: z.array(regionCode).default([]),
  /** Optional: which access it concerns, when the classifier says. */
  surfaces: z.array(z.enum(SURFACES)).optional(),
  /** The day it entered the queue. */
  first_seen: isoDate,
});

export const possibleQueueSchema = z.object({ version: z.literal(1), items: z.array(possibleItemSchema) });

export type PossibleItem = z.infer<typeof possibleItemSchema>;
export type PossibleQueue = z.infer<typeof possibleQueueSchema>;

export const possiblePath = (contentDir: string) => join(contentDir, 'state', 'possible.json');

/** The queue; an empty one when the file does not exist. A broken file is an error naming it and the problem. */
export async function readPossibleQueue(contentDir: string): Promise<PossibleQueue> {
  const path = possiblePath(contentDir);
  const data = await readJsonFile(path);
  if (data === undefined) return { version: 1, items: [] };
  const parsed = possibleQueueSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: not a possible queue: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** The queue as stable text: items sorted by key, one per key (the last given wins). */
export function renderPossibleQueue(queue: PossibleQueue): string {
  const byKey = new Map(queue.items.map((item) => [item.key, item]));
  const items = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return stableJson({ version: 1, items });
}

/** Writes the queue atomically; returns true when the file changed. */
export function writePossibleQueue(contentDir: string, queue: PossibleQueue): Promise<boolean> {
  return writeFileAtomic(possiblePath(contentDir), renderPossibleQueue(queue));
}

/** Takes one item out of the queue; returns it, or undefined when no item has that key. */
export async function removeFromPossibleQueue(contentDir: string, key: string): Promise<PossibleItem | undefined> {
  const queue = await readPossibleQueue(contentDir);
  const item = queue.items.find((i) => i.key === key);
  if (!item) return undefined;
  await writePossibleQueue(contentDir, { ...queue, items: queue.items.filter((i) => i !== item) });
  return item;
}

/** Days an item stays in the queue after it was first seen. */
export const EXPIRY_DAYS = 60;

const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export interface QueueUpdate {
  queue: PossibleQueue;
  added: number;
  expired: number;
}

/**
 * The queue after an ingest run: items first seen more than EXPIRY_DAYS before `today` expire;
 * fresh items whose key is not queued yet are added (a queued item keeps its first_seen).
 */
export function updateQueue(queue: PossibleQueue, fresh: PossibleItem[], today: string): QueueUpdate {
  const kept = queue.items.filter((i) => daysBetween(i.first_seen, today) <= EXPIRY_DAYS);
  const keys = new Set(kept.map((i) => i.key));
  const added = fresh.filter((i) => !keys.has(i.key) && keys.add(i.key));
  return {
    queue: { version: 1, items: [...kept, ...added] },
    added: added.length,
    expired: queue.items.length - kept.length,
  };
}
