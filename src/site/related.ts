/**
 * Related events for event pages, without scanning every event per page: the published events are
 * indexed by provider and region once per build (module-level memo over the shared collection),
 * and each page scores only the events that share one of its providers or regions. Same result as
 * `relatedEvents(event, published)`.
 */
import { getPublishedEvents, type EventEntry } from './collections.ts';
import { relatedFinder } from './timeline.ts';

let finder: Promise<(event: EventEntry) => EventEntry[]> | undefined;

/** Up to four published events sharing providers or regions with `event`, best first. */
export async function getRelatedEvents(event: EventEntry): Promise<EventEntry[]> {
  if (!import.meta.env.PROD) return relatedFinder(await getPublishedEvents())(event);
  finder ??= getPublishedEvents().then((published) => relatedFinder(published));
  return (await finder)(event);
}
