/** The site-relative paths of every HTML page, for `/sitemap.xml`. */
import { getProviders, getPublishedEvents } from './data.ts';
import { getPageEvents } from './site-queries.ts';
import { facetCounts } from './site-timeline.ts';
import { FILTER_KEYS, filterPath } from './site-filter-state.ts';
import { regionSlug } from './regions.ts';

const STATIC_PAGES = ['', 'about/', 'providers/', 'regions/', 'newswire/', 'search/'];

/** Every region named by an event, a provider's availability or headquarters (the region pages). */
export async function contentRegionCodes(): Promise<string[]> {
  const codes = new Set<string>();
  for (const e of await getPageEvents()) e.data.regions.forEach((r) => codes.add(r));
  for (const p of await getProviders()) {
    codes.add(p.data.hq);
    p.data.availability.forEach((a) => codes.add(a.region));
  }
  return [...codes].sort();
}

/** Site-relative paths (no leading slash), in a stable order. */
export async function sitemapPaths(): Promise<string[]> {
  const counts = facetCounts(await getPublishedEvents());
  return [
    ...STATIC_PAGES,
    ...(await getPageEvents()).map((e) => `events/${e.id}/`),
    ...(await getProviders()).map((p) => `providers/${p.id}/`),
    ...(await contentRegionCodes()).map((c) => `regions/${regionSlug(c)}/`),
    ...FILTER_KEYS.flatMap((key) => counts[key].map(({ value }) => filterPath(key, value))),
  ];
}
