/** Page-level queries on top of data.ts: provider names for links, events of a provider, site pages. */
import { getAllEvents, getProviders, type EventEntry } from './collections.ts';

/** Provider id → display name, for linking providers from events. */
export async function getProviderNames(): Promise<Record<string, string>> {
  return Object.fromEntries((await getProviders()).map((p) => [p.id, p.data.name]));
}

/** Events that have a page: published and candidate (rejected ones are kept in content only). */
export async function getPageEvents(): Promise<EventEntry[]> {
  return (await getAllEvents()).filter((e) => e.data.status !== 'rejected');
}

/** Published and candidate events naming a provider, newest first. */
export async function getProviderEvents(providerId: string): Promise<EventEntry[]> {
  return (await getPageEvents()).filter((e) => e.data.providers.includes(providerId));
}
