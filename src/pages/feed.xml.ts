/** `/feed.xml`: RSS 2.0 of the timeline's published events, newest first, absolute links. */
import type { APIRoute } from 'astro';
import { getPublishedEvents } from '../site/collections.ts';
import { eventFeedResponse } from '../site/event-feed.ts';
import { SITE_NAME, SITE_TAGLINE } from '../site/meta.ts';
import { href } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  eventFeedResponse({
    title: SITE_NAME,
    path: href(''),
    description: SITE_TAGLINE,
    events: await getPublishedEvents(),
    site,
  });
