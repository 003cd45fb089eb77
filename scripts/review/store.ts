/** What the review tool works on: every valid event with its file text, and the provider ids. */
import { readFile } from 'node:fs/promises';
import { loadContent } from '../../src/lib/content-store.ts';
import type { Entry, LoadedContent } from '../../src/lib/content-store.ts';
import type { EventData } from '../../src/lib/schema.ts';

export interface ReviewEvent extends Entry<EventData> {
  /** The file's bytes as read, so edits can keep everything they do not touch. */
  text: string;
}

export interface ReviewStore {
  root: string;
  content: LoadedContent;
  events: Map<string, ReviewEvent>;
  providers: Set<string>;
}

/** Loads `root` (events and providers, schema-validated; invalid files are left out). */
export async function loadReviewStore(root: string): Promise<ReviewStore> {
  const content = await loadContent(root);
  const events = new Map<string, ReviewEvent>();
  for (const e of content.events) events.set(e.id, { ...e, text: await readFile(e.file, 'utf8') });
  return { root, content, events, providers: new Set(content.providers.map((p) => p.id)) };
}

/** Candidates, newest first (date, then id, both descending), so the order is stable. */
export function candidates(store: ReviewStore): ReviewEvent[] {
  return [...store.events.values()]
    .filter((e) => e.data.status === 'candidate')
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || b.id.localeCompare(a.id));
}
