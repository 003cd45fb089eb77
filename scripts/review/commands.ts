/** The non-interactive review commands: list, publish, reject, merge, set. */
import { loadReviewStore, candidates } from './store.ts';
import type { ReviewStore } from './store.ts';
import { planMerge, planSet, planStatus, ReviewError } from './plan.ts';
import type { Change, EventFields } from './plan.ts';
import { applyChanges } from './apply.ts';
import { candidateRow, formatList } from './format.ts';
import { splitList, splitRegions } from './fields.ts';
import { terminalJson } from '../cli/terminal.ts';

export interface CommandOptions {
  json?: boolean;
  type?: string;
  providers?: string;
  regions?: string;
  effective?: string;
}

export const USAGE = `Usage: npm run review -- [command] [--content DIR]
  (no command)            interactive review (when stdin is a terminal, or with --interactive)
  list [--json]           candidates, newest first
  publish ID…             mark candidates published
  reject ID…              mark candidates rejected (the file stays, so they are never proposed again)
  merge ID INTO-ID        move the sources of candidate ID to event INTO-ID; ID becomes rejected
  set ID [--type T] [--providers a,b] [--regions CN,HK] [--effective YYYY-MM-DD]
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

/** Runs one command against `root`; returns what to print. Throws ReviewError on bad input. */
export async function runCommand(root: string, command: string, args: string[], opts: CommandOptions): Promise<string> {
  const store = await loadReviewStore(root);
  if (command === 'list') {
    const rows = candidates(store);
    return opts.json ? `${terminalJson(rows.map(candidateRow))}\n` : formatList(rows);
  }
  const changes = plan(store, command, args, opts);
  const written = await applyChanges(store, changes);
  const verb = { publish: 'published', reject: 'rejected', merge: 'merged', set: 'updated' }[command];
  const lines = command === 'merge'
    ? [`merged ${args[0]} into ${args[1]} (${args[0]} is now rejected, tagged merged-into:${args[1]})`]
    : changes.map((c) => `${verb} ${c.id}`);
  const unchanged = changes.filter((c) => !written.includes(c.id)).map((c) => c.id);
  if (unchanged.length) lines.push(`(already so, not rewritten: ${unchanged.join(', ')})`);
  return `${lines.join('\n')}\n`;
}
