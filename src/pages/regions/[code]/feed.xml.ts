/** `/regions/<code>/feed.xml`: RSS of the published events about a region (EU events included for member states). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { regionEvents } from '../../../lib/availability.ts';
import { getRegionPageCodes } from '../../../lib/availability-queries.ts';
import { getPublishedEvents } from '../../../lib/data.ts';
import { describeEvent } from '../../../lib/event-describe.ts';
import { eventFeedResponse } from '../../../lib/event-feed.ts';
import { regionName, regionSlug } from '../../../lib/regions.ts';
import { SITE_NAME } from '../../../lib/site-meta.ts';
import { getProviderNames } from '../../../lib/site-queries.ts';
import { regionHref } from '../../../lib/urls.ts';

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
