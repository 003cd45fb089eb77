/**
 * The interactive review: one candidate at a time, newest first, one key (and Enter) per action.
 * Reads lines from any stream, so a test can drive it with a PassThrough; the end of the input
 * counts as quit.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { loadReviewStore, candidates, refreshEvents } from './store.ts';
import type { ReviewEvent, ReviewStore } from './store.ts';
import { planMerge, planSet, planStatus, ReviewError } from './plan.ts';
import type { Change } from './plan.ts';
import { applyChanges } from './apply.ts';
import { formatCandidate } from './format.ts';
import { askFields } from './prompt-fields.ts';
import type { Ask } from './prompt-fields.ts';
import { ContentLockBusy } from '../../src/lib/content-lock.ts';
import { terminalText } from '../cli/terminal.ts';

/** Where the review writes; every text passes `terminalText` first (see `safeOutput`). */
interface Output {
  write(text: string): unknown;
}

const safeOutput = (output: Writable): Output => ({ write: (text) => output.write(terminalText(text, { newlines: true })) });

export interface InteractiveOptions {
  /** Runs one decision under the content lock (the CLI passes it; tests may leave it out). */
  locked?: <T>(fn: () => Promise<T>) => Promise<T>;
}

export interface ReviewSummary {
  published: string[];
  rejected: string[];
  edited: string[];
  merged: string[];
  skipped: string[];
  /** Candidates still waiting at the end. */
  remaining: number;
}

const KEYS = '[p]ublish [r]eject [e]dit [m]erge [s]kip [q]uit > ';

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

type Outcome = 'published' | 'rejected' | 'merged' | 'skipped' | 'quit';

/**
 * Plans and writes one decision. The files it touches (`ids`) are read again first (under the
 * lock when there is one), so sources an ingest added while the curator was reading are kept,
 * and a candidate someone else decided meanwhile is reported, not overwritten.
 */
async function apply(store: ReviewStore, io: { output: Output; opts: InteractiveOptions }, ids: string[], make: () => Change[], done: string): Promise<boolean> {
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

/** Asks what to do with one candidate until an action succeeds, it is skipped, or the curator quits. */
async function reviewOne(store: ReviewStore, e: ReviewEvent, position: string, io: { ask: Ask; output: Output; opts: InteractiveOptions }, summary: ReviewSummary): Promise<Outcome> {
  const { ask, output } = io;
  for (;;) {
    const current = store.events.get(e.id);
    if (current?.data.status !== 'candidate') {
      output.write(`${e.id} was decided or removed elsewhere (now ${current?.data.status ?? 'gone'}); moving on\n`);
      return 'skipped';
    }
    output.write(formatCandidate(current, position));
    const key = (await ask(KEYS))?.toLowerCase();
    if (key === undefined || key === 'q') return 'quit';
    if (key === 's') return 'skipped';
    if (key === 'p' && (await apply(store, io, [e.id], () => planStatus(store, [e.id], 'published'), `published ${e.id}`))) return 'published';
    if (key === 'r' && (await apply(store, io, [e.id], () => planStatus(store, [e.id], 'rejected'), `rejected ${e.id}`))) return 'rejected';
    if (key === 'm') {
      const into = await ask('merge into (event id): ');
      if (into === undefined) return 'quit';
      if (await apply(store, io, [e.id, into], () => planMerge(store, e.id, into), `merged ${e.id} into ${into}`)) return 'merged';
    }
    if (key === 'e') {
      const fields = await askFields(store.events.get(e.id)!.data, ask);
      if (fields === undefined) return 'quit';
      if (Object.values(fields).every((v) => v === undefined)) {
        output.write('nothing changed\n');
        continue;
      }
      if (await apply(store, io, [e.id], () => planSet(store, e.id, fields), `edited ${e.id}`)) summary.edited.push(e.id);
    }
    if (!'prmeqs'.includes(key) || key === '') output.write('keys: p publish, r reject, e edit, m merge, s skip, q quit\n');
  }
}

/** Runs the review over `root`'s candidates, writing to `output`; returns what was done. */
export async function reviewInteractive(root: string, input: Readable, rawOutput: Writable, opts: InteractiveOptions = {}): Promise<ReviewSummary> {
  const output = safeOutput(rawOutput);
  const store = await loadReviewStore(root);
  const queue = candidates(store);
  const summary: ReviewSummary = { published: [], rejected: [], edited: [], merged: [], skipped: [], remaining: 0 };
  const { ask, close } = lineAsker(input, output);
  output.write(`${queue.length} candidate(s) to review.\n`);
  try {
    for (const [i, e] of queue.entries()) {
      if (store.events.get(e.id)?.data.status !== 'candidate') continue;
      const outcome = await reviewOne(store, e, `${i + 1}/${queue.length}`, { ask, output, opts }, summary);
      if (outcome === 'quit') break;
      summary[outcome].push(e.id);
    }
  } finally {
    close();
  }
  summary.remaining = candidates(store).length;
  output.write(formatSummary(summary));
  return summary;
}

/** One line: what the session did. */
export function formatSummary(s: ReviewSummary): string {
  const edited = [...new Set(s.edited)].length;
  return `\nreview: ${s.published.length} published, ${s.rejected.length} rejected, ${edited} edited, ${s.merged.length} merged, ${s.skipped.length} skipped; ${s.remaining} candidate(s) left\n`;
}
