/** `/providers/<id>/feed.xml`: RSS of the published events naming a provider. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getProviders, getPublishedEvents } from '../../../site/collections.ts';
import { describeEvent } from '../../../site/event-describe.ts';
import { eventFeedResponse } from '../../../site/event-feed.ts';
import { SITE_NAME } from '../../../site/meta.ts';
import { getProviderNames } from '../../../site/queries.ts';
import { providerHref } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  return (await getProviders()).map((p) => ({ params: { id: p.id }, props: { id: p.id, name: p.data.name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { id, name } = props as { id: string; name: string };
  const names = await getProviderNames();
  return eventFeedResponse({
    title: `${SITE_NAME}: ${name}`,
    path: providerHref(id),
    description: `Published events naming ${name}: restrictions, availability, incentives and policy.`,
    events: (await getPublishedEvents()).filter((e) => e.data.providers.includes(id)),
    site,
    describe: (d) => describeEvent(d, names),
  });
};
