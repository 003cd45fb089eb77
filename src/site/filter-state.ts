/**
 * Timeline filters: the four facets (type, provider, region, year), what an event offers for
 * each, and the filter state as it lives in the URL query (`?type=&provider=&region=&year=`).
 * Shared by the pre-rendered filter pages and the client-side filter element.
 */
export const FILTER_KEYS = ['type', 'provider', 'region', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** At most one value per facet; facets combine with AND. */
export type FilterState = Partial<Record<FilterKey, string>>;

export const FILTER_LABELS: Record<FilterKey, string> = {
  type: 'Type',
  provider: 'Provider',
  region: 'Region',
  year: 'Year',
};

/** The facet values an item carries, e.g. `{ provider: ['openai', 'baidu'] }`. */
export type Facets = Record<FilterKey, string[]>;

export function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

/** True when the item carries every value the state asks for. */
export function matchesState(facets: Facets, state: FilterState): boolean {
  return FILTER_KEYS.every((key) => !state[key] || facets[key].includes(state[key]!));
}

/** Reads the state from a query string; unknown keys and empty values are ignored. */
export function parseState(search: string): FilterState {
  const state: FilterState = {};
  for (const [key, value] of new URLSearchParams(search)) {
    if (isFilterKey(key) && value.trim()) state[key] = value.trim();
  }
  return state;
}

/** The query string for a state, keys in a fixed order: `?type=x&year=2024`, or '' when empty. */
export function formatState(state: FilterState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (state[key]) params.set(key, state[key]!);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Clicking a value selects it, or clears the facet when it is already selected. */
export function toggleValue(state: FilterState, key: FilterKey, value: string): FilterState {
  const next = { ...state };
  if (next[key] === value) delete next[key];
  else next[key] = value;
  return next;
}

/** The site-relative path of the pre-rendered page for one facet value: `filter/type/restriction/`. */
export function filterPath(key: FilterKey, value: string): string {
  return `filter/${key}/${encodeURIComponent(value)}/`;
}
