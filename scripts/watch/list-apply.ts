/**
 * A provider's own availability list applied to its availability entries: the one rule the
 * page watcher (every good check of a region list) and `npm run availability:import` (the lists
 * read by hand, /work/shared/facts/availability) share.
 *
 * For each region the reading speaks about (`listed` or `absent`), for its surface:
 *   - a `blocked` or `limited` entry stays as it is: a stated block or limit is a stronger fact
 *     than a list (its note says what the list adds, e.g. "not on the list");
 *   - any other entry becomes `available` (listed) or `not-supported` (absent), with the list
 *     page as source and `checked` = the day the list was read. `since` is the day a change was
 *     seen (`reading.since`) when the status changed, kept when it did not, and absent on the
 *     first reading (we do not know since when). A curator's note on a list-derived entry is kept
 *     while its status holds.
 * Regions the reading does not speak about (beyond the readable part of a partial list) are left
 * alone: unknown stays unknown, never guessed.
 */
import type { AvailabilityList, Source, Surface } from '../../src/model/schema/index.ts';

export type Entry = Record<string, unknown>;

export interface ListReading {
  surface: Surface;
  /** Region codes on the list. */
  listed: string[];
  /** Region codes known to be absent: every other ISO code for a complete list, the stated absences of a partial one. */
  absent: string[];
  /** YYYY-MM-DD: the day the list was read. */
  checked: string;
  /** The list page, as the entries' source. */
  source: Source;
  /** YYYY-MM-DD: the day a change was seen; absent for a first reading. */
  since?: string;
  coverage: AvailabilityList['coverage'];
}

const STATED = new Set(['blocked', 'limited']);

function listDerived(prev: Entry | undefined, status: string, reading: ListReading): Entry {
  const same = prev?.status === status && prev.checked !== undefined;
  const since = same ? prev.since : prev?.checked !== undefined ? reading.since : undefined;
  const entry: Entry = { region: undefined, surface: reading.surface, status, since };
  if (since && same && prev.since_precision && prev.since_precision !== 'day')
    entry.since_precision = prev.since_precision;
  entry.checked = reading.checked;
  if (same && prev.note) entry.note = prev.note;
  entry.source = reading.source;
  return entry;
}

function withoutUndefined(e: Entry): Entry {
  return Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined));
}

/** The entries after the reading; existing entries keep their places, new ones follow sorted by region. */
export function applyList(entries: Entry[], reading: ListReading): Entry[] {
  const out = entries.map((e) => ({ ...e }));
  const statusOf = new Map<string, string>();
  for (const r of reading.absent) statusOf.set(r, 'not-supported');
  for (const r of reading.listed) statusOf.set(r, 'available');
  for (const [region, status] of [...statusOf].sort(([a], [b]) => a.localeCompare(b))) {
    const i = out.findIndex((e) => e.region === region && e.surface === reading.surface);
    const prev = i >= 0 ? out[i] : undefined;
    if (prev && STATED.has(String(prev.status))) continue;
    const next = withoutUndefined({ ...listDerived(prev, status, reading), region });
    if (i >= 0) out[i] = next;
    else out.push(next);
  }
  return out;
}

/** The provider's lists with this reading's list set (one per surface). */
export function applyListRecord(lists: Entry[], reading: ListReading): Entry[] {
  const record = withoutUndefined({
    surface: reading.surface,
    url: reading.source.url,
    title: reading.source.title,
    coverage: reading.coverage,
    checked: reading.checked,
  });
  const out = lists.filter((l) => l.surface !== reading.surface);
  return [...out, record].sort((a, b) => String(a.surface).localeCompare(String(b.surface)));
}

/** Entries with every `checked` day blanked: what is compared to decide whether a file changes for more than a refresh. */
export function withoutChecked(entries: Entry[]): Entry[] {
  return entries.map(({ checked: _checked, ...rest }) => rest);
}

/** Whole days from `a` to `b` (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
