/**
 * Related events for an event page, in two groups:
 *
 * - **story**: cause and response. Events of the same story (they cite the same source, or one
 *   takes effect on the other's day for the same provider), and events within a few weeks that
 *   share a provider, or share a region where one is a cut (restriction, enforcement, policy) and
 *   the other an answer to it (incentive, availability, lifting). The 9 July 2024 OpenAI block and
 *   the Baidu, Alibaba and Zhipu migration offers of 25 June are such a pair.
 * - **topical**: neighbours on the same provider, region or topic tag at any time, nearest first.
 *
 * Cheap at any size: `buildRelatedIndex` sorts each provider, region, tag and source bucket by date
 * once per build; `relatedFor` then looks only at a bounded window of each bucket the event belongs
 * to (binary search), never at the whole pool.
 */
import type { EventType } from '../model/schema/index.ts';

export interface RelatedInput {
  id: string;
  data: {
    date: string;
    effective?: string;
    type: EventType;
    providers: string[];
    regions: string[];
    tags?: string[];
    sources: { url: string }[];
  };
}

export interface Related<E> {
  story: E[];
  topical: E[];
}

/** Tags that describe our workflow, not the world: never shown, never a topic. */
export const WORKFLOW_TAGS = new Set(['seed-story', 'unsourced', 'needs-review', 'needs-source', 'candidate']);

/** How near in time "within weeks" is, in days. */
export const STORY_WINDOW_DAYS = 42;
/** At most this many events are read from each side of a bucket. */
const BUCKET_REACH = 24;
/** At most this many chain links lend their neighbours. */
const MAX_CHAIN = 3;

const CAUSES = new Set<EventType>(['restriction', 'enforcement', 'policy']);
const RESPONSES = new Set<EventType>(['incentive', 'availability', 'lifting']);

const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

function sourceKey(url: string): string {
  try {
    const u = new URL(url);
    return `u:${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/$/, '')}`;
  } catch {
    return `u:${url}`;
  }
}

interface Entry<E> {
  event: E;
  day: number;
}

export interface RelatedIndex<E extends RelatedInput> {
  /** key → entries sorted by day. */
  buckets: Map<string, Entry<E>[]>;
}

/** Provider, region, topic-tag and source keys of an event. */
export function eventKeys(e: RelatedInput): string[] {
  const keys = new Set<string>();
  for (const p of e.data.providers) keys.add(`p:${p}`);
  for (const r of e.data.regions) if (r !== 'global') keys.add(`r:${r}`);
  for (const t of e.data.tags ?? []) if (!WORKFLOW_TAGS.has(t)) keys.add(`t:${t}`);
  for (const s of e.data.sources) keys.add(sourceKey(s.url));
  return [...keys];
}

/** Buckets of the pool by key, each sorted by date: built once per build. */
export function buildRelatedIndex<E extends RelatedInput>(pool: readonly E[]): RelatedIndex<E> {
  const buckets = new Map<string, Entry<E>[]>();
  for (const event of pool) {
    const entry = { event, day: dayNumber(event.data.date) };
    for (const key of eventKeys(event)) {
      const list = buckets.get(key);
      if (list) list.push(entry);
      else buckets.set(key, [entry]);
    }
  }
  for (const list of buckets.values()) list.sort((a, b) => a.day - b.day || a.event.id.localeCompare(b.event.id));
  return { buckets };
}

/** First index in a day-sorted list whose day is ≥ `day`. */
function lowerBound<E>(list: Entry<E>[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const shares = (a: string[], b: string[], skip?: string) => a.some((x) => x !== skip && b.includes(x));

/** How strongly `other` belongs to `event`'s story (0: not at all). */
export function storyScore(event: RelatedInput, other: RelatedInput): number {
  const a = event.data;
  const b = other.data;
  const gap = Math.abs(dayNumber(a.date) - dayNumber(b.date));
  const sameProvider = shares(a.providers, b.providers);
  const sameRegion = shares(a.regions, b.regions, 'global');
  let score = 0;
  const urls = new Set(a.sources.map((s) => sourceKey(s.url)));
  if (b.sources.some((s) => urls.has(sourceKey(s.url)))) score += 4;
  const aDays = [a.date, a.effective].filter(Boolean);
  const bDays = [b.date, b.effective].filter(Boolean);
  if (sameProvider && (a.effective || b.effective) && aDays.some((d) => bDays.includes(d))) score += 4;
  if (gap <= STORY_WINDOW_DAYS) {
    const causal = (CAUSES.has(a.type) && RESPONSES.has(b.type)) || (RESPONSES.has(a.type) && CAUSES.has(b.type));
    if (sameRegion && causal) score += gap <= 7 ? 5 : gap <= 21 ? 4 : 3;
    if (sameProvider) score += 2;
    if (sameRegion && a.type === b.type && shares(a.tags ?? [], b.tags ?? [])) score += 1;
  }
  return score;
}

/** How close `other` is on topic (0: not at all): shared providers count double, then regions and topic tags. */
export function topicScore(event: RelatedInput, other: RelatedInput): number {
  const a = event.data;
  const b = other.data;
  const tags = (a.tags ?? []).filter((t) => !WORKFLOW_TAGS.has(t));
  return (
    2 * b.providers.filter((p) => a.providers.includes(p)).length +
    b.regions.filter((r) => r !== 'global' && a.regions.includes(r)).length +
    (b.tags ?? []).filter((t) => tags.includes(t)).length
  );
}

/** The events nearest in time to `event` in each of its buckets (the story window lies among them unless a key is very busy). */
function near<E extends RelatedInput>(index: RelatedIndex<E>, event: RelatedInput): Entry<E>[] {
  const day = dayNumber(event.data.date);
  const found: Entry<E>[] = [];
  for (const key of eventKeys(event)) {
    const list = index.buckets.get(key);
    if (!list) continue;
    const at = lowerBound(list, day);
    const to = Math.min(list.length, at + BUCKET_REACH);
    for (let i = Math.max(0, at - BUCKET_REACH); i < to; i++) found.push(list[i]);
  }
  return found;
}

/** Two events of one story by construction: they cite the same source, or one takes effect on the other's day for the same provider. */
export function chainLink(a: RelatedInput, b: RelatedInput): boolean {
  const urls = new Set(a.data.sources.map((s) => sourceKey(s.url)));
  if (b.data.sources.some((s) => urls.has(sourceKey(s.url)))) return true;
  if (!shares(a.data.providers, b.data.providers) || !(a.data.effective || b.data.effective)) return false;
  const aDays = [a.data.date, a.data.effective];
  return [b.data.date, b.data.effective].some((d) => d && aDays.includes(d));
}

/**
 * Related events of `event` (which need not be in the pool: candidates get related published events).
 * Story events first (strongest, then nearest in time), then topical neighbours not already listed.
 */
export function relatedFor<E extends RelatedInput>(
  index: RelatedIndex<E>,
  event: RelatedInput,
  limits: { story?: number; topical?: number } = {},
): Related<E> {
  const { story: storyLimit = 8, topical: topicalLimit = 4 } = limits;
  const day = dayNumber(event.data.date);
  const candidates = new Map<string, Entry<E>>();
  for (const entry of near(index, event)) if (entry.event.id !== event.id) candidates.set(entry.event.id, entry);
  const gap = (e: Entry<E>) => Math.abs(e.day - day);
  const order = (a: { entry: Entry<E>; s: number }, b: { entry: Entry<E>; s: number }) =>
    b.s - a.s ||
    gap(a.entry) - gap(b.entry) ||
    b.entry.day - a.entry.day ||
    a.entry.event.id.localeCompare(b.entry.event.id);
  const all = [...candidates.values()];
  // The story's own chain: events tied to this one by a shared source or an effective date (the notice
  // of a block and the block itself) lend it their causes and responses too.
  const chain = all.filter((entry) => chainLink(event, entry.event)).slice(0, MAX_CHAIN);
  for (const link of chain)
    for (const entry of near(index, link.event)) if (entry.event.id !== event.id) candidates.set(entry.event.id, entry);
  const all2 = [...candidates.values()];
  const scoreOf = (entry: Entry<E>) =>
    Math.max(
      storyScore(event, entry.event),
      ...chain.map((link) => (link === entry ? 0 : storyScore(link.event, entry.event))),
    );
  const story = all2
    .map((entry) => ({ entry, s: scoreOf(entry) }))
    .filter(({ s }) => s > 0)
    .sort(order)
    .slice(0, storyLimit)
    .map(({ entry }) => entry.event);
  const taken = new Set(story.map((e) => e.id));
  const topical = all2
    .filter((entry) => !taken.has(entry.event.id))
    .map((entry) => ({ entry, s: topicScore(event, entry.event) }))
    .filter(({ s }) => s > 0)
    .sort(order)
    .slice(0, topicalLimit)
    .map(({ entry }) => entry.event);
  return { story, topical };
}
