/**
 * A real change on a watched page → a candidate event in our own words: what was added and
 * what was removed, dated the day it was seen, with the page itself as the source.
 */
import { regionName } from '../../src/model/regions/regions.ts';
import { SUMMARY_MAX, TITLE_MAX, type EventData, type Source, type Surface } from '../../src/model/schema/index.ts';
import { truncate } from '../../src/model/text.ts';
import type { ListKind } from './snapshot.ts';

export interface PageChange {
  sourceId: string;
  list: ListKind;
  url: string;
  /** Page title for people ("OpenAI API supported countries"). */
  pageTitle: string;
  providerId: string;
  providerName: string;
  /** Which surface the list states. */
  surface: Surface;
  /** Region codes (regions lists) or item strings (offers lists). */
  added: string[];
  removed: string[];
  /** Items on the page now. */
  count: number;
  /** YYYY-MM-DD, the day the change was seen. */
  date: string;
}

/** "Peru", "Peru and Chile", "Peru, Chile and Kenya". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function labels(change: PageChange, keys: string[]): string[] {
  const names = change.list === 'regions' ? keys.map((c) => regionName(c)) : keys;
  return [...names].sort((a, b) => a.localeCompare(b, 'en'));
}

/** Names when there are at most three, else a count: "Peru and Chile", "12 countries", "none". */
export function phrase(names: string[], noun: [string, string]): string {
  if (names.length === 0) return 'none';
  if (names.length <= 3) return joinNames(names);
  return `${names.length} ${noun[1]}`;
}

export function eventTitle(change: PageChange): string {
  const noun: [string, string] = change.list === 'regions' ? ['country', 'countries'] : ['entry', 'entries'];
  const add = phrase(labels(change, change.added), noun);
  const rem = phrase(labels(change, change.removed), noun);
  const title =
    change.list === 'regions'
      ? `${change.providerName} adds ${add}, removes ${rem}`
      : `${change.providerName} changes its ${change.pageTitle}: adds ${add}, removes ${rem}`;
  return truncate(title, TITLE_MAX);
}

/** "A, B and 40 more" so that the text stays under `budget` characters. */
function listWithin(names: string[], budget: number): string {
  if (names.length === 0) return 'none';
  for (let n = names.length; n > 0; n--) {
    const rest = names.length - n;
    const text = rest ? `${names.slice(0, n).join(', ')} and ${rest} more` : names.join(', ');
    if (text.length <= budget) return text;
  }
  return `${names.length} entries`;
}

export function eventSummary(change: PageChange): string {
  const what = change.list === 'regions' ? 'countries and territories' : 'entries';
  const head = `The page "${change.pageTitle}" now lists ${change.count} ${what}; the page watcher saw the change on ${change.date}. `;
  const budget = Math.floor((SUMMARY_MAX - head.length - 40) / 2);
  const added = labels(change, change.added);
  const removed = labels(change, change.removed);
  return `${head}Added (${added.length}): ${listWithin(added, budget)}. Removed (${removed.length}): ${listWithin(removed, budget)}.`;
}

/** The full lists, for the reviewer (the summary may shorten them). */
export function eventBody(change: PageChange): string {
  const line = (k: string) => (change.list === 'regions' ? `- ${regionName(k)} (${k})` : `- ${k}`);
  const section = (head: string, keys: string[]) => (keys.length ? [`${head}:`, '', ...keys.map(line), ''] : []);
  return [...section('Added', change.added), ...section('Removed', change.removed)].join('\n');
}

export function pageSource(change: PageChange): Source {
  // No title: pageTitle is our name for the page, not its own headline.
  return { url: change.url, publisher: change.providerName, published: change.date, via: change.sourceId };
}

/** The candidate event for a change (validated by the writer). */
export function buildEvent(change: PageChange): EventData {
  const regions = change.list === 'regions' ? [...new Set([...change.added, ...change.removed])].sort() : [];
  return {
    title: eventTitle(change),
    date: change.date,
    date_precision: 'day',
    type: change.list === 'regions' ? 'availability' : 'incentive',
    surfaces: [change.surface],
    status: 'candidate',
    providers: [change.providerId],
    regions,
    summary: eventSummary(change),
    sources: [pageSource(change)],
    origin: `watch:${change.sourceId}`,
  };
}
