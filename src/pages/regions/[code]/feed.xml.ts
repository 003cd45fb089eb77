/** `/regions/<code>/feed.xml`: RSS of the published events about a region (EU events included for member states). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { regionEvents } from '../../../lib/availability.ts';
import { getRegionPageCodes } from '../../../lib/availability-queries.ts';
import { getPublishedEvents } from '../../../lib/data.ts';
import { describeEvent } from '../../../lib/event-describe.ts';
import { regionName, regionSlug } from '../../../lib/regions.ts';
import { rssResponse } from '../../../lib/rss.ts';
import { absoluteUrl } from '../../../lib/site-exports.ts';
import { SITE_NAME } from '../../../lib/site-meta.ts';
import { getProviderNames } from '../../../lib/site-queries.ts';
import { TYPE_LABELS } from '../../../lib/site-format.ts';
import { eventHref, regionHref } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  return (await getRegionPageCodes()).map((code) => ({ params: { code: regionSlug(code) }, props: { code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { code } = props as { code: string };
  const names = await getProviderNames();
  const events = regionEvents(await getPublishedEvents(), code);
  return rssResponse({
    title: `${SITE_NAME}: ${regionName(code)}`,
    link: absoluteUrl(regionHref(code), site),
    self: absoluteUrl(`${regionHref(code)}feed.xml`, site),
    description: `Published events about AI API access in ${regionName(code)}.`,
    items: events.map((e) => ({
      title: e.data.title,
      link: absoluteUrl(eventHref(e.id), site),
      date: e.data.date,
      description: describeEvent(e.data, names),
      categories: [TYPE_LABELS[e.data.type], ...e.data.providers, ...e.data.regions],
    })),
  });
};
