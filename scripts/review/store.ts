/** What the review tool works on: every valid event with its file text, and the provider ids. */
import { readFile } from 'node:fs/promises';
import { loadContent } from '../../src/model/store.ts';
import type { Entry, LoadedContent } from '../../src/model/store.ts';
import { parseMarkdown } from '../../src/model/frontmatter.ts';
import { eventSchema } from '../../src/model/schema/index.ts';
import type { EventData } from '../../src/model/schema/index.ts';

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

/**
 * Reads the files of `ids` again (cheap, unlike a full reload), so a decision applies to what
 * they hold now: sources an ingest appended while the curator was reading are kept. A file
 * that is gone or no longer valid leaves the store, and the plan then reports the id.
 */
export async function refreshEvents(store: ReviewStore, ids: string[]): Promise<void> {
  for (const id of new Set(ids)) {
    const known = store.events.get(id);
    if (!known) continue;
    const text = await readFile(known.file, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      throw err;
    });
    if (text === known.text) continue;
    const fresh = text === undefined ? undefined : parseEvent(known, text);
    if (fresh) store.events.set(id, fresh);
    else store.events.delete(id);
    store.content.events = store.content.events.flatMap((e) => (e.id !== id ? [e] : fresh ? [fresh] : []));
  }
}

function parseEvent(known: ReviewEvent, text: string): ReviewEvent | undefined {
  try {
    const doc = parseMarkdown(text);
    const result = eventSchema.safeParse(doc.data);
    return result.success ? { ...known, data: result.data, raw: doc.data, body: doc.body, text } : undefined;
  } catch {
    return undefined; // unparseable now: treated like a file that is gone (the plan names the id)
  }
}
