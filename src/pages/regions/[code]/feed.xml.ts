/** `/regions/<code>/feed.xml` (and under `/zh/`, in Chinese): RSS of the published events about a region (EU events included for member states). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { regionEvents } from '../../../model/availability.ts';
import { getRegionPageCodes } from '../../../site/availability/queries.ts';
import { getPublishedEvents } from '../../../site/collections.ts';
import { describeEvent } from '../../../site/event-describe.ts';
import { eventFeedResponse } from '../../../site/event-feed.ts';
import { regionSlug } from '../../../model/regions/regions.ts';
import { SITE_NAME } from '../../../site/meta.ts';
import { getProviderNames } from '../../../site/queries.ts';
import { regionHref } from '../../../site/urls.ts';
import { type Locale, t } from '../../../site/i18n/index.ts';
import { placeName } from '../../../site/i18n/names.ts';

export const getStaticPaths = (async () => {
  return (await getRegionPageCodes()).map((code) => ({ params: { code: regionSlug(code) }, props: { code } }));
}) satisfies GetStaticPaths;

export const regionFeed =
  (locale: Locale): APIRoute =>
  async ({ props, site }) => {
    const { code } = props as { code: string };
    const names = await getProviderNames();
    const name = placeName(code, locale);
    return eventFeedResponse({
      title: t(locale, 'feed.title', { site: SITE_NAME, name }),
      path: regionHref(code, locale),
      description: t(locale, 'feed.regionDescription', { name }),
      events: regionEvents(await getPublishedEvents(), code),
      site,
      describe: (d) => describeEvent(d, names, locale),
      locale,
    });
  };

export const GET = regionFeed('en');
