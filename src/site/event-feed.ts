/** An RSS response listing events: the one mapping from events to feed items behind every `feed.xml`. */
import type { EventEntry } from './collections.ts';
import type { EventData } from '../model/schema/index.ts';
import { rssResponse } from './rss.ts';
import { absoluteUrl } from './exports.ts';
import { TYPE_LABELS } from './format.ts';
import { eventHref } from './urls.ts';

export interface EventFeed {
  title: string;
  /** Site path of the page the feed describes; the feed itself is `<path>feed.xml`. */
  path: string;
  description: string;
  events: EventEntry[];
  /** The site origin (Astro's `site`). */
  site: URL | undefined;
  /** Each item's plain-text description; the event's summary by default. */
  describe?: (data: EventData) => string;
}

export function eventFeedResponse(feed: EventFeed): Response {
  const describe = feed.describe ?? ((d: EventData) => d.summary);
  return rssResponse({
    title: feed.title,
    link: absoluteUrl(feed.path, feed.site),
    self: absoluteUrl(`${feed.path}feed.xml`, feed.site),
    description: feed.description,
    items: feed.events.map((e) => ({
      title: e.data.title,
      link: absoluteUrl(eventHref(e.id), feed.site),
      date: e.data.date,
      description: describe(e.data),
      categories: [TYPE_LABELS[e.data.type], ...e.data.providers, ...e.data.regions],
    })),
  });
}
