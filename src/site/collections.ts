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

/**
 * In a production build the collections cannot change, so each is read and sorted once: with
 * 10,000 events, re-reading them for every one of 10,000 pages made the build quadratic.
 * Callers get a fresh array each time (the entries are shared). `astro dev` always re-reads.
 */
function once<T>(load: () => Promise<T[]>): () => Promise<T[]> {
  let cached: Promise<T[]> | undefined;
  return async () => (import.meta.env.PROD ? (await (cached ??= load())).slice() : load());
}

const loadAllEvents = once(async () => (await getCollection('events')).sort(byDateDesc));

/** Every event, whatever its status, newest first. */
export async function getAllEvents(): Promise<EventEntry[]> {
  return loadAllEvents();
}

/** Published events (the timeline), newest first. */
export async function getPublishedEvents(): Promise<EventEntry[]> {
  return (await getAllEvents()).filter((e) => e.data.status === 'published');
}

/** Machine-proposed, unreviewed events (the newswire), newest first. */
export async function getCandidateEvents(): Promise<EventEntry[]> {
  return (await getAllEvents()).filter((e) => e.data.status === 'candidate');
}

const loadProviders = once(async () =>
  (await getCollection('providers')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')),
);

/** Every provider, by name. */
export async function getProviders(): Promise<ProviderEntry[]> {
  return loadProviders();
}

/** Provider id → entry. */
export async function getProviderMap(): Promise<Map<string, ProviderEntry>> {
  return new Map((await getProviders()).map((p) => [p.id, p]));
}
