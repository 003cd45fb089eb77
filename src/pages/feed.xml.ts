/** `/feed.xml`: RSS 2.0 of the timeline's published events, newest first, absolute links. */
import type { APIRoute } from 'astro';
import { getPublishedEvents } from '../lib/data.ts';
import { rssResponse } from '../lib/rss.ts';
import { absoluteUrl } from '../lib/site-exports.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site-meta.ts';
import { TYPE_LABELS } from '../lib/site-format.ts';
import { eventHref, href } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const events = await getPublishedEvents();
  return rssResponse({
    title: SITE_NAME,
    link: absoluteUrl(href(''), site),
    self: absoluteUrl(href('feed.xml'), site),
    description: SITE_TAGLINE,
    items: events.map((e) => ({
      title: e.data.title,
      link: absoluteUrl(eventHref(e.id), site),
      date: e.data.date,
      description: e.data.summary,
      categories: [TYPE_LABELS[e.data.type], ...e.data.providers, ...e.data.regions],
    })),
  });
};
