/** `/providers/<id>/feed.xml` (and under `/zh/`, in Chinese): RSS of the published events naming a provider. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getProviders, getPublishedEvents } from '../../../site/collections.ts';
import { describeEvent } from '../../../site/event-describe.ts';
import { eventFeedResponse } from '../../../site/event-feed.ts';
import { SITE_NAME } from '../../../site/meta.ts';
import { getProviderNames } from '../../../site/queries.ts';
import { providerHref } from '../../../site/urls.ts';
import { type Locale, t } from '../../../site/i18n/index.ts';

export const getStaticPaths = (async () => {
  return (await getProviders()).map((p) => ({ params: { id: p.id }, props: { id: p.id, name: p.data.name } }));
}) satisfies GetStaticPaths;

export const providerFeed =
  (locale: Locale): APIRoute =>
  async ({ props, site }) => {
    const { id, name } = props as { id: string; name: string };
    const names = await getProviderNames();
    return eventFeedResponse({
      title: t(locale, 'feed.title', { site: SITE_NAME, name }),
      path: providerHref(id, locale),
      description: t(locale, 'feed.providerDescription', { name }),
      events: (await getPublishedEvents()).filter((e) => e.data.providers.includes(id)),
      site,
      describe: (d) => describeEvent(d, names, locale),
      locale,
    });
  };

export const GET = providerFeed('en');
