/**
 * Availability swimlanes as plain data: for a provider (one lane per region) or a region (one
 * lane per provider), the status through time on one surface, from the dated availability
 * records and the published access events that changed them.
 * A lane's change points: the record's `since` (its status), an event that backs the record (the
 * record's status), a restriction (the cell's current closed status: blocked, not supported or
 * limited; else blocked) or a lifting (the current open status, else available) that names the region itself
 * (not one stated for the whole world or the EU). Other access events are
 * marked on the lane without changing its colour (what they changed is not a status we can
 * name). Before the first change point the status is unknown. Only pairs with at least one dated
 * change get a lane; the others have a status without a date (the map and the table show it).
 */
import { ACCESS_TYPES, type Cell, type EventLike } from '../../model/availability.ts';
import type { AvailabilityStatus, Surface } from '../../model/schema/index.ts';

export interface LaneSegment {
  status: AvailabilityStatus;
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, exclusive; the lane's end (today) for the last segment. */
  to: string;
  /** The segment runs to the end of the lane. */
  open: boolean;
}

export interface LaneMarker {
  eventId: string;
  date: string;
  title: string;
  type: string;
}

export interface Lane {
  /** The region code (provider lanes) or provider id (region lanes). */
  key: string;
  segments: LaneSegment[];
  markers: LaneMarker[];
}

export interface LaneSet {
  start: string;
  end: string;
  lanes: Lane[];
  /** Years with a tick on the axis (1 January of each inside the domain, and the start). */
  years: number[];
}

/** A restriction leaves the place in its current closed status (the lane and the map agree), else blocked. */
const closed = (s: AvailabilityStatus) => s === 'blocked' || s === 'not-supported' || s === 'limited';
/** A lifting leaves the place in its current open status, else available. */
const open = (s: AvailabilityStatus) => s === 'available' || s === 'limited';

/** The day a change takes effect: its `effective` day, else the day it was announced. */
function changeDay(e: EventLike): string {
  return e.data.effective ?? e.data.date;
}

/** Events of one surface that concern a provider and a region (EU events count for member states via `regions`). */
function laneEvents(events: EventLike[], provider: string, regions: string[], surface: Surface): EventLike[] {
  return events.filter(
    (e) =>
      e.data.status === 'published' &&
      ACCESS_TYPES.includes(e.data.type) &&
      e.data.surfaces.includes(surface) &&
      e.data.providers.includes(provider) &&
      e.data.regions.some((r) => regions.includes(r)),
  );
}

/** One lane for a provider × region cell, or undefined when nothing about it is dated. */
export function buildLane(
  key: string,
  cell: Cell,
  events: EventLike[],
  surface: Surface,
  end: string,
): Lane | undefined {
  const scope = [cell.region, ...(cell.via ? [cell.via] : [])];
  const related = laneEvents(events, cell.provider, scope, surface).sort(
    (a, b) => changeDay(a).localeCompare(changeDay(b)) || a.id.localeCompare(b.id),
  );
  const changes: { day: string; status: AvailabilityStatus; rank: number }[] = [];
  const record = cell.record;
  if (record?.since) changes.push({ day: record.since, status: record.status, rank: 2 });
  for (const e of related) {
    const day = changeDay(e);
    // A restriction or lifting stated for a wider area (global, the EU) is marked but colours no lane:
    // "a provider restricts some users worldwide" is not "blocked everywhere".
    const own = e.data.regions.includes(cell.region) && cell.region !== 'global';
    if (e.id === cell.eventId && record) changes.push({ day, status: record.status, rank: 2 });
    else if (!own) continue;
    else if (e.data.type === 'restriction')
      changes.push({ day, status: closed(cell.status) ? cell.status : 'blocked', rank: 1 });
    else if (e.data.type === 'lifting')
      changes.push({ day, status: open(cell.status) ? cell.status : 'available', rank: 1 });
  }
  const markers = related.map((e) => ({ eventId: e.id, date: changeDay(e), title: e.data.title, type: e.data.type }));
  if (changes.length === 0 && markers.length === 0) return undefined;
  // One status per day, the record's when it speaks for that day; in date order.
  const byDay = new Map<string, { status: AvailabilityStatus; rank: number }>();
  for (const c of changes) {
    const had = byDay.get(c.day);
    if (!had || c.rank >= had.rank) byDay.set(c.day, c);
  }
  const days = [...byDay.keys()].filter((d) => d <= end).sort();
  const segments: LaneSegment[] = [];
  let cursor: string | undefined;
  let status: AvailabilityStatus = 'unknown';
  for (const day of days) {
    const next = byDay.get(day)!.status;
    if (cursor !== undefined && next === status) continue;
    if (cursor !== undefined) segments.push({ status, from: cursor, to: day, open: false });
    else segments.push({ status: 'unknown', from: '', to: day, open: false });
    cursor = day;
    status = next;
  }
  if (cursor !== undefined) segments.push({ status, from: cursor, to: end, open: true });
  else segments.push({ status: 'unknown', from: '', to: end, open: true });
  return { key, segments, markers };
}

/** Lanes over a common domain: from 1 January of the earliest dated change (or marker) to `end`. */
export function laneSet(lanes: (Lane | undefined)[], end: string): LaneSet {
  const kept = lanes.filter((l): l is Lane => !!l);
  const dates = kept.flatMap((l) => [
    ...l.segments.map((s) => s.from).filter(Boolean),
    ...l.markers.map((m) => m.date),
  ]);
  const first = dates.length > 0 ? dates.sort()[0] : end;
  const start = `${first.slice(0, 4)}-01-01`;
  for (const l of kept) for (const s of l.segments) if (!s.from) s.from = start;
  const years: number[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) years.push(y);
  return { start, end, lanes: kept, years };
}

/** Where a day falls on the lane, as a percentage of its width (0–100, clamped, one decimal). */
export function position(set: Pick<LaneSet, 'start' | 'end'>, day: string): number {
  const t = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const span = t(set.end) - t(set.start);
  if (span <= 0) return 100;
  const p = ((t(day) - t(set.start)) / span) * 100;
  return Math.round(Math.min(100, Math.max(0, p)) * 10) / 10;
}
