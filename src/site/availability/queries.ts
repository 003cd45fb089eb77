/** Site queries for the availability map and the region pages (Astro side; the logic is in availability.ts). */
import { getAllEvents, getProviders, getPublishedEvents } from '../collections.ts';
import { buildMatrix, referencedRegions, sortRegions, type Matrix } from '../../model/availability.ts';
import { buildLane, laneSet, type LaneSet } from './lanes.ts';
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

/** The day the lanes end: the build's day. */
const TODAY = new Date().toISOString().slice(0, 10);

/** A provider's swimlanes on one surface: one lane per region with a dated change. */
export async function providerLanes(provider: string, surface: Surface): Promise<LaneSet> {
  const matrix = await getMatrix(surface);
  const events = await getPublishedEvents();
  const entry = (await getProviders()).find((p) => p.id === provider);
  const codes = new Set<string>([
    ...(entry?.data.availability.filter((a) => a.surface === surface).map((a) => a.region) ?? []),
    ...events.filter((e) => e.data.providers.includes(provider)).flatMap((e) => e.data.regions),
  ]);
  const ordered = sortRegions(codes);
  return laneSet(
    ordered.map((r) => buildLane(r.code, matrix.cell(provider, r.code), events, surface, TODAY)),
    TODAY,
  );
}

/** A region's swimlanes on one surface: one lane per provider with a dated change. */
export async function regionLanes(region: string, surface: Surface): Promise<LaneSet> {
  const matrix = await getMatrix(surface);
  const events = await getPublishedEvents();
  return laneSet(
    matrix.providers.map((p) => buildLane(p.id, matrix.cell(p.id, region), events, surface, TODAY)),
    TODAY,
  );
}
