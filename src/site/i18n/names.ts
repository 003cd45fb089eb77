/** Labels and place names in the page's language: the dictionary's words for our own vocabulary. */
import { regionName } from '../../model/regions/regions.ts';
import type { EventStatus, EventType } from '../../model/schema/index.ts';
import { type Locale, type MessageKey, t } from './index.ts';

export const typeLabel = (type: EventType, locale: Locale) => t(locale, `type.${type}` as MessageKey);
export const statusLabel = (status: EventStatus, locale: Locale) => t(locale, `status.${status}` as MessageKey);
export const compatLabel = (status: string, locale: Locale) => t(locale, `compat.${status}` as MessageKey);
export const surfaceLabel = (surface: string, locale: Locale) => t(locale, `surface.${surface}` as MessageKey);
export const cellLabel = (status: string, locale: Locale) => t(locale, `cell.${status}` as MessageKey);
export const continentName = (continent: string, locale: Locale) => t(locale, `continent.${continent}` as MessageKey);
export const facetLabel = (facet: string, locale: Locale) => t(locale, `facet.${facet}` as MessageKey);

const OWN_PLACE_NAMES = new Set(['CN', 'HK', 'MO', 'TW', 'EU', 'global']);

/** A region's name: ours for the places we name ourselves (mainland China, Hong Kong, EU…), else i18n-iso-countries'. */
export function placeName(code: string, locale: Locale): string {
  if (OWN_PLACE_NAMES.has(code)) return t(locale, `place.${code}` as MessageKey);
  return regionName(code, locale);
}

/** `3 events` / `3 个事件`. */
export function eventCount(n: number, locale: Locale): string {
  return n === 1 ? t(locale, 'timeline.event') : t(locale, 'timeline.events', { n });
}
