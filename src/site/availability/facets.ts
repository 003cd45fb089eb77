/**
 * The map's filters (continent, provider, status), one rule for both sides: the pre-rendered
 * filter pages (`/regions/filter/<facet>/<value>/`, no JavaScript) and the <availability-filter>
 * element (instant, combinable, state in `?continent=&provider=&status=`).
 * A row shows when its continent matches and, with a status, when one of the shown providers'
 * cells has that status. A provider filter shows that provider's column only.
 */
import { CELL_STATUSES, type CellStatus } from '../../model/availability.ts';
import { CONTINENTS } from '../../model/regions/continents.ts';

export const MAP_FACETS = ['continent', 'provider', 'status'] as const;
export type MapFacet = (typeof MAP_FACETS)[number];
export type MapState = Partial<Record<MapFacet, string>>;

/** The statuses a reader can filter by: "unknown" is the absence of a record, almost every row has one, so it is no filter. */
export const FILTER_STATUSES: readonly CellStatus[] = CELL_STATUSES.filter((s) => s !== 'unknown');

/** A row as the filter sees it: its continent and each provider's status. */
export interface RowFacts {
  continent: string;
  statuses: Record<string, CellStatus>;
}

export function isMapFacet(s: string): s is MapFacet {
  return (MAP_FACETS as readonly string[]).includes(s);
}

/** Whether a value is allowed for a facet (providers are checked against the known ids). */
export function isFacetValue(facet: MapFacet, value: string, providers: string[]): boolean {
  if (facet === 'continent') return (CONTINENTS as readonly string[]).includes(value);
  if (facet === 'status') return (FILTER_STATUSES as readonly string[]).includes(value);
  return providers.includes(value);
}

/** `?continent=asia&status=blocked` → state; unknown keys and values are ignored. */
export function parseMapState(search: string, providers: string[]): MapState {
  const q = new URLSearchParams(search);
  const state: MapState = {};
  for (const f of MAP_FACETS) {
    const v = q.get(f);
    if (v && isFacetValue(f, v, providers)) state[f] = v;
  }
  return state;
}

/** State → `?continent=…` (facets in fixed order), or '' when empty. */
export function formatMapState(state: MapState): string {
  const q = new URLSearchParams();
  for (const f of MAP_FACETS) if (state[f]) q.set(f, state[f]!);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function providerShown(state: MapState, provider: string): boolean {
  return !state.provider || state.provider === provider;
}

export function rowShown(state: MapState, row: RowFacts): boolean {
  if (state.continent && row.continent !== state.continent) return false;
  if (!state.status) return true;
  return Object.entries(row.statuses).some(([p, s]) => providerShown(state, p) && s === state.status);
}

/**
 * The regions the light `/regions/` table shows: those named by a published access event of the
 * surface, or by a stated record (a block, a limit, an opening; not a line of a provider's list).
 * Every other country is on the map, on its continent's page and on its own page.
 */
export function keyRegionCodes(
  providers: { data: { availability: { region: string; surface: string; checked?: string }[] } }[],
  events: { data: { status: string; type: string; surfaces: string[]; regions: string[] } }[],
  surface: string,
): Set<string> {
  const codes = new Set<string>();
  for (const p of providers)
    for (const a of p.data.availability) if (a.surface === surface && !a.checked) codes.add(a.region);
  for (const e of events)
    if (
      e.data.status === 'published' &&
      ['availability', 'restriction', 'lifting'].includes(e.data.type) &&
      e.data.surfaces.includes(surface)
    )
      for (const r of e.data.regions) codes.add(r);
  return codes;
}

/** Texts a caption is written from, already in the page's language, with `{n}`, `{providers}`, `{regions}`, `{filters}` holes. */
export interface CaptionWords {
  /** `API availability in Asia: {providers} × {regions}`. */
  base: string;
  providerOne: string;
  providerMany: string;
  regionOne: string;
  regionMany: string;
  /** ` (filtered: {filters})`. */
  filtered: string;
}

/** The caption for what is on screen: "API availability in Asia: 1 provider × 4 regions (filtered: Blocked)". */
export function writeCaption(words: CaptionWords, providers: number, regions: number, filters: string[]): string {
  const count = (n: number, one: string, many: string) => (n === 1 ? one : many).replace('{n}', String(n));
  const base = words.base
    .replace('{providers}', count(providers, words.providerOne, words.providerMany))
    .replace('{regions}', count(regions, words.regionOne, words.regionMany));
  return filters.length > 0 ? base + words.filtered.replace('{filters}', filters.join(', ')) : base;
}
