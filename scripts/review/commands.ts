/** The non-interactive review commands: list, publish, reject, merge, set, promote, dismiss. */
import { loadReviewStore, candidates } from './store.ts';
import type { ReviewStore } from './store.ts';
import { planMerge, planSet, planStatus, ReviewError } from './plan.ts';
import type { Change, EventFields } from './plan.ts';
import { applyChanges } from './apply.ts';
import { candidateRow, formatList } from './format.ts';
import { splitList, splitRegions } from './fields.ts';
import { terminalJson } from '../cli/terminal.ts';
import { appendCuratorLog, eventRecord, itemRecord } from './curator-log.ts';
import type { CuratorLog } from './curator-log.ts';
import { describePromotion, dismissItem, findItem, possibleItems, promoteItem } from './promote.ts';
import { formatPossibleList, possibleRow } from './format-possible.ts';

export interface CommandOptions {
  json?: boolean;
  type?: string;
  providers?: string;
  regions?: string;
  effective?: string;
}

export const USAGE = `Usage: npm run review -- [command] [--content DIR]
  (no command)            interactive review (when stdin is a terminal, or with --interactive)
  list [--json]           candidates, newest first, then the possible queue
  list possible [--json]  the possible queue: items the classifier was unsure about, likeliest first
  publish ID…             mark candidates published
  reject ID…              mark candidates rejected (the file stays, so they are never proposed again)
  merge ID INTO-ID        move the sources of candidate ID to event INTO-ID; ID becomes rejected
  set ID [--type T] [--providers a,b] [--regions CN,HK] [--effective YYYY-MM-DD]
  promote KEY|N…          make possible items candidate events (or sources of the event that has their story)
  dismiss KEY|N…          take possible items off the queue
  --curator-log FILE      where decisions are logged (default src/data/labelled/curator.jsonl when
                          reviewing this repository's content/; otherwise only with this flag)
  --lock-wait SECONDS     how long a writing command waits for another run's content lock (default 60)
`;

/** The fields `set` was given, as the plan expects them. */
export function fieldsFrom(opts: CommandOptions): EventFields {
  return {
    type: opts.type?.trim(),
    providers: opts.providers === undefined ? undefined : splitList(opts.providers),
    regions: opts.regions === undefined ? undefined : splitRegions(opts.regions),
    effective: opts.effective?.trim(),
  };
}

function plan(store: ReviewStore, command: string, args: string[], opts: CommandOptions): Change[] {
  const need = (n: number, shape: string) => {
    if (args.length !== n) throw new ReviewError([`${command}: expects ${shape}, got ${args.length} argument(s)`]);
  };
  switch (command) {
    case 'publish':
      return planStatus(store, args, 'published');
    case 'reject':
      return planStatus(store, args, 'rejected');
    case 'merge':
      need(2, 'ID INTO-ID');
      return planMerge(store, args[0], args[1]);
    case 'set':
      need(1, 'one ID');
      return planSet(store, args[0], fieldsFrom(opts));
    default:
      throw new ReviewError([`unknown command "${command}"`, USAGE]);
  }
}

/** `list`: the candidates and the possible queue; `list possible`: the queue alone. */
async function list(store: ReviewStore, args: string[], opts: CommandOptions): Promise<string> {
  if (args.length > 1 || (args[0] && args[0] !== 'possible'))
    throw new ReviewError([`list: expects nothing or "possible", got ${args.join(' ')}`]);
  const items = await possibleItems(store.root);
  if (args[0] === 'possible')
    return opts.json ? `${terminalJson(items.map(possibleRow))}\n` : formatPossibleList(items);
  const rows = candidates(store);
  if (opts.json) return `${terminalJson(rows.map(candidateRow))}\n`;
  return items.length ? `${formatList(rows)}\nPossible:\n${formatPossibleList(items)}` : formatList(rows);
}

/** `promote` and `dismiss`: each named item (all found first, so a bad name changes nothing). */
async function decideItems(
  root: string,
  command: 'promote' | 'dismiss',
  args: string[],
  log: CuratorLog,
): Promise<string> {
  if (!args.length) throw new ReviewError([`${command}: expects one or more item URLs or numbers`]);
  const all = await possibleItems(root);
  const picked = [...new Set(args.map((a) => findItem(all, a)))];
  const lines: string[] = [];
  for (const item of picked) {
    if (command === 'dismiss') {
      await dismissItem(root, item);
      await appendCuratorLog(log, [itemRecord(log, 'dismiss', item)]);
      lines.push(`dismissed ${item.key}`);
      continue;
    }
    const promotion = await promoteItem(root, item);
    const store = await loadReviewStore(root);
    await appendCuratorLog(log, [eventRecord(log, 'promote', promotion.id, store.events.get(promotion.id)!.data)]);
    lines.push(`${item.key}: ${describePromotion(promotion)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Runs one command against `root`; returns what to print. Throws ReviewError on bad input.
 * Publish, reject, promote and dismiss decisions are appended to `log.path` when given.
 */
export async function runCommand(
  root: string,
  command: string,
  args: string[],
  opts: CommandOptions,
  log: CuratorLog = {},
): Promise<string> {
  if (command === 'promote' || command === 'dismiss') return decideItems(root, command, args, log);
  const store = await loadReviewStore(root);
  if (command === 'list') return list(store, args, opts);
  const changes = plan(store, command, args, opts);
  const written = await applyChanges(store, changes);
  if (command === 'publish' || command === 'reject') {
    await appendCuratorLog(
      log,
      changes.map((c) => eventRecord(log, command, c.id, c.data)),
    );
  }
  const verb = { publish: 'published', reject: 'rejected', merge: 'merged', set: 'updated' }[command];
  const lines =
    command === 'merge'
      ? [`merged ${args[0]} into ${args[1]} (${args[0]} is now rejected, tagged merged-into:${args[1]})`]
      : changes.map((c) => `${verb} ${c.id}`);
  const unchanged = changes.filter((c) => !written.includes(c.id)).map((c) => c.id);
  if (unchanged.length) lines.push(`(already so, not rewritten: ${unchanged.join(', ')})`);
  return `${lines.join('\n')}\n`;
}
