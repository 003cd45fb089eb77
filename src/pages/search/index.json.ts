/** `/search/index.json`: the compact search index, fetched by the search box on first use. */
import type { APIRoute } from 'astro';
import { getAllEvents, getProviders } from '../../site/collections.ts';
import { regionName } from '../../model/regions/regions.ts';
import { buildSearchIndex } from '../../search/build-index.ts';

export const GET: APIRoute = async () => {
  const index = buildSearchIndex({ events: await getAllEvents(), providers: await getProviders(), regionName });
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
