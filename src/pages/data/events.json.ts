/** `/data/events.json`: `{generated, count, events: [{id, url, ...frontmatter}]}`, published and candidate events. */
import type { APIRoute } from 'astro';
import { getPageEvents } from '../../site/queries.ts';
import { absoluteUrl, eventRecord, exportJson, generatedAt } from '../../site/exports.ts';
import { eventHref } from '../../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const events = (await getPageEvents()).map((e) => eventRecord(e.id, e.data, absoluteUrl(eventHref(e.id), site)));
  return new Response(exportJson('events', events, generatedAt()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
