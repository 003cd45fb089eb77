/**
 * Judges a fresh extraction against the last good snapshot. A failed check is never a change:
 * no items, fewer than `expect_min`, no region names at all, or a drop of more than a third at
 * once are failures (the snapshot is kept); a block page is named as such. Order, whitespace,
 * markup, footnotes and renames that map to the same region are not changes.
 */
import type { IngestErrorKind } from '../ingest/types.ts';
import type { ListKind, Snapshot } from './snapshot.ts';

export interface Extraction {
  list: ListKind;
  /** Item strings as found. */
  names: string[];
  codes: string[];
  unknown: string[];
  /** Whether the page text carries a block/challenge marker. */
  blockMarker: boolean;
}

export type Verdict =
  | { kind: 'failed'; error: IngestErrorKind; message: string }
  | { kind: 'baseline' }
  | { kind: 'unchanged' }
  | { kind: 'changed'; added: string[]; removed: string[] };

/** What is compared: region codes, or the item strings of an offers list. */
export function keysOf(x: { list: ListKind; codes: string[]; names: string[] }): string[] {
  return x.list === 'offers' ? x.names : x.codes;
}

/** Sorted set differences `next − prev` and `prev − next`. */
export function diffSets(prev: string[], next: string[]): { added: string[]; removed: string[] } {
  const p = new Set(prev);
  const n = new Set(next);
  return { added: [...n].filter((x) => !p.has(x)).sort(), removed: [...p].filter((x) => !n.has(x)).sort() };
}

function sanity(x: Extraction, expectMin: number): Verdict | undefined {
  const fail = (error: IngestErrorKind, message: string): Verdict => ({
    kind: 'failed',
    error: x.blockMarker ? 'blocked' : error,
    message: x.blockMarker ? `looks like a block or challenge page (${message})` : message,
  });
  if (x.names.length === 0) return fail('parse', 'the extract rule matched no items');
  if (x.names.length < expectMin) return fail('invalid', `${x.names.length} items, expected at least ${expectMin}`);
  if (x.list === 'regions' && x.codes.length === 0)
    return fail('parse', `none of the ${x.names.length} items names a region`);
  return undefined;
}

/** The verdict for one check. `expectMin` defaults to 1. */
export function judge(prev: Snapshot | undefined, x: Extraction, expectMin = 1): Verdict {
  const bad = sanity(x, expectMin);
  if (bad) return bad;
  if (!prev || prev.list !== x.list) return { kind: 'baseline' };
  const before = keysOf(prev);
  const { added, removed } = diffSets(before, keysOf(x));
  if (removed.length * 3 > before.length) {
    return {
      kind: 'failed',
      error: 'invalid',
      message: `${removed.length} of ${before.length} entries gone at once (more than a third): kept the snapshot, check the page by hand`,
    };
  }
  if (added.length === 0 && removed.length === 0) return { kind: 'unchanged' };
  return { kind: 'changed', added, removed };
}
