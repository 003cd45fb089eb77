/**
 * The site's queries over the content collections. Pages only call these and render.
 * Events are sorted newest first (date, then id) so every page lists them in one order.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type EventEntry = CollectionEntry<'events'>;
export type ProviderEntry = CollectionEntry<'providers'>;

/** Newest first; ties broken by id so the order is stable. */
export function byDateDesc(a: EventEntry, b: EventEntry): number {
  return b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);
}

/** Every event, whatever its status, newest first. */
export async function getAllEvents(): Promise<EventEntry[]> {
  return (await getCollection('events')).sort(byDateDesc);
}

/** Published events (the timeline), newest first. */
export async function getPublishedEvents(): Promise<EventEntry[]> {
  return (await getAllEvents()).filter((e) => e.data.status === 'published');
}

/** Machine-proposed, unreviewed events (the newswire), newest first. */
export async function getCandidateEvents(): Promise<EventEntry[]> {
  return (await getAllEvents()).filter((e) => e.data.status === 'candidate');
}

/** Every provider, by name. */
export async function getProviders(): Promise<ProviderEntry[]> {
  return (await getCollection('providers')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
}

/** Provider id → entry. */
export async function getProviderMap(): Promise<Map<string, ProviderEntry>> {
  return new Map((await getProviders()).map((p) => [p.id, p]));
}
