/** Site paths of the availability views (without locale or base; pass them through `href`). */
import type { MapSurface } from '../../model/availability.ts';

/** `regions/map/openai/` (API) or `regions/map/openai/app/`. */
export function mapPath(provider: string, surface: MapSurface | string = 'api'): string {
  return surface === 'app' ? `regions/map/${provider}/app/` : `regions/map/${provider}/`;
}

/** The provider the map on /regions/ shows first: OpenAI, whose July 2024 block began the story, else the first. */
export function defaultMapProvider(providers: { id: string }[]): string {
  return providers.find((p) => p.id === 'openai')?.id ?? providers[0]?.id ?? '';
}

/** A matrix filter page: `regions/filter/status/blocked/` (API) or `regions/app/filter/…` (app). */
export function matrixFilterPath(surface: MapSurface | string, facet: string, value: string): string {
  return `${surface === 'app' ? 'regions/app/' : 'regions/'}filter/${facet}/${value}/`;
}

/** The table's home: `regions/` or `regions/app/`. */
export function matrixHome(surface: MapSurface | string): string {
  return surface === 'app' ? 'regions/app/' : 'regions/';
}
