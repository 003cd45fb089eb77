/** `/data/availability.csv`: one row per availability record (provider, region, status, since, source URL, …). */
import type { APIRoute } from 'astro';
import { availabilityCsv, availabilityRows } from '../../site/availability/export.ts';
import { getProviders, getPublishedEvents } from '../../site/collections.ts';
import { absoluteUrl } from '../../site/exports.ts';
import { eventHref } from '../../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const rows = availabilityRows(await getProviders(), await getPublishedEvents(), (id) =>
    absoluteUrl(eventHref(id), site),
  );
  return new Response(availabilityCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
