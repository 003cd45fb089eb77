/**
 * The one event writer's rules: the key order of event frontmatter, the text of a new event
 * file, its id and path, and what happens when the id is taken. The ingester (feed items), the
 * page watcher (list changes) and review (placing a key a file lacked) all use these.
 */
import { join } from 'node:path';
import { serializeMarkdown } from './frontmatter.ts';
import { slugify } from './slug.ts';

/** The order of event frontmatter keys (the schema's order); keys not listed follow alphabetically. */
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
  'likely_same_as',
] as const;

/** The text of a new event file: frontmatter in EVENT_KEY_ORDER (undefined values left out), then the body. */
export function renderEvent(data: Record<string, unknown>, body = ''): string {
  return serializeMarkdown({ data, body }, EVENT_KEY_ORDER);
}

/** The event id (file name without .md) for a date and a title: `YYYY-MM-DD-<slug>`. */
export function eventId(date: string, title: string): string {
  return `${date}-${slugify(title)}`;
}

/** The clash rule: `base`, or `base-2`, `base-3`… whichever `taken` does not hold yet. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** `events/YYYY/<id>.md`, relative to the content folder. */
export const eventPath = (id: string) => join('events', id.slice(0, 4), `${id}.md`);
