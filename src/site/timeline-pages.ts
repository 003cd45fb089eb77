/** Data for the timeline pages (home, year pages, filter pages) over the content collections. */
import { getProviders, getPublishedEvents } from './collections.ts';
import { FILTER_KEYS, PAIR_KEYS, type FilterKey, type PairKey } from './filter-state.ts';
import type { Locale } from './i18n/index.ts';
import { facetCounts } from './timeline.ts';

/** Provider id → name in the page's language (the Chinese name when there is one). */
export async function providerNamesFor(locale: Locale): Promise<Record<string, string>> {
  return Object.fromEntries(
    (await getProviders()).map((p) => [p.id, (locale === 'zh' && p.data.name_zh) || p.data.name]),
  );
}

/** Every one-facet filter page: each value of each facet that some published event carries. */
export async function filterPageParams(): Promise<{ key: FilterKey; value: string }[]> {
  const counts = facetCounts(await getPublishedEvents());
  return FILTER_KEYS.flatMap((key) => counts[key].map(({ value }) => ({ key, value })));
}

/**
 * Every facet-and-year page: each type, provider, region and surface value with each year, whether
 * or not the pair has events (a page says so), so every plain link on a filter page has a target.
 */
export async function pairPageParams(): Promise<{ key: PairKey; value: string; year: string }[]> {
  const counts = facetCounts(await getPublishedEvents());
  const years = counts.year.map((y) => y.value);
  return PAIR_KEYS.flatMap((key) => counts[key].flatMap(({ value }) => years.map((year) => ({ key, value, year }))));
}

/** The years with published events, newest first, with their counts. */
export async function timelineYears(): Promise<{ value: string; count: number }[]> {
  return facetCounts(await getPublishedEvents()).year;
}
