/** `/data/availability.json`: `{generated, count, availability: [{provider, region, status, since, source_url, …}]}`. */
import type { APIRoute } from 'astro';
import { availabilityJson, availabilityRows } from '../../site/availability/export.ts';
import { getProviders, getPublishedEvents } from '../../site/collections.ts';
import { absoluteUrl, generatedAt } from '../../site/exports.ts';
import { eventHref } from '../../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const rows = availabilityRows(await getProviders(), await getPublishedEvents(), (id) =>
    absoluteUrl(eventHref(id), site),
  );
  return new Response(availabilityJson(rows, generatedAt()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
