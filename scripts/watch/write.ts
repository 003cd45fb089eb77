/**
 * The watcher's only disk writes besides snapshots: a candidate event file and the provider's
 * availability list. Both are schema-validated first and written atomically.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/model/atomic-write.ts';
import { serializeMarkdown } from '../../src/model/frontmatter.ts';
import { readContentFile } from '../../src/model/content-file.ts';
import { eventSchema, type EventData } from '../../src/model/schema/index.ts';
import { slugify } from './event.ts';
import { applyReadingToText, type ReadingOptions } from './provider-file.ts';
import type { ListReading } from './list-apply.ts';

export const EVENT_KEY_ORDER = [
  'title',
  'title_zh',
  'date',
  'date_precision',
  'effective',
  'effective_note',
  'type',
  'surfaces',
  'status',
  'providers',
  'regions',
  'models',
  'tags',
  'summary',
  'summary_zh',
  'sources',
  'origin',
  'matched_terms',
] as const;

/** The event's Markdown text (date_precision left to its default). */
export function renderEvent(event: EventData, body: string): string {
  const check = eventSchema.safeParse(event);
  if (!check.success) {
    const issue = check.error.issues[0]!;
    throw new Error(`event "${event.title}": ${issue.path.join('.')}: ${issue.message}`);
  }
  const data: Record<string, unknown> = {
    ...event,
    date_precision: event.date_precision === 'day' ? undefined : event.date_precision,
  };
  return serializeMarkdown({ data, body }, EVENT_KEY_ORDER);
}

/** A free path events/YYYY/<date>-<slug>[-n].md; a file with the very same text counts as free. */
async function eventPath(contentDir: string, event: EventData, text: string): Promise<string> {
  const base = join(contentDir, 'events', event.date.slice(0, 4), `${event.date}-${slugify(event.title)}`);
  for (let n = 1; ; n++) {
    const path = n === 1 ? `${base}.md` : `${base}-${n}.md`;
    if (!existsSync(path) || (await readFile(path, 'utf8')) === text) return path;
  }
}

/** Writes the event; returns its path. */
export async function writeEvent(contentDir: string, event: EventData, body: string): Promise<string> {
  const text = renderEvent(event, body);
  const path = await eventPath(contentDir, event, text);
  await writeFileAtomic(path, text);
  return path;
}

export function providerPath(contentDir: string, providerId: string): string {
  return join(contentDir, 'providers', `${providerId}.md`);
}

/** Applies a reading of the provider's own list to its file; returns the path when the file changed. */
export async function writeProviderAvailability(
  contentDir: string,
  providerId: string,
  reading: ListReading,
  opts: ReadingOptions,
): Promise<string | undefined> {
  const path = providerPath(contentDir, providerId);
  // Strict read: a provider file that is not UTF-8 is refused, never rewritten with U+FFFD.
  const text = await readContentFile(path).catch((err: Error) => {
    throw new Error(`${path}: ${err.message}; availability not updated, fix the file by hand`);
  });
  const next = applyReadingToText(text, reading, opts, path);
  if (next === undefined) return undefined;
  return (await writeFileAtomic(path, next)) ? path : undefined;
}
