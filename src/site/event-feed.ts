/** An RSS response listing events: the one mapping from events to feed items behind every `feed.xml`. */
import type { EventEntry } from './collections.ts';
import type { EventData } from '../model/schema/index.ts';
import { rssResponse } from './rss.ts';
import { absoluteUrl } from './exports.ts';
import { LANG_TAG, type Locale } from './i18n/index.ts';
import { eventTitle, eventSummary } from './i18n/content.ts';
import { typeLabel } from './i18n/names.ts';
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
  /** The feed's language: titles, summaries and links in Chinese for `zh` (English where a translation is missing). */
  locale?: Locale;
}

export function eventFeedResponse(feed: EventFeed): Response {
  const locale = feed.locale ?? 'en';
  const describe = feed.describe ?? ((d: EventData) => eventSummary(d, locale).text);
  return rssResponse({
    title: feed.title,
    link: absoluteUrl(feed.path, feed.site),
    self: absoluteUrl(`${feed.path}feed.xml`, feed.site),
    description: feed.description,
    language: LANG_TAG[locale],
    items: feed.events.map((e) => ({
      title: eventTitle(e.data, locale).text,
      link: absoluteUrl(eventHref(e.id, locale), feed.site),
      date: e.data.date,
      description: describe(e.data),
      categories: [typeLabel(e.data.type, locale), ...e.data.providers, ...e.data.regions],
    })),
  });
}
