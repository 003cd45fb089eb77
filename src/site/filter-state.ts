/**
 * Timeline filters: the facets (type, provider, region, year, surface), what an event offers for
 * each, and the filter state as it lives in the URL query (`?type=restriction,lifting&region=cn`).
 * Values of one facet combine with OR, facets with AND. Shared by the pre-rendered filter pages
 * and the client-side filter element.
 *
 * Without JavaScript the state is what a pre-rendered page holds: at most one type, provider,
 * region or surface, and at most one year (`filter/<key>/<value>/` and
 * `filter/<key>/<value>/year/<year>/`). `noJsTarget` says where a plain link goes from such a page
 * and which choice it replaces.
 */
export const FILTER_KEYS = ['type', 'provider', 'region', 'year', 'surface'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** The facets a no-JS page combines with a year (one of them at a time). */
export const PAIR_KEYS = ['type', 'provider', 'region', 'surface'] as const satisfies readonly FilterKey[];
export type PairKey = (typeof PAIR_KEYS)[number];

/** The selected values per facet; an absent or empty list does not filter. */
export type FilterState = Partial<Record<FilterKey, string[]>>;

/** The facet values an item carries, e.g. `{ provider: ['openai', 'baidu'] }`. */
export type Facets = Record<FilterKey, string[]>;

export function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

export function isPairKey(key: string): key is PairKey {
  return (PAIR_KEYS as readonly string[]).includes(key);
}

/** True when, for every facet with a selection, the item carries one of the selected values. */
export function matchesState(facets: Facets, state: FilterState, except?: FilterKey): boolean {
  return FILTER_KEYS.every((key) => {
    const wanted = state[key];
    return key === except || !wanted?.length || wanted.some((v) => facets[key].includes(v));
  });
}

/** True when nothing is selected. */
export function isEmptyState(state: FilterState): boolean {
  return FILTER_KEYS.every((key) => !state[key]?.length);
}

/** The state without empty facets, values unique and sorted (so equal states print the same). */
export function normalizeState(state: FilterState): FilterState {
  const out: FilterState = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set((state[key] ?? []).map((v) => v.trim()).filter(Boolean))].sort();
    if (values.length) out[key] = values;
  }
  return out;
}

/**
 * Reads the state from a query string: `?type=a,b&region=cn` and `?type=a&type=b` both work;
 * unknown keys and empty values are ignored.
 */
export function parseState(search: string): FilterState {
  const state: FilterState = {};
  for (const [key, value] of new URLSearchParams(search)) {
    if (isFilterKey(key)) state[key] = [...(state[key] ?? []), ...value.split(',')];
  }
  return normalizeState(state);
}

/** The query string for a state, keys in a fixed order, values sorted: `?type=a,b&year=2024`, or ''. */
export function formatState(state: FilterState): string {
  const norm = normalizeState(state);
  const parts = FILTER_KEYS.filter((k) => norm[k]).map((k) => `${k}=${norm[k]!.map(encodeURIComponent).join(',')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Adds the value to its facet, or removes it when it is already selected. */
export function toggleValue(state: FilterState, key: FilterKey, value: string): FilterState {
  const current = state[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return normalizeState({ ...state, [key]: next });
}

/** The state without any value of one facet. */
export function clearFacet(state: FilterState, key: FilterKey): FilterState {
  return normalizeState({ ...state, [key]: [] });
}

/** The site-relative path of the pre-rendered page for one facet value: `filter/type/restriction/`. */
export function filterPath(key: FilterKey, value: string): string {
  return `filter/${key}/${encodeURIComponent(value)}/`;
}

/** A state a pre-rendered page can show: at most one of type/provider/region/surface, at most one year. */
export interface NoJsState {
  pair?: { key: PairKey; value: string };
  year?: string;
}

/** The no-JS shape of a state, or undefined when no pre-rendered page shows it. */
export function toNoJsState(state: FilterState): NoJsState | undefined {
  const norm = normalizeState(state);
  const keys = PAIR_KEYS.filter((k) => norm[k]);
  if (keys.length > 1 || (keys[0] && norm[keys[0]]!.length > 1) || (norm.year?.length ?? 0) > 1) return undefined;
  const out: NoJsState = {};
  if (keys[0]) out.pair = { key: keys[0], value: norm[keys[0]]![0] };
  if (norm.year) out.year = norm.year[0];
  return out;
}

export function fromNoJsState(s: NoJsState): FilterState {
  const state: FilterState = {};
  if (s.pair) state[s.pair.key] = [s.pair.value];
  if (s.year) state.year = [s.year];
  return state;
}

/** The site-relative path of the page showing a no-JS state ('' is the home page). */
export function noJsPath(s: NoJsState): string {
  if (s.pair && s.year) return `${filterPath(s.pair.key, s.pair.value)}year/${encodeURIComponent(s.year)}/`;
  if (s.pair) return filterPath(s.pair.key, s.pair.value);
  if (s.year) return filterPath('year', s.year);
  return '';
}

export interface NoJsLink {
  /** The state the plain link leads to. */
  target: NoJsState;
  /** The facet of the page's state the link gives up (a type, provider, region or surface), if any. */
  replaces?: PairKey;
}

/**
 * Where a plain link for `key=value` goes from a page showing `page`: the year always combines
 * with the page's type/provider/region/surface; choosing another of those (or another value of the
 * same facet) keeps the year and replaces the page's one; choosing the selected value again removes it.
 */
export function noJsTarget(page: NoJsState, key: FilterKey, value: string): NoJsLink {
  if (key === 'year') return { target: { pair: page.pair, year: page.year === value ? undefined : value } };
  if (page.pair?.key === key && page.pair.value === value) return { target: { year: page.year } };
  const replaces = page.pair?.key;
  return { target: { pair: { key, value }, year: page.year }, replaces };
}

export type CountTable = Record<FilterKey, Map<string, number>>;

export function emptyCounts(): CountTable {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, new Map<string, number>()])) as CountTable;
}

export function tally(counts: Map<string, number>, values: string[]): void {
  for (const v of new Set(values)) counts.set(v, (counts.get(v) ?? 0) + 1);
}

/**
 * Counts that follow a selection: for each facet, how many events each value would match given the
 * other facets' selection (so "2025 (11)" once a region is chosen). One pass over the events.
 */
export function selectionCounts(facetsList: Facets[], state: FilterState): CountTable {
  const counts = emptyCounts();
  for (const facets of facetsList) {
    if (matchesState(facets, state)) {
      for (const key of FILTER_KEYS) tally(counts[key], facets[key]);
      continue;
    }
    // An event that fails exactly one facet still counts for that facet's values.
    const failing = FILTER_KEYS.find((key) => matchesState(facets, state, key));
    if (failing) tally(counts[failing], facets[failing]);
  }
  return counts;
}
