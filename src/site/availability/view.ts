/**
 * Words for the availability views in the page's language: status labels, dates, and the detail
 * a map country or a matrix cell gives ("Blocked since 9 July 2024", "Not supported (not on
 * Anthropic's list, checked 28 November 2026)", "不支持，核对于 2026年11月28日").
 */
import type { Cell, CellStatus } from '../../model/availability.ts';
import { regionName } from '../../model/regions/regions.ts';
import { formatDate, type Precision } from '../format.ts';
import { type Locale, t } from '../i18n/index.ts';
import { cellLabel } from '../i18n/names.ts';
import { statusSentence } from './words.ts';

export function statusLabel(locale: Locale, status: CellStatus): string {
  return cellLabel(status, locale);
}

/** `25 June 2024` or `2024年6月25日` (month precision: `June 2024`, `2024年6月`): the site's formatDate. */
export function localDate(locale: Locale, iso: string, precision: Precision = 'day'): string {
  return formatDate(iso, precision, locale);
}

/** What a cell says in full, in the page's language. */
export function cellDetail(locale: Locale, cell: Cell, providerName: string): string {
  const via = cell.via ? ` (${t(locale, 'map.via', { region: regionName(cell.via, locale) })})` : '';
  if (locale === 'en') return statusSentence(cell, providerName) + via;
  const r = cell.record;
  const parts = [statusLabel(locale, cell.status)];
  if (r?.since) parts.push(t(locale, 'map.since', { date: localDate(locale, r.since, r.since_precision) }));
  if (r?.checked) parts.push(t(locale, 'map.checked', { date: localDate(locale, r.checked) }));
  return parts.join('，') + via;
}

/** `Mainland China: Blocked since 9 July 2024`. */
export function countryTitle(locale: Locale, cell: Cell, providerName: string): string {
  return t(locale, 'map.countryTitle', {
    region: regionName(cell.region, locale),
    status: cellDetail(locale, cell, providerName),
  });
}
