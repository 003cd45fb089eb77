/**
 * What a cell's status rests on, in words: "Not supported (not on Anthropic's list, checked
 * 28 November 2026)", "Blocked since 9 July 2024", "Unknown (beyond the part of the list we could
 * read)". One place, so the map, the region pages and the provider pages say the same thing.
 */
import { CELL_LABELS, type Cell } from '../../model/availability.ts';
import { formatDate } from '../format.ts';
import type { Availability, AvailabilityList } from '../../model/schema/index.ts';

/** Why the status holds, or '' when the label says it all. */
export function statusReason(cell: Pick<Cell, 'status' | 'record' | 'unknownReason'>, providerName: string): string {
  const r = cell.record;
  if (cell.status === 'unknown') {
    return cell.unknownReason === 'beyond-list'
      ? 'beyond the part of the list we could read'
      : `${providerName} publishes no list we could find`;
  }
  if (!r?.checked) return '';
  if (cell.status === 'not-supported') return `not on ${providerName}'s list, checked ${formatDate(r.checked)}`;
  if (cell.status === 'available') return `on ${providerName}'s list, checked ${formatDate(r.checked)}`;
  return `checked ${formatDate(r.checked)}`;
}

/** "since 9 July 2024", or '' when not stated. */
export function sinceText(record: Pick<Availability, 'since' | 'since_precision'> | undefined): string {
  return record?.since ? `since ${formatDate(record.since, record.since_precision)}` : '';
}

/** The whole sentence: "Blocked since 9 July 2024", "Not supported (not on Anthropic's list, checked …)". */
export function statusSentence(cell: Pick<Cell, 'status' | 'record' | 'unknownReason'>, providerName: string): string {
  const since = sinceText(cell.record);
  const reason = statusReason(cell, providerName);
  return [CELL_LABELS[cell.status], since, reason && `(${reason})`].filter(Boolean).join(' ');
}

/** "Lists 175 places (checked …)" or "Lists at least 136 places (we could read only part of the list; checked …)". */
export function listSummary(list: AvailabilityList, listed: number): string {
  const checked = `checked ${formatDate(list.checked)}`;
  if (listed === 0) return `We could not read any of this list yet (${checked})`;
  return list.coverage === 'complete'
    ? `Lists ${listed} places (${checked})`
    : `Lists at least ${listed} places (we could read only part of the list; ${checked})`;
}
