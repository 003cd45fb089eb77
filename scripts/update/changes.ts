/**
 * What a run changed in `content/`, found by comparing a snapshot taken before the ingest with
 * one taken after. Reading the files themselves (not the ingest's report) keeps the summary
 * true whatever wrote them: feeds, watched pages, or both.
 */
import { loadContent } from '../../src/model/store.ts';
import { loadHealth } from '../../src/model/state/health.ts';
import type { SourceHealth } from '../../src/model/state/health.ts';

export interface ContentSnapshot {
  events: Record<string, { title: string; type: string; status: string; urls: string[] }>;
  /** Provider id → its availability as `REGION:status` strings (`REGION/app:status` for a surface other than the API). */
  availability: Record<string, string[]>;
  health: Record<string, SourceHealth>;
}

export interface ContentChanges {
  newCandidates: { id: string; title: string; type: string }[];
  newSources: { id: string; title: string; added: number }[];
  availability: {
    events: { id: string; title: string }[];
    providers: { id: string; added: string[]; removed: string[] }[];
  };
  /** Sources that failed in this run (from source health, and from the ingest report). */
  failedSources: { id: string; kind: string; error: string; consecutiveFailures?: number }[];
}

/** Reads events, provider availability and source health from `root`. */
export async function snapshotContent(root: string): Promise<ContentSnapshot> {
  const content = await loadContent(root);
  const events: ContentSnapshot['events'] = {};
  for (const e of content.events) {
    events[e.id] = {
      title: e.data.title,
      type: e.data.type,
      status: e.data.status,
      urls: e.data.sources.map((s) => s.url),
    };
  }
  const availability: ContentSnapshot['availability'] = {};
  for (const p of content.providers)
    availability[p.id] = p.data.availability
      .map((a) => `${a.region}${a.surface === 'api' ? '' : `/${a.surface}`}:${a.status}`)
      .sort();
  return { events, availability, health: await loadHealth(root) };
}

const minus = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));

/** What changed from `before` to `after`, each list in id order. */
export function diffSnapshots(before: ContentSnapshot, after: ContentSnapshot): ContentChanges {
  const ids = Object.keys(after.events).sort();
  const added = ids.filter((id) => !before.events[id]);
  const newSources = ids
    .filter((id) => before.events[id])
    .map((id) => ({
      id,
      title: after.events[id].title,
      added: minus(after.events[id].urls, before.events[id].urls).length,
    }))
    .filter((e) => e.added > 0);
  const providers = Object.keys(after.availability)
    .sort()
    .map((id) => ({
      id,
      added: minus(after.availability[id], before.availability[id] ?? []),
      removed: minus(before.availability[id] ?? [], after.availability[id]),
    }))
    .filter((p) => p.added.length || p.removed.length);
  const failedSources = Object.keys(after.health)
    .sort()
    .filter((id) => after.health[id].lastFailure && after.health[id].lastFailure !== before.health[id]?.lastFailure)
    .map((id) => {
      const h = after.health[id];
      return {
        id,
        kind: h.lastErrorKind ?? 'unknown',
        error: h.lastError ?? '',
        consecutiveFailures: h.consecutiveFailures,
      };
    });
  return {
    newCandidates: added
      .filter((id) => after.events[id].status === 'candidate')
      .map((id) => ({ id, title: after.events[id].title, type: after.events[id].type })),
    newSources,
    availability: {
      events: added
        .filter((id) => after.events[id].type === 'availability')
        .map((id) => ({ id, title: after.events[id].title })),
      providers,
    },
    failedSources,
  };
}
