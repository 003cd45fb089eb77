/** `/data/availability.csv`: one row per availability record (provider, region, status, since, source URL, …). */
import type { APIRoute } from 'astro';
import { availabilityCsv, availabilityRows } from '../../lib/availability-export.ts';
import { getProviders, getPublishedEvents } from '../../lib/data.ts';
import { absoluteUrl } from '../../lib/site-exports.ts';
import { eventHref } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const rows = availabilityRows(await getProviders(), await getPublishedEvents(), (id) => absoluteUrl(eventHref(id), site));
  return new Response(availabilityCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
