/**
 * The possible queue in review: promote an item (it goes through the ingester's own cluster and
 * write stages, so it becomes a candidate event exactly as if the classifier had been sure, or
 * joins the event that already tells its story) or dismiss it. Either way it leaves the queue.
 */
import { join } from 'node:path';
import { loadContent, loadSourcesFile } from '../../src/model/store.ts';
import { cluster } from '../ingest/cluster/cluster.ts';
import { indexContent } from '../ingest/setup.ts';
import { writePlan } from '../ingest/write/write.ts';
import { readPossibleQueue, removeFromPossibleQueue } from '../ingest/write/possible-queue.ts';
import type { PossibleItem } from '../ingest/write/possible-queue.ts';
import type { ClassifiedCandidate } from '../ingest/types.ts';
import { ReviewError } from './plan.ts';

export interface Promotion {
  /** created: a new candidate; joined: a new source of a known event; known: already cited there. */
  outcome: 'created' | 'joined' | 'known';
  /** The event the item now belongs to. */
  id: string;
  /** A new candidate that is likely the same story as this event. */
  likelySameAs?: string;
}

/** The queue in review order: the likeliest first (score, then newest, then key). A broken file is a ReviewError naming it. */
export async function possibleItems(root: string): Promise<PossibleItem[]> {
  const { items } = await readPossibleQueue(root).catch((err: Error) => {
    throw new ReviewError([err.message]);
  });
  return items.sort(
    (a, b) => b.score - a.score || b.published.localeCompare(a.published) || a.key.localeCompare(b.key),
  );
}

/** The item a curator names by its key (URL) or its 1-based place in `list possible`. */
export function findItem(items: PossibleItem[], ref: string): PossibleItem {
  const byKey = items.find((i) => i.key === ref);
  if (byKey) return byKey;
  const n = /^\d+$/.test(ref) ? Number(ref) : NaN;
  if (n >= 1 && n <= items.length) return items[n - 1]!;
  const hint = items.length
    ? `give its URL or its number 1–${items.length} from \`list possible\``
    : 'the possible queue is empty';
  throw new ReviewError([`${ref}: no such possible item (${hint})`]);
}

/**
 * The publisher name for a source id: its `name` in sources.yaml, else the item's host (also
 * when the content has no sources.yaml; a broken one is an error, as it is for the ingester).
 */
async function publisherOf(root: string, item: PossibleItem): Promise<string> {
  const config = await loadSourcesFile(join(root, 'sources.yaml')).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  return config?.sources.find((s) => s.id === item.source)?.name ?? new URL(item.url).hostname;
}

/**
 * The item as the cluster and write stages expect a relevant candidate: the curator's promotion
 * is the triage outcome (`outcome` and `score` are spread in for the classifier's triage fields).
 */
async function asCandidate(root: string, item: PossibleItem): Promise<ClassifiedCandidate> {
  const triage = { outcome: 'candidate' as const, score: item.score };
  return {
    ...triage,
    title: item.title,
    summary: item.summary,
    url: item.key,
    published: item.published,
    publisher: await publisherOf(root, item),
    sourceId: item.source,
    ...(item.language ? { language: item.language } : {}),
    relevant: true,
    matched: item.cues,
    type: item.type,
    providers: item.providers,
    regions: item.regions,
    models: [],
    ...(item.surfaces ? { surfaces: item.surfaces } : {}),
  };
}

/** Promotes one item: clusters and writes it as the ingester would, then takes it out of the queue. */
export async function promoteItem(root: string, item: PossibleItem): Promise<Promotion> {
  const index = await indexContent(root, await loadContent(root));
  const plan = cluster([await asCandidate(root, item)], index);
  const results = await writePlan(plan, { contentDir: root, dryRun: false });
  const refused = results.find((r) => r.action === 'refused');
  if (refused) throw new ReviewError([`${item.key}: not promoted: ${refused.file}: ${refused.problem}`]);
  await removeFromPossibleQueue(root, item.key);
  const created = plan.created[0];
  if (created)
    return {
      outcome: 'created',
      id: created.ref.id,
      ...(created.likelySameAs ? { likelySameAs: created.likelySameAs } : {}),
    };
  if (plan.added[0]) return { outcome: 'joined', id: plan.added[0].ref.id };
  return { outcome: 'known', id: index.byUrl.get(item.key)!.id };
}

/** One line: what a promotion did. */
export function describePromotion(p: Promotion): string {
  if (p.outcome === 'known') return `already cited by ${p.id}; taken off the possible queue`;
  if (p.outcome === 'joined') return `added as a new source of ${p.id} (the same story)`;
  return `promoted to candidate ${p.id}${p.likelySameAs ? ` (likely the same story as ${p.likelySameAs})` : ''}`;
}

/** Dismisses one item: it leaves the queue; nothing else changes. */
export async function dismissItem(root: string, item: PossibleItem): Promise<void> {
  await removeFromPossibleQueue(root, item.key);
}
