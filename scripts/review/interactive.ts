/**
 * The interactive review: one candidate at a time, newest first, one key (and Enter) per action;
 * then the possible queue, likeliest first. Reads lines from any stream, so a test can drive it
 * with a PassThrough; the end of the input counts as quit.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { loadReviewStore, candidates, refreshEvents } from './store.ts';
import { possibleItems } from './promote.ts';
import type { ReviewEvent, ReviewStore } from './store.ts';
import { planMerge, planSet, planStatus, ReviewError } from './plan.ts';
import type { Change } from './plan.ts';
import { applyChanges } from './apply.ts';
import { formatCandidate } from './format.ts';
import { askFields } from './prompt-fields.ts';
import type { Ask } from './prompt-fields.ts';
import { ContentLockBusy } from '../../src/model/content-lock.ts';
import { terminalText } from '../cli/terminal.ts';

/** Where the review writes; every text passes `terminalText` first (see `safeOutput`). */
interface Output {
  write(text: string): unknown;
}

const safeOutput = (output: Writable): Output => ({
  write: (text) => output.write(terminalText(text, { newlines: true })),
});

import { appendCuratorLog, eventRecord } from './curator-log.ts';
import type { CuratorLog } from './curator-log.ts';
import { reviewPossible } from './interactive-possible.ts';

export interface ReviewSummary {
  published: string[];
  rejected: string[];
  edited: string[];
  merged: string[];
  skipped: string[];
  /** Keys of possible items promoted and dismissed. */
  promoted: string[];
  dismissed: string[];
  /** Candidates still waiting at the end. */
  remaining: number;
  /** Possible items still waiting at the end. */
  possibleLeft: number;
}

const KEYS = '[p]ublish [r]eject [e]dit [m]erge [s]kip [q]uit > ';

export interface InteractiveOptions {
  /** Where decisions are logged for the classifier's training (nothing is logged without a path). */
  log?: CuratorLog;
  /** Runs one decision under the content lock (the CLI passes it; tests may leave it out). */
  locked?: <T>(fn: () => Promise<T>) => Promise<T>;
}

/** What one action needs: the question function, where to print, the session's options. */
export interface ReviewIo {
  ask: Ask;
  output: Output;
  opts: InteractiveOptions;
}

/** A line-at-a-time question function over `input`; resolves undefined at end of input. */
function lineAsker(input: Readable, output: Output): { ask: Ask; close: () => void } {
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const lines = rl[Symbol.asyncIterator]();
  const ask: Ask = async (question) => {
    output.write(question);
    const next = await lines.next();
    return next.done ? undefined : String(next.value).trim();
  };
  return { ask, close: () => rl.close() };
}

export type Outcome = 'published' | 'rejected' | 'merged' | 'skipped' | 'quit';

/**
 * Plans and writes one decision. The files it touches (`ids`) are read again first (under the
 * lock when there is one), so sources an ingest added while the curator was reading are kept,
 * and a candidate someone else decided meanwhile is reported, not overwritten.
 */
async function apply(
  store: ReviewStore,
  io: Pick<ReviewIo, 'output' | 'opts'>,
  ids: string[],
  make: () => Change[],
  done: string,
): Promise<boolean> {
  const decide = async () => {
    await refreshEvents(store, ids);
    await applyChanges(store, make());
  };
  try {
    await (io.opts.locked ? io.opts.locked(decide) : decide());
    io.output.write(`${done}\n`);
    return true;
  } catch (err) {
    if (!(err instanceof ReviewError || err instanceof ContentLockBusy)) throw err;
    io.output.write(`not changed: ${err.message}\n`);
    return false;
  }
}

/** Publishes or rejects one candidate and logs the decision; false when refused. */
async function decide(
  store: ReviewStore,
  id: string,
  status: 'published' | 'rejected',
  io: ReviewIo,
): Promise<boolean> {
  const done = await apply(store, io, [id], () => planStatus(store, [id], status), `${status} ${id}`);
  const log = io.opts.log ?? {};
  if (done)
    await appendCuratorLog(log, [
      eventRecord(log, status === 'published' ? 'publish' : 'reject', id, store.events.get(id)!.data),
    ]);
  return done;
}

/**
 * The event `m` merges into: the one typed after it (`m ID`), else the one the ingester judged
 * it likely the same story as, else asked for. Undefined at the end of the input.
 */
async function mergeTarget(e: ReviewEvent, typed: string | undefined, ask: Ask): Promise<string | undefined> {
  return typed || e.data.likely_same_as || ask('merge into (event id): ');
}

/** Asks what to do with one candidate until an action succeeds, it is skipped, or the curator quits. */
async function reviewOne(
  store: ReviewStore,
  e: ReviewEvent,
  position: string,
  io: ReviewIo,
  summary: ReviewSummary,
): Promise<Outcome> {
  const { ask, output } = io;
  for (;;) {
    const current = store.events.get(e.id);
    if (current?.data.status !== 'candidate') {
      output.write(`${e.id} was decided or removed elsewhere (now ${current?.data.status ?? 'gone'}); moving on\n`);
      return 'skipped';
    }
    output.write(formatCandidate(current, position));
    const [key, arg] = ((await ask(KEYS)) ?? 'q').toLowerCase().split(/\s+/);
    if (key === 'q') return 'quit';
    if (key === 's') return 'skipped';
    if (key === 'p' && (await decide(store, e.id, 'published', io))) return 'published';
    if (key === 'r' && (await decide(store, e.id, 'rejected', io))) return 'rejected';
    if (key === 'm') {
      const into = await mergeTarget(store.events.get(e.id)!, arg, ask);
      if (into === undefined) return 'quit';
      if (await apply(store, io, [e.id, into], () => planMerge(store, e.id, into), `merged ${e.id} into ${into}`))
        return 'merged';
    }
    if (key === 'e') {
      const fields = await askFields(store.events.get(e.id)!.data, ask);
      if (fields === undefined) return 'quit';
      if (Object.values(fields).every((v) => v === undefined)) {
        output.write('nothing changed\n');
        continue;
      }
      if (await apply(store, io, [e.id], () => planSet(store, e.id, fields), `edited ${e.id}`))
        summary.edited.push(e.id);
    }
    if (!'prmeqs'.includes(key!) || key === '')
      output.write('keys: p publish, r reject, e edit, m merge, s skip, q quit\n');
  }
}

/** Reviews each candidate in turn; false when the curator quit. */
async function reviewCandidates(store: ReviewStore, io: ReviewIo, summary: ReviewSummary): Promise<boolean> {
  const queue = candidates(store);
  io.output.write(`${queue.length} candidate(s) to review.\n`);
  for (const [i, e] of queue.entries()) {
    if (store.events.get(e.id)?.data.status !== 'candidate') continue;
    const outcome = await reviewOne(store, e, `${i + 1}/${queue.length}`, io, summary);
    if (outcome === 'quit') return false;
    summary[outcome].push(e.id);
  }
  return true;
}

/**
 * Runs the review over `root`'s candidates, then its possible queue, writing to `output`;
 * returns what was done. Decisions are appended to `opts.log.path` when given.
 */
export async function reviewInteractive(
  root: string,
  input: Readable,
  rawOutput: Writable,
  opts: InteractiveOptions = {},
): Promise<ReviewSummary> {
  const output = safeOutput(rawOutput);
  const store = await loadReviewStore(root);
  const summary: ReviewSummary = {
    published: [],
    rejected: [],
    edited: [],
    merged: [],
    skipped: [],
    promoted: [],
    dismissed: [],
    remaining: 0,
    possibleLeft: 0,
  };
  const { ask, close } = lineAsker(input, output);
  const io = { ask, output, opts };
  try {
    if (await reviewCandidates(store, io, summary))
      await reviewPossible(root, io, summary, (s, e, at) => reviewOne(s, e, at, io, summary));
  } finally {
    close();
  }
  const after = await loadReviewStore(root);
  summary.remaining = candidates(after).length;
  summary.possibleLeft = await possibleItems(root).then(
    (items) => items.length,
    (err) => {
      if (err instanceof ReviewError) return 0; // already reported by reviewPossible
      throw err;
    },
  );
  output.write(formatSummary(summary));
  return summary;
}

/** One line: what the session did. */
export function formatSummary(s: ReviewSummary): string {
  const edited = [...new Set(s.edited)].length;
  const possible =
    s.promoted.length || s.dismissed.length || s.possibleLeft
      ? `; ${s.promoted.length} promoted, ${s.dismissed.length} dismissed, ${s.possibleLeft} possible left`
      : '';
  return `\nreview: ${s.published.length} published, ${s.rejected.length} rejected, ${edited} edited, ${s.merged.length} merged, ${s.skipped.length} skipped; ${s.remaining} candidate(s) left${possible}\n`;
}
