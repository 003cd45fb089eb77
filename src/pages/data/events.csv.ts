/** `/data/events.csv`: one row per published or candidate event, columns as EVENTS_CSV_HEADER. */
import type { APIRoute } from 'astro';
import { getPageEvents } from '../../site/queries.ts';
import { absoluteUrl, eventsCsv } from '../../site/exports.ts';
import { eventHref } from '../../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const rows = (await getPageEvents()).map((e) => ({
    id: e.id,
    url: absoluteUrl(eventHref(e.id), site),
    data: e.data,
  }));
  return new Response(eventsCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
