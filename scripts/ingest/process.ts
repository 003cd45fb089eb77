/**
 * Stages 4–6 of the run: for each source's outcome, skip seen items, classify and cluster
 * (`processOutcome`, one source at a time in sources.yaml order — see `inOrder` — whatever order
 * the fetches finish in, so the same input always gives the same files); at the end, write every
 * touched event file once (`writePending`).
 */
import { loadContent } from '../../src/model/store.ts';
import { classify } from './classify/classify.ts';
import { buildTables, loadRules } from './classify/tables.ts';
import type { ClassifierTables } from './classify/tables.ts';
import { indexContent } from './setup.ts';
import { cluster } from './cluster/cluster.ts';
import type { Addition, ClusterPlan, EventIndex, EventRef, NewEvent } from './cluster/cluster.ts';
import { writePlan } from './write/write.ts';
import { eventPath } from '../../src/model/event-file.ts';
import type { WriteOptions, WriteResult } from './write/write.ts';
import { markSeen } from '../../src/model/state/seen.ts';
import type { Seen } from '../../src/model/state/seen.ts';
import { sourceReport } from './write/report.ts';
import type { SourceReport } from './write/report.ts';
import type { SourceOutcome } from './collect.ts';
import type { ClassifiedCandidate } from './types.ts';
import { readPossibleQueue, updateQueue, writePossibleQueue } from './write/possible-queue.ts';
import type { PossibleItem } from './write/possible-queue.ts';
import type { QueueCounts } from './write/report.ts';
import { loadModel } from './classify/model-file.ts';
import { inferSurfaces } from './classify/surfaces.ts';
import { classOfSource, loadSourceQuality } from '../../src/model/source-quality.ts';
import type { SourceQualityTable } from '../../src/model/source-quality.ts';

export interface RunContext {
  tables: ClassifierTables;
  index: EventIndex;
  seen: Seen;
  /** The source-quality table: candidates from sites it does not vet are labelled. */
  quality: SourceQualityTable;
  /** What the run will write: every new event and every addition, each file once. */
  pending: Pending;
}

export interface Pending {
  created: Map<EventRef, NewEvent>;
  added: Map<EventRef, Addition>;
  /** URLs of items classified in this run (to be marked seen once written). */
  processed: string[];
  /** Items triage judged possibly relevant, for the review queue. */
  possible: ClassifiedCandidate[];
}

export const emptyPending = (): Pending => ({ created: new Map(), added: new Map(), processed: [], possible: [] });

/** Adds a batch's plan to the run's pending writes; joins to events opened earlier in the run merge into them. */
function merge(pending: Pending, plan: ClusterPlan): void {
  for (const e of plan.created) pending.created.set(e.ref, e);
  for (const a of plan.added) {
    const target = pending.created.get(a.ref) ?? pending.added.get(a.ref);
    if (target) target.candidates.push(...a.candidates);
    else pending.added.set(a.ref, { ref: a.ref, candidates: [...a.candidates] });
  }
}

/** Stages 4–5 for one source (pure apart from the run's index and pending writes). */
export function processOutcome(o: SourceOutcome, run: RunContext): SourceReport {
  // skip items processed by an earlier run
  const fresh = o.candidates.filter((c) => !run.seen.urls.has(c.url));
  // classify: relevance, type, providers, regions, models, effective date
  // and rate the site: a candidate from an unvetted site is labelled for the curator
  const classified: ClassifiedCandidate[] = fresh.map((c) => ({
    ...c,
    ...classify(c, run.tables),
    sourceClass: classOfSource(run.quality, c.url),
  }));
  const relevant = classified.filter((c) => c.outcome === 'candidate');
  const possible = classified.filter((c) => c.outcome === 'possible');
  run.pending.possible.push(...possible);
  // cluster: join known events (by URL or similar title) or open new ones
  const plan = cluster(relevant, run.index);
  merge(run.pending, plan);
  run.pending.processed.push(...fresh.map((c) => c.url));
  const added = plan.added.reduce((n, a) => n + a.candidates.length, 0);
  return sourceReport(o, {
    seen: o.candidates.length - fresh.length,
    irrelevant: classified.length - relevant.length - possible.length,
    possible: possible.length,
    known: plan.known,
    created: plan.created.length,
    added,
  });
}

/** The queue entry of a possible item. */
export function possibleItem(c: ClassifiedCandidate, today: string): PossibleItem {
  return {
    key: c.url,
    source: c.sourceId,
    url: c.url,
    title: c.title,
    summary: c.summary,
    published: c.published,
    ...(c.language ? { language: c.language } : {}),
    score: c.score,
    cues: c.matched,
    type: c.type,
    providers: c.providers,
    regions: c.regions,
    surfaces: inferSurfaces(`${c.title} ${c.summary}`),
    first_seen: today,
  };
}

/** Adds the run's possible items to the review queue and expires old ones (written unless a dry run). */
export async function writeQueue(run: RunContext, opts: WriteOptions, today: string): Promise<QueueCounts> {
  const update = updateQueue(
    await readPossibleQueue(opts.contentDir),
    run.pending.possible.map((c) => possibleItem(c, today)),
    today,
  );
  if (!opts.dryRun) await writePossibleQueue(opts.contentDir, update.queue);
  return { added: update.added, expired: update.expired, queued: update.queue.items.length };
}

/**
 * Stage 6 for the whole run: writes each new or extended event file once, then marks the
 * processed items seen, except those whose new event file was refused (a later run retries them).
 */
export async function writePending(run: RunContext, opts: WriteOptions, today: string): Promise<WriteResult[]> {
  const files = await writePlan(
    { created: [...run.pending.created.values()], added: [...run.pending.added.values()] },
    opts,
  );
  const refused = new Set(files.filter((f) => f.action === 'refused').map((f) => f.file));
  const retry = new Set(
    [...run.pending.created.values()]
      .filter((e) => refused.has(eventPath(e.ref.id)))
      .flatMap((e) => e.candidates.map((c) => c.url)),
  );
  markSeen(
    run.seen,
    run.pending.processed.filter((u) => !retry.has(u)),
    today,
  );
  return files;
}

/** The run context: knowledge base index, classifier tables (with this content's providers), seen items. */
export async function loadKnowledge(root: string, seen: Seen): Promise<RunContext> {
  const content = await loadContent(root);
  // A file the schema or the reader refuses is left out of the index and never written to; say so.
  for (const p of content.problems) console.error(`ingest: left alone: ${p.file}: ${p.field}: ${p.message}`);
  const index = await indexContent(root, content);
  const tables = { ...buildTables(await loadRules(), content.providers), model: await loadModel() };
  return { tables, index, seen, quality: loadSourceQuality(), pending: emptyPending() };
}
