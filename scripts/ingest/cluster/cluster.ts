/**
 * Stage 5, cluster: one story reported by several outlets is one event with several sources.
 * A relevant candidate joins a known event (curated or candidate) when it has the same canonical
 * URL as one of its sources, or when, within ±WINDOW_DAYS, same-story.ts judges it the same story
 * (a similar title, or the same provider, region and type within two days). When the match is
 * only likely, it becomes a new event that names the likely one (`likely_same_as`), so a curator
 * merges it in one key. Otherwise it becomes a new event.
 *
 * Cost: the index is keyed by URL and by (day, provider|region), so each candidate looks at the
 * events of 7 days that share one of its providers or regions, never at the whole knowledge base.
 * `cluster` updates the index as it goes, so later candidates can join events created earlier.
 */
import type { EventType } from '../../../src/model/schema/index.ts';
import type { ClassifiedCandidate } from '../types.ts';
import { titleFeatures } from './similarity.ts';
import { judgeStory, storySignals, strength } from './same-story.ts';
import { canonicalUrl } from '../normalize/links.ts';
import { eventId, uniqueId } from '../../../src/model/event-file.ts';

export const WINDOW_DAYS = 3;

export interface EventRef {
  /** File name without .md. */
  id: string;
  date: string;
  type: EventType;
  providers: string[];
  regions: string[];
  urls: Set<string>;
  /** Feature sets of the title and of every source title. */
  titles: Set<string>[];
  /** Days under which the event is indexed (its date and its sources' dates). */
  days: Set<string>;
  /** Created by this run. */
  created: boolean;
}

export interface EventIndex {
  byUrl: Map<string, EventRef>;
  byDayKey: Map<string, EventRef[]>;
  ids: Set<string>;
}

export type Decision =
  | { kind: 'known'; event: EventRef }
  | { kind: 'join'; event: EventRef }
  | { kind: 'new'; likely?: EventRef };

const keysOf = (providers: string[], regions: string[]) => [
  ...providers.map((p) => `p:${p}`),
  ...regions.map((r) => `r:${r}`),
];

export function emptyIndex(): EventIndex {
  return { byUrl: new Map(), byDayKey: new Map(), ids: new Set() };
}

function indexUnder(index: EventIndex, ref: EventRef, day: string): void {
  for (const key of keysOf(ref.providers, ref.regions)) {
    const k = `${day}|${key}`;
    const list = index.byDayKey.get(k) ?? [];
    if (!list.includes(ref)) list.push(ref);
    index.byDayKey.set(k, list);
  }
}

/** Adds an event to the index (by id, each URL, each day × provider/region). */
export function addEvent(index: EventIndex, ref: EventRef): void {
  index.ids.add(ref.id);
  for (const url of ref.urls) index.byUrl.set(url, ref);
  for (const day of ref.days) indexUnder(index, ref, day);
}

/** Records a new source of an indexed event so later candidates can match it too. */
export function addSource(
  index: EventIndex,
  ref: EventRef,
  source: { url: string; title?: string; published?: string },
): void {
  ref.urls.add(source.url);
  if (source.title) ref.titles.push(titleFeatures(source.title));
  index.byUrl.set(source.url, ref);
  if (source.published && !ref.days.has(source.published)) {
    ref.days.add(source.published);
    indexUnder(index, ref, source.published);
  }
}

function shiftDay(day: string, delta: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + delta);
  return d.toISOString().slice(0, 10);
}

/** The events indexed within ±WINDOW_DAYS of the candidate under one of its providers or regions. */
function nearby(c: ClassifiedCandidate, index: EventIndex): Set<EventRef> {
  const refs = new Set<EventRef>();
  for (let delta = -WINDOW_DAYS; delta <= WINDOW_DAYS; delta++) {
    const day = shiftDay(c.published, delta);
    for (const key of keysOf(c.providers, c.regions)) {
      for (const ref of index.byDayKey.get(`${day}|${key}`) ?? []) refs.add(ref);
    }
  }
  return refs;
}

/**
 * Where a candidate belongs: an event that already has its URL, the event it is the same story
 * as, or a new event (naming the event it is likely the same story as, if any).
 */
export function decide(c: ClassifiedCandidate, index: EventIndex): Decision {
  const byUrl = index.byUrl.get(c.url);
  if (byUrl) return { kind: 'known', event: byUrl };
  const features = titleFeatures(c.title);
  let best: { ref: EventRef; same: boolean; score: number } | undefined;
  for (const ref of nearby(c, index)) {
    const signals = storySignals(c, features, ref);
    const match = judgeStory(signals);
    const score = strength(match, signals);
    if (match !== 'none' && score > (best?.score ?? -Infinity)) best = { ref, same: match === 'same', score };
  }
  if (!best) return { kind: 'new' };
  return best.same ? { kind: 'join', event: best.ref } : { kind: 'new', likely: best.ref };
}

/** An indexable reference to an event's data; source URLs in the canonical form candidates use. */
export function refOf(
  id: string,
  data: {
    date: string;
    type: EventType;
    providers: string[];
    regions: string[];
    title: string;
    sources: { url: string; title?: string; published?: string }[];
  },
  created = false,
): EventRef {
  return {
    id,
    date: data.date,
    type: data.type,
    providers: [...data.providers],
    regions: [...data.regions],
    urls: new Set(data.sources.map((s) => canonicalUrl(s.url))),
    titles: [data.title, ...data.sources.flatMap((s) => (s.title ? [s.title] : []))].map(titleFeatures),
    days: new Set([data.date, ...data.sources.flatMap((s) => (s.published ? [s.published] : []))]),
    created,
  };
}

/** The tag `npm run review -- merge ID INTO` leaves on the merged candidate (scripts/review/plan.ts `mergedTag`). */
const MERGED_INTO = 'merged-into:';

/** The event a merged candidate's sources were moved to, from its tags. */
export function mergedInto(tags: string[] | undefined): string | undefined {
  const tag = tags?.find((t) => t.startsWith(MERGED_INTO));
  return tag && tag.slice(MERGED_INTO.length);
}

type IndexedEvent = { id: string; data: Parameters<typeof refOf>[1] & { tags?: string[] } };

/** Follows merged-into tags (chains too) to the event that stands for `id`, or undefined. */
function mergeTarget(id: string, byId: Map<string, IndexedEvent>): string | undefined {
  const seen = new Set([id]);
  let next = mergedInto(byId.get(id)?.data.tags);
  while (next && byId.has(next) && !seen.has(next)) {
    seen.add(next);
    const further = mergedInto(byId.get(next)!.data.tags);
    if (!further) return next;
    next = further;
  }
  return undefined;
}

/**
 * The index of the knowledge base (every event, whatever its status). A candidate merged into
 * another event (rejected, tagged `merged-into:<id>`) is indexed as part of that event: its
 * URLs, titles and days lead there, so a new report of the story joins the event a curator
 * chose, not the hidden rejected one. Its id stays reserved.
 */
export function buildIndex(events: IndexedEvent[]): EventIndex {
  const index = emptyIndex();
  const byId = new Map(events.map((e) => [e.id, e]));
  const merged = new Map(events.map((e) => [e.id, mergeTarget(e.id, byId)]));
  const refs = new Map<string, EventRef>();
  for (const e of events) {
    if (merged.get(e.id)) continue;
    const ref = refOf(e.id, e.data);
    refs.set(e.id, ref);
    addEvent(index, ref);
  }
  for (const e of events) {
    const target = refs.get(merged.get(e.id) ?? '');
    if (target) foldInto(index, target, e);
  }
  return index;
}

/** Indexes a merged event's id, title, day and sources under the event it was merged into. */
function foldInto(index: EventIndex, target: EventRef, merged: IndexedEvent): void {
  index.ids.add(merged.id);
  target.titles.push(titleFeatures(merged.data.title));
  if (!target.days.has(merged.data.date)) {
    target.days.add(merged.data.date);
    indexUnder(index, target, merged.data.date);
  }
  for (const s of merged.data.sources) addSource(index, target, { ...s, url: canonicalUrl(s.url) });
}

export interface NewEvent {
  ref: EventRef;
  /** The known event this one is likely the same story as (a curator decides). */
  likelySameAs?: string;
  /** The candidate that opened it, then those that joined it in the same batch. */
  candidates: ClassifiedCandidate[];
}

export interface Addition {
  ref: EventRef;
  candidates: ClassifiedCandidate[];
}

export interface ClusterPlan {
  created: NewEvent[];
  added: Addition[];
  /** Candidates whose URL an event already cites. */
  known: number;
}

/** Places a batch of relevant candidates; new events get unique ids (`-2`, `-3`… on clashes). */
export function cluster(items: ClassifiedCandidate[], index: EventIndex): ClusterPlan {
  const created = new Map<EventRef, NewEvent>();
  const added = new Map<EventRef, Addition>();
  let known = 0;
  for (const c of items) {
    const d = decide(c, index);
    if (d.kind === 'known') {
      known++;
    } else if (d.kind === 'join') {
      const group = created.get(d.event) ?? added.get(d.event) ?? { ref: d.event, candidates: [] };
      if (!created.has(d.event)) added.set(d.event, group);
      group.candidates.push(c);
      addSource(index, d.event, c);
    } else {
      const id = uniqueId(eventId(c.published, c.title), (x) => index.ids.has(x));
      const ref = refOf(id, { ...c, date: c.published, sources: [c] }, true);
      addEvent(index, ref);
      created.set(ref, { ref, candidates: [c], ...(d.likely ? { likelySameAs: d.likely.id } : {}) });
    }
  }
  return { created: [...created.values()], added: [...added.values()], known };
}
