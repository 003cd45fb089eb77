/**
 * What a cell's status rests on, in words: "Not supported (not on Anthropic's list, checked
 * 28 November 2026)", "Blocked since 9 July 2024", "Unknown (beyond the part of the list we could
 * read)". One place, so the map, the region pages and the provider pages say the same thing.
 * Every function takes the page's language (English by default).
 */
import type { Cell } from '../../model/availability.ts';
import { formatDate } from '../format.ts';
import type { Availability, AvailabilityList } from '../../model/schema/index.ts';
import { type Locale, t } from '../i18n/index.ts';
import { cellLabel } from '../i18n/names.ts';

/** Why the status holds, or '' when the label says it all. */
export function statusReason(
  cell: Pick<Cell, 'status' | 'record' | 'unknownReason'>,
  providerName: string,
  locale: Locale = 'en',
): string {
  const r = cell.record;
  if (cell.status === 'unknown') {
    return cell.unknownReason === 'beyond-list'
      ? t(locale, 'why.beyondList')
      : t(locale, 'why.noList', { name: providerName });
  }
  if (!r?.checked) return '';
  const vars = { name: providerName, date: formatDate(r.checked, 'day', locale) };
  if (cell.status === 'not-supported') return t(locale, 'why.notOnList', vars);
  if (cell.status === 'available') return t(locale, 'why.onList', vars);
  return t(locale, 'why.checked', vars);
}

/** "since 9 July 2024", or '' when not stated. */
export function sinceText(
  record: Pick<Availability, 'since' | 'since_precision'> | undefined,
  locale: Locale = 'en',
): string {
  return record?.since
    ? t(locale, 'why.since', { date: formatDate(record.since, record.since_precision, locale) })
    : '';
}

/** The whole sentence: "Blocked since 9 July 2024", "Not supported (not on Anthropic's list, checked …)". */
export function statusSentence(
  cell: Pick<Cell, 'status' | 'record' | 'unknownReason'>,
  providerName: string,
  locale: Locale = 'en',
): string {
  const since = sinceText(cell.record, locale);
  const reason = statusReason(cell, providerName, locale);
  const [open, close] = locale === 'zh' ? ['（', '）'] : ['(', ')'];
  return [cellLabel(cell.status, locale), since, reason && `${open}${reason}${close}`].filter(Boolean).join(' ');
}

/** "Lists 175 places (checked …)" or "Lists at least 136 places (we could read only part of the list; checked …)". */
export function listSummary(list: AvailabilityList, listed: number, locale: Locale = 'en'): string {
  const checked = t(locale, 'why.checked', { date: formatDate(list.checked, 'day', locale) });
  if (listed === 0) return t(locale, 'list.unread', { checked });
  return t(locale, list.coverage === 'complete' ? 'list.complete' : 'list.partial', { n: listed, checked });
}
