/**
 * The timeline's queries over plain event data: facets per event, month groups and facet counts.
 * Inputs are sorted newest first (see collections.ts) and keep that order. Related events: related.ts.
 */
import type { EventData } from '../model/schema/index.ts';
import { regionSlug } from '../model/regions/regions.ts';
import {
  type CountTable,
  emptyCounts,
  FILTER_KEYS,
  fromNoJsState,
  tally,
  matchesState,
  type Facets,
  type FilterKey,
  type FilterState,
  type NoJsState,
} from './filter-state.ts';
import { monthLabel } from './format.ts';
import type { Locale } from './i18n/define.ts';

/** An event as the site sees it: its id and its validated frontmatter. */
export interface SiteEvent {
  id: string;
  data: EventData;
}

export interface MonthGroup<E extends SiteEvent> {
  /** `YYYY-MM`. */
  key: string;
  /** `June 2024`. */
  label: string;
  events: E[];
}

export interface FacetValue {
  value: string;
  count: number;
}

/** What an event offers each facet; regions as URL slugs (`cn`, `eu`, `global`). */
export function eventFacets(data: EventData): Facets {
  return {
    type: [data.type],
    provider: [...data.providers],
    region: data.regions.map(regionSlug),
    year: [data.date.slice(0, 4)],
    surface: [...data.surfaces],
  };
}

/** Events that match every facet in the state. */
export function filterEvents<E extends SiteEvent>(events: E[], state: FilterState): E[] {
  return events.filter((e) => matchesState(eventFacets(e.data), state));
}

/** Consecutive events of one month as one group, in input order. */
export function groupByMonth<E extends SiteEvent>(events: E[], locale: Locale = 'en'): MonthGroup<E>[] {
  const groups: MonthGroup<E>[] = [];
  for (const e of events) {
    const key = e.data.date.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last?.key === key) last.events.push(e);
    else groups.push({ key, label: monthLabel(key, locale), events: [e] });
  }
  return groups;
}

/** Every value of every facet with how many events carry it. Years newest first, the rest by count then value. */
export function facetCounts(events: SiteEvent[]): Record<FilterKey, FacetValue[]> {
  const counts = Object.fromEntries(FILTER_KEYS.map((k) => [k, new Map<string, number>()])) as Record<
    FilterKey,
    Map<string, number>
  >;
  for (const e of events) {
    const facets = eventFacets(e.data);
    for (const key of FILTER_KEYS)
      for (const v of new Set(facets[key])) counts[key].set(v, (counts[key].get(v) ?? 0) + 1);
  }
  const list = (key: FilterKey) => [...counts[key]].map(([value, count]) => ({ value, count }));
  const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.value.localeCompare(b.value);
  return {
    type: list('type').sort(byCount),
    provider: list('provider').sort(byCount),
    region: list('region').sort(byCount),
    year: list('year').sort((a, b) => b.value.localeCompare(a.value)),
    surface: list('surface').sort(byCount),
  };
}

/**
 * Counts for the plain links of a pre-rendered page: what the page each link leads to holds
 * (see `noJsTarget`). Year links keep the page's type/provider/region/surface; the others keep its year.
 */
export function noJsCounts(events: SiteEvent[], page: NoJsState): CountTable {
  const counts = emptyCounts();
  const pairState = fromNoJsState({ pair: page.pair });
  const yearState = fromNoJsState({ year: page.year });
  for (const e of events) {
    const facets = eventFacets(e.data);
    if (matchesState(facets, pairState)) tally(counts.year, facets.year);
    if (matchesState(facets, yearState))
      for (const key of FILTER_KEYS) if (key !== 'year') tally(counts[key], facets[key]);
  }
  return counts;
}
