/** Site queries for the availability map and the region pages (Astro side; the logic is in availability.ts). */
import { getAllEvents, getProviders, getPublishedEvents } from './data.ts';
import { buildMatrix, referencedRegions, type Matrix } from './availability.ts';
import { isoCodes } from './regions.ts';

/** The matrix over published access events and every provider's records. */
export async function getMatrix(): Promise<Matrix> {
  return buildMatrix(await getProviders(), await getPublishedEvents());
}

/**
 * Every region that gets a page: all ISO codes (so anyone can look up their own country, even
 * when nothing is known yet), EU, global, and anything else a record or event names.
 */
export async function getRegionPageCodes(): Promise<string[]> {
  const events = (await getAllEvents()).filter((e) => e.data.status !== 'rejected');
  const referenced = referencedRegions(await getProviders(), events);
  return [...new Set([...isoCodes(), 'EU', 'global', ...referenced])].sort();
}
