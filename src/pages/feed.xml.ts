/** `/feed.xml` (and `/zh/feed.xml`): RSS 2.0 of the timeline's published events, newest first, absolute links. */
import type { APIRoute } from 'astro';
import { getPublishedEvents } from '../site/collections.ts';
import { eventFeedResponse } from '../site/event-feed.ts';
import { SITE_NAME } from '../site/meta.ts';
import { type Locale, t } from '../site/i18n/index.ts';
import { href } from '../site/urls.ts';

export const timelineFeed =
  (locale: Locale): APIRoute =>
  async ({ site }) =>
    eventFeedResponse({
      title: SITE_NAME,
      path: href('', locale),
      description: t(locale, 'site.tagline'),
      events: await getPublishedEvents(),
      site,
      locale,
    });

export const GET = timelineFeed('en');
