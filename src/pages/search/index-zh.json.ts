/** `/search/index-zh.json`: events' Chinese titles and providers' Chinese descriptions, fetched by Chinese pages and for Chinese queries. */
import type { APIRoute } from 'astro';
import { getAllEvents, getProviders } from '../../site/collections.ts';
import { buildSearchIndexZh } from '../../search/build-index.ts';

export const GET: APIRoute = async () => {
  const index = buildSearchIndexZh({ events: await getAllEvents(), providers: await getProviders() });
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
