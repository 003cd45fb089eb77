/** The pre-rendered filter pages of one surface's table: one per continent with rows, per provider, per status. */
import { FILTER_STATUSES } from './facets.ts';
import type { MapFacet, MapState } from './facets.ts';
import { getMatrix } from './queries.ts';

export async function filterPagePaths(
  surface: 'api' | 'app',
): Promise<{ params: { facet: MapFacet; value: string }; props: { state: MapState } }[]> {
  const matrix = await getMatrix(surface);
  // Continents of both surfaces, so the API/app switch on a continent page never leads nowhere.
  const other = await getMatrix(surface === 'api' ? 'app' : 'api');
  const continents = [...new Set([...matrix.regions, ...other.regions].map((r) => r.continent))];
  const pairs: [MapFacet, string][] = [
    ...continents.map((c): [MapFacet, string] => ['continent', c]),
    ...matrix.providers.map((p): [MapFacet, string] => ['provider', p.id]),
    ...FILTER_STATUSES.map((s): [MapFacet, string] => ['status', s]),
  ];
  return pairs.map(([facet, value]) => ({ params: { facet, value }, props: { state: { [facet]: value } } }));
}
