/**
 * The availability map as plain data: provider × region cells for one surface (the API by
 * default, the app one switch away) from the providers' availability records, with the evidence
 * for each (our event page when a published event backs the record, else the record's source),
 * and the history of access changes from events of that surface.
 * Precedence for a cell: a record for the region itself > a record for the EU (member states) >
 * a record for `global` > unknown. Inherited cells say where they come from (`via`). An unknown
 * cell says why: the provider has no list we know of, or the place lies beyond the part of its
 * list that could be read.
 */
import {
  AVAILABILITY_STATUSES,
  type Availability,
  type AvailabilityList,
  type AvailabilityStatus,
  type EventData,
  type ProviderData,
  type Surface,
} from './schema/index.ts';
import { CONTINENTS, continentOf, EU_MEMBERS, type Continent } from './regions/continents.ts';
import { regionName } from './regions/regions.ts';

export type CellStatus = AvailabilityStatus;
export const CELL_STATUSES: readonly CellStatus[] = AVAILABILITY_STATUSES;
export const CELL_LABELS: Record<CellStatus, string> = {
  available: 'Available',
  limited: 'Limited',
  'not-supported': 'Not supported',
  blocked: 'Blocked',
  unknown: 'Unknown',
};
/** The surfaces the map and region pages show, the API first (the default). */
export const MAP_SURFACES = ['api', 'app'] as const satisfies readonly Surface[];
export type MapSurface = (typeof MAP_SURFACES)[number];
export const SURFACE_LABELS: Record<Surface, string> = { api: 'API', app: 'App', cloud: 'Cloud', hardware: 'Hardware' };

/** Event types that change who can use what from where. */
export const ACCESS_TYPES: readonly EventData['type'][] = ['availability', 'restriction', 'lifting'];

export interface ProviderLike {
  id: string;
  data: ProviderData;
}
export interface EventLike {
  id: string;
  data: EventData;
}

export interface Cell {
  provider: string;
  region: string;
  status: CellStatus;
  record?: Availability;
  /** The region the record is stated for, when it is inherited (`EU`, `global`). */
  via?: string;
  /** A published event that backs the record (its `effective` or `date` is the `since` day). */
  eventId?: string;
  /** The provider's own list for this surface, if we have one. */
  list?: AvailabilityList;
  /** Why an unknown cell is unknown: no list found, or beyond the readable part of a partial list. */
  unknownReason?: 'no-list' | 'beyond-list';
}

export interface Matrix {
  surface: Surface;
  providers: { id: string; name: string }[];
  /** Rows, grouped by continent in CONTINENTS order, by name within. */
  regions: { code: string; name: string; continent: Continent }[];
  cell(provider: string, region: string): Cell;
}

/** The regions a cell inherits from, most specific first. */
export function fallbackRegions(region: string): string[] {
  if (region === 'global') return ['global'];
  return EU_MEMBERS.includes(region) ? [region, 'EU', 'global'] : [region, 'global'];
}

/** The published access event that backs a record, if any. */
export function backingEvent(providerId: string, record: Availability, events: EventLike[]): string | undefined {
  if (!record.since) return undefined;
  const hit = events.find(
    (e) =>
      e.data.status === 'published' &&
      ACCESS_TYPES.includes(e.data.type) &&
      e.data.surfaces.includes(record.surface) &&
      e.data.providers.includes(providerId) &&
      e.data.regions.includes(record.region) &&
      (e.data.effective === record.since || e.data.date === record.since),
  );
  return hit?.id;
}

/** One cell for a surface: the most specific record for the region, or unknown with the reason. */
export function resolveCell(
  provider: ProviderLike,
  region: string,
  events: EventLike[],
  surface: Surface = 'api',
): Cell {
  const list = provider.data.availability_lists.find((l) => l.surface === surface);
  for (const r of fallbackRegions(region)) {
    const record = provider.data.availability.find((a) => a.region === r && a.surface === surface);
    if (!record) continue;
    const cell: Cell = {
      provider: provider.id,
      region,
      status: record.status,
      record,
      list,
      eventId: backingEvent(provider.id, record, events),
    };
    if (r !== region) cell.via = r;
    if (record.status === 'unknown') cell.unknownReason = list ? 'beyond-list' : 'no-list';
    return cell;
  }
  return { provider: provider.id, region, status: 'unknown', list, unknownReason: list ? 'beyond-list' : 'no-list' };
}

/** Rows sorted by continent (CONTINENTS order), then by English name. */
export function sortRegions(codes: Iterable<string>): Matrix['regions'] {
  const order = (c: Continent) => CONTINENTS.indexOf(c);
  return [...new Set(codes)]
    .map((code) => ({ code, name: regionName(code), continent: continentOf(code) ?? 'global' }))
    .sort((a, b) => order(a.continent) - order(b.continent) || a.name.localeCompare(b.name, 'en'));
}

/** Every region named by an availability record (of one surface, if given) or an event. */
export function referencedRegions(providers: ProviderLike[], events: EventLike[], surface?: Surface): string[] {
  const codes = new Set<string>();
  for (const p of providers)
    for (const a of p.data.availability) if (!surface || a.surface === surface) codes.add(a.region);
  for (const e of events) for (const r of e.data.regions) codes.add(r);
  return [...codes].sort();
}

/** The matrix of one surface over the regions that have a record or a published access event of it. */
export function buildMatrix(providers: ProviderLike[], events: EventLike[], surface: Surface = 'api'): Matrix {
  const access = events.filter(
    (e) => e.data.status === 'published' && ACCESS_TYPES.includes(e.data.type) && e.data.surfaces.includes(surface),
  );
  const regions = sortRegions(referencedRegions(providers, access, surface));
  const byId = new Map(providers.map((p) => [p.id, p]));
  const cache = new Map<string, Cell>();
  return {
    surface,
    providers: [...providers]
      .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'))
      .map((p) => ({ id: p.id, name: p.data.name })),
    regions,
    cell(provider, region) {
      const key = `${provider}|${region}`;
      if (!cache.has(key)) cache.set(key, resolveCell(byId.get(provider)!, region, events, surface));
      return cache.get(key)!;
    },
  };
}

/** Events that concern a region (EU events count for member states), newest first. */
export function regionEvents<T extends EventLike>(events: T[], region: string): T[] {
  const eu = EU_MEMBERS.includes(region);
  return events
    .filter((e) => e.data.regions.includes(region) || (eu && e.data.regions.includes('EU')))
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

/**
 * The access changes (availability, restriction, lifting) of one surface among events, newest
 * first: an app or hardware event never shows in the API lane (it stays on the timeline).
 */
export function accessHistory<T extends EventLike>(
  events: T[],
  filter: { provider?: string; region?: string; surface?: Surface },
): T[] {
  const surface = filter.surface ?? 'api';
  const scoped = filter.region
    ? regionEvents(events, filter.region)
    : [...events].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  return scoped.filter(
    (e) =>
      ACCESS_TYPES.includes(e.data.type) &&
      e.data.surfaces.includes(surface) &&
      (!filter.provider || e.data.providers.includes(filter.provider)),
  );
}
