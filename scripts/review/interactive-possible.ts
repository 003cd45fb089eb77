/**
 * The second half of the interactive review: the possible queue, likeliest first. `p` promotes
 * an item (it becomes a candidate, shown at once for publish/reject/edit/merge, or a source of
 * the event that has its story), `d` dismisses it, `s` skips, `q` quits.
 */
import { appendCuratorLog, eventRecord, itemRecord } from './curator-log.ts';
import { formatPossible } from './format-possible.ts';
import { ContentLockBusy } from '../../src/model/content-lock.ts';
import type { ReviewIo, ReviewSummary, Outcome } from './interactive.ts';
import { ReviewError } from './plan.ts';
import { describePromotion, dismissItem, possibleItems, promoteItem } from './promote.ts';
import type { PossibleItem } from '../ingest/write/possible-queue.ts';
import { loadReviewStore } from './store.ts';
import type { ReviewEvent, ReviewStore } from './store.ts';

const KEYS = '[p]romote [d]ismiss [s]kip [q]uit > ';

/** Reviews one candidate (the interactive review's own loop), given a store that holds it. */
export type ReviewCandidate = (store: ReviewStore, e: ReviewEvent, position: string) => Promise<Outcome>;

type ItemOutcome = 'promoted' | 'dismissed' | 'skipped' | 'quit';

/** Runs a queue decision under the content lock when the session has one. */
const locked = <T>(io: ReviewIo, fn: () => Promise<T>) => (io.opts.locked ? io.opts.locked(fn) : fn());

/** Promotes one item and logs it; then the new candidate is reviewed at once. */
async function promote(
  root: string,
  item: PossibleItem,
  io: ReviewIo,
  summary: ReviewSummary,
  review: ReviewCandidate,
): Promise<ItemOutcome> {
  const log = io.opts.log ?? {};
  let promotion: Awaited<ReturnType<typeof promoteItem>>;
  try {
    promotion = await locked(io, () => promoteItem(root, item));
  } catch (err) {
    if (!(err instanceof ReviewError || err instanceof ContentLockBusy)) throw err;
    io.output.write(`not changed: ${err.message}\n`);
    return 'skipped';
  }
  io.output.write(`${describePromotion(promotion)}\n`);
  summary.promoted.push(item.key);
  const store = await loadReviewStore(root);
  const event = store.events.get(promotion.id)!;
  await appendCuratorLog(log, [eventRecord(log, 'promote', event.id, event.data)]);
  if (promotion.outcome !== 'created') return 'promoted';
  const outcome = await review(store, event, 'promoted');
  if (outcome === 'quit') return 'quit';
  summary[outcome].push(event.id);
  return 'promoted';
}

/** Asks what to do with one item until it is promoted, dismissed or skipped, or the curator quits. */
async function reviewItem(
  root: string,
  item: PossibleItem,
  position: string,
  io: ReviewIo,
  summary: ReviewSummary,
  review: ReviewCandidate,
): Promise<ItemOutcome> {
  for (;;) {
    io.output.write(formatPossible(item, position));
    const key = ((await io.ask(KEYS)) ?? 'q').toLowerCase();
    if (key === 'q' || key === 's') return key === 'q' ? 'quit' : 'skipped';
    if (key === 'p') return promote(root, item, io, summary, review);
    if (key === 'd') {
      const log = io.opts.log ?? {};
      try {
        await locked(io, () => dismissItem(root, item));
      } catch (err) {
        if (!(err instanceof ContentLockBusy)) throw err;
        io.output.write(`not changed: ${err.message}\n`);
        continue;
      }
      await appendCuratorLog(log, [itemRecord(log, 'dismiss', item)]);
      io.output.write(`dismissed ${item.key}\n`);
      summary.dismissed.push(item.key);
      return 'dismissed';
    }
    io.output.write('keys: p promote to a candidate, d dismiss, s skip, q quit\n');
  }
}

/**
 * Reviews the possible queue of `root` (after the candidates). A queue file that cannot be read
 * is reported and left as it is; the decisions already made stand.
 */
export async function reviewPossible(
  root: string,
  io: ReviewIo,
  summary: ReviewSummary,
  review: ReviewCandidate,
): Promise<void> {
  let items: PossibleItem[];
  try {
    items = await possibleItems(root);
  } catch (err) {
    if (!(err instanceof ReviewError || err instanceof ContentLockBusy)) throw err;
    io.output.write(`\npossible queue not reviewed: ${err.message}\n`);
    return;
  }
  if (!items.length) return;
  io.output.write(`\n${items.length} possible item(s): the classifier was unsure about these.\n`);
  for (const [i, item] of items.entries()) {
    if ((await reviewItem(root, item, `${i + 1}/${items.length}`, io, summary, review)) === 'quit') return;
  }
}
