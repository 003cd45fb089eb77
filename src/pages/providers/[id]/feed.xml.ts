/** `/providers/<id>/feed.xml`: RSS of the published events naming a provider. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getProviders, getPublishedEvents } from '../../../lib/data.ts';
import { describeEvent } from '../../../lib/event-describe.ts';
import { rssResponse } from '../../../lib/rss.ts';
import { absoluteUrl } from '../../../lib/site-exports.ts';
import { SITE_NAME } from '../../../lib/site-meta.ts';
import { getProviderNames } from '../../../lib/site-queries.ts';
import { TYPE_LABELS } from '../../../lib/site-format.ts';
import { eventHref, providerHref } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  return (await getProviders()).map((p) => ({ params: { id: p.id }, props: { id: p.id, name: p.data.name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { id, name } = props as { id: string; name: string };
  const names = await getProviderNames();
  const events = (await getPublishedEvents()).filter((e) => e.data.providers.includes(id));
  return rssResponse({
    title: `${SITE_NAME}: ${name}`,
    link: absoluteUrl(providerHref(id), site),
    self: absoluteUrl(`${providerHref(id)}feed.xml`, site),
    description: `Published events naming ${name}: restrictions, availability, incentives and policy.`,
    items: events.map((e) => ({
      title: e.data.title,
      link: absoluteUrl(eventHref(e.id), site),
      date: e.data.date,
      description: describeEvent(e.data, names),
      categories: [TYPE_LABELS[e.data.type], ...e.data.providers, ...e.data.regions],
    })),
  });
};
