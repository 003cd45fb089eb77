/** The related-events index over published events, built once per production build. */
import { getPublishedEvents, type EventEntry } from './collections.ts';
import { buildRelatedIndex, type RelatedIndex } from './related.ts';

let cached: Promise<RelatedIndex<EventEntry>> | undefined;

export function relatedIndex(): Promise<RelatedIndex<EventEntry>> {
  const load = async () => buildRelatedIndex(await getPublishedEvents());
  if (!import.meta.env.PROD) return load();
  cached ??= load();
  return cached;
}
