/** `/regions/<code>/feed.xml`: RSS of the published events about a region (EU events included for member states). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { regionEvents } from '../../../model/availability.ts';
import { getRegionPageCodes } from '../../../site/availability/queries.ts';
import { getPublishedEvents } from '../../../site/collections.ts';
import { describeEvent } from '../../../site/event-describe.ts';
import { eventFeedResponse } from '../../../site/event-feed.ts';
import { regionName, regionSlug } from '../../../model/regions/regions.ts';
import { SITE_NAME } from '../../../site/meta.ts';
import { getProviderNames } from '../../../site/queries.ts';
import { regionHref } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  return (await getRegionPageCodes()).map((code) => ({ params: { code: regionSlug(code) }, props: { code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { code } = props as { code: string };
  const names = await getProviderNames();
  return eventFeedResponse({
    title: `${SITE_NAME}: ${regionName(code)}`,
    path: regionHref(code),
    description: `Published events about AI API access in ${regionName(code)}.`,
    events: regionEvents(await getPublishedEvents(), code),
    site,
    describe: (d) => describeEvent(d, names),
  });
};
