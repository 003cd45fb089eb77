/**
 * Stages 4–7 for one source's outcome: skip seen items, classify, cluster, write, report.
 * Outcomes are processed one at a time in sources.yaml order (see `inOrder`), whatever order
 * the fetches finish in, so the same input always gives the same files.
 */
import { classify } from './classify.ts';
import type { ClassifierTables } from './classifier-tables.ts';
import { cluster } from './cluster.ts';
import type { EventIndex } from './cluster.ts';
import { writePlan } from './write.ts';
import type { WriteOptions, WriteResult } from './write.ts';
import { markSeen } from './seen.ts';
import type { Seen } from './seen.ts';
import { sourceReport } from './report.ts';
import type { SourceReport } from './report.ts';
import type { SourceOutcome } from './collect.ts';
import type { ClassifiedCandidate } from './types.ts';

export interface RunContext {
  tables: ClassifierTables;
  index: EventIndex;
  seen: Seen;
  write: WriteOptions;
  /** YYYY-MM-DD: the first-seen day recorded in seen.json. */
  today: string;
}

export interface Processed {
  report: SourceReport;
  files: WriteResult[];
}

/** URLs of candidates whose new event file was refused: left unseen so a later run retries them. */
function refusedUrls(plan: ReturnType<typeof cluster>, files: WriteResult[]): Set<string> {
  const refused = new Set(files.filter((f) => f.action === 'refused').map((f) => f.file));
  const urls = plan.created.filter((e) => [...refused].some((f) => f.endsWith(`/${e.ref.id}.md`))).flatMap((e) => e.candidates);
  return new Set(urls.map((c) => c.url));
}

export async function processOutcome(o: SourceOutcome, run: RunContext): Promise<Processed> {
  // skip items processed by an earlier run
  const fresh = o.candidates.filter((c) => !run.seen.urls.has(c.url));
  // classify: relevance, type, providers, regions, models, effective date
  const classified: ClassifiedCandidate[] = fresh.map((c) => ({ ...c, ...classify(c, run.tables) }));
  const relevant = classified.filter((c) => c.relevant);
  // cluster: join known events (by URL or similar title) or open new ones
  const plan = cluster(relevant, run.index);
  // write: candidate files and appended sources
  const files = await writePlan(plan, run.write);
  // remember what was processed, relevant or not
  const retry = refusedUrls(plan, files);
  markSeen(run.seen, fresh.map((c) => c.url).filter((u) => !retry.has(u)), run.today);
  const counts = { seen: o.candidates.length - fresh.length, irrelevant: classified.length - relevant.length, known: plan.known };
  return { report: sourceReport(o, counts, files), files };
}

/**
 * Calls `handle` for each item in the order of `ids`, as soon as it and every item before it
 * have arrived; `done()` resolves when all pushed items are handled (and rejects on an error).
 */
export function inOrder<T extends { id: string }>(ids: string[], handle: (item: T) => Promise<void>) {
  const waiting = new Map<string, T>();
  let next = 0;
  let chain = Promise.resolve();
  return {
    push(item: T): void {
      waiting.set(item.id, item);
      while (next < ids.length && waiting.has(ids[next]!)) {
        const ready = waiting.get(ids[next++]!)!;
        chain = chain.then(() => handle(ready));
      }
    },
    done: () => chain,
  };
}
