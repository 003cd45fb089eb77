/**
 * What the timeline components show, per language: facet labels, month names, the monthly chart's
 * bars, and the lazy JSON index the filter element loads (`/data/timeline-index.json`).
 */
import type { EventType } from '../model/schema/index.ts';
import { EVENT_TYPES } from '../model/schema/index.ts';
import { regionFromSlug } from '../model/regions/regions.ts';
import { t, type Locale, type MessageKey } from './i18n/index.ts';
import { facetLabel, placeName, typeLabel } from './i18n/names.ts';
import type { FilterKey } from './filter-state.ts';
import { monthLabel } from './format.ts';
import type { SiteEvent } from './timeline.ts';

/** How many events the home page lists; the rest are on the year pages (and in the JSON index). */
export const HOME_LIMIT = 40;
/** How many events a one-facet filter page lists; its year links lead to pages that list every one. */
export const FILTER_PAGE_LIMIT = 100;

export function facetName(locale: Locale, key: FilterKey): string {
  return facetLabel(key, locale);
}

/** The label of one facet value: `Restriction`, `OpenAI`, `China`, `2025`, `Developer API`. */
export function facetValueLabel(
  locale: Locale,
  key: FilterKey,
  value: string,
  providerNames: Record<string, string>,
): string {
  switch (key) {
    case 'type':
      return typeLabel(value as EventType, locale);
    case 'surface':
      return t(locale, `timeline.surface.${value}` as MessageKey);
    case 'provider':
      return providerNames[value] ?? value;
    case 'region':
      return placeName(regionFromSlug(value) ?? value, locale);
    case 'year':
      return locale === 'zh' ? `${value}年` : value;
  }
}

/** `2025-03` → `March 2025` / `2025年3月`. */
export function monthText(key: string, locale: Locale): string {
  return monthLabel(key, locale);
}

export interface MonthBar {
  /** `YYYY-MM`. */
  key: string;
  total: number;
  /** Per type, in EVENT_TYPES order, only types with events. */
  segments: { type: EventType; count: number }[];
}

/** Every month from the oldest event's to the newest's (empty months included), oldest first. */
export function monthlyBars(events: SiteEvent[]): MonthBar[] {
  if (!events.length) return [];
  const byMonth = new Map<string, Map<EventType, number>>();
  let min = '9999-99';
  let max = '0000-00';
  for (const e of events) {
    const key = e.data.date.slice(0, 7);
    if (key < min) min = key;
    if (key > max) max = key;
    const m = byMonth.get(key) ?? new Map<EventType, number>();
    m.set(e.data.type, (m.get(e.data.type) ?? 0) + 1);
    byMonth.set(key, m);
  }
  const bars: MonthBar[] = [];
  let [y, mo] = min.split('-').map(Number);
  for (;;) {
    const key = `${y}-${String(mo).padStart(2, '0')}`;
    if (key > max) break;
    const m = byMonth.get(key);
    const segments = EVENT_TYPES.filter((type) => m?.get(type)).map((type) => ({ type, count: m!.get(type)! }));
    bars.push({ key, total: segments.reduce((n, s) => n + s.count, 0), segments });
    mo++;
    if (mo > 12) {
      mo = 1;
      y++;
    }
  }
  return bars;
}

/** One event in the JSON index: enough to filter and to draw a card. */
export interface IndexedEvent {
  id: string;
  date: string;
  /** Date precision when it is not `day`. */
  precision?: 'month' | 'approximate';
  effective?: string;
  type: EventType;
  providers: string[];
  /** Region codes as the content has them (`CN`, `EU`, `global`). */
  regions: string[];
  surfaces: string[];
  title: string;
  summary: string;
  title_zh?: string;
  summary_zh?: string;
}

export interface TimelineIndex {
  version: 1;
  /** Published events, newest first. */
  events: IndexedEvent[];
}

export function timelineIndex(events: SiteEvent[]): TimelineIndex {
  return {
    version: 1,
    events: events.map(({ id, data: d }) => ({
      id,
      date: d.date,
      ...(d.date_precision && d.date_precision !== 'day' ? { precision: d.date_precision } : {}),
      ...(d.effective ? { effective: d.effective } : {}),
      type: d.type,
      providers: d.providers,
      regions: d.regions,
      surfaces: d.surfaces,
      title: d.title,
      summary: d.summary,
      ...(d.title_zh ? { title_zh: d.title_zh } : {}),
      ...(d.summary_zh ? { summary_zh: d.summary_zh } : {}),
    })),
  };
}
