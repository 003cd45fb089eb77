/**
 * The watcher's only disk writes besides snapshots: a candidate event file and the provider's
 * availability list. Both are schema-validated first and written atomically.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/model/atomic-write.ts';
import { eventId, eventPath, renderEvent, uniqueId } from '../../src/model/event-file.ts';
import { readContentFile } from '../../src/model/content-file.ts';
import { eventSchema, type EventData } from '../../src/model/schema/index.ts';
import { applyReadingToText, type ReadingOptions } from './provider-file.ts';
import type { ListReading } from './list-apply.ts';

/** The event's Markdown text (date_precision left to its default). */
function eventText(event: EventData, body: string): string {
  const check = eventSchema.safeParse(event);
  if (!check.success) {
    const issue = check.error.issues[0]!;
    throw new Error(`event "${event.title}": ${issue.path.join('.')}: ${issue.message}`);
  }
  const data: Record<string, unknown> = {
    ...event,
    date_precision: event.date_precision === 'day' ? undefined : event.date_precision,
  };
  return renderEvent(data, body);
}

/** A free path events/YYYY/<date>-<slug>[-n].md (the model's clash rule); a file with the very same text counts as free. */
function freePath(contentDir: string, event: EventData, text: string): string {
  const file = (id: string) => join(contentDir, eventPath(id));
  const taken = (id: string) => existsSync(file(id)) && readFileSync(file(id), 'utf8') !== text;
  return file(uniqueId(eventId(event.date, event.title), taken));
}

/** Writes the event; returns its path. */
export async function writeEvent(contentDir: string, event: EventData, body: string): Promise<string> {
  const text = eventText(event, body);
  const path = freePath(contentDir, event, text);
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
