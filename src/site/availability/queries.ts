/** Site queries for the availability map and the region pages (Astro side; the logic is in availability.ts). */
import { getAllEvents, getProviders, getPublishedEvents } from '../collections.ts';
import { buildMatrix, referencedRegions, type Matrix } from '../../model/availability.ts';
import { isoCodes } from '../../model/regions/regions.ts';
import type { Surface } from '../../model/schema/index.ts';

const matrices = new Map<Surface, Promise<Matrix>>();

/** The matrix of one surface (the API by default) over published access events and every provider's records; built once per production build. */
export function getMatrix(surface: Surface = 'api'): Promise<Matrix> {
  if (!import.meta.env.PROD)
    return (async () => buildMatrix(await getProviders(), await getPublishedEvents(), surface))();
  if (!matrices.has(surface))
    matrices.set(surface, (async () => buildMatrix(await getProviders(), await getPublishedEvents(), surface))());
  return matrices.get(surface)!;
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
