/** `/data/timeline-index.json`: every published event, compact, for the timeline filters (loaded only when used). */
import type { APIRoute } from 'astro';
import { getPublishedEvents } from '../../site/collections.ts';
import { timelineIndex } from '../../site/timeline-view.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(timelineIndex(await getPublishedEvents())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
