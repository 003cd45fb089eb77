/**
 * Display helpers for the site: dates with their stated precision (a month-precision date is
 * shown as "June 2024", never with an invented day), labels for types and statuses, safe links.
 */
import type { EventType, EventStatus } from '../model/schema/index.ts';
import type { Locale } from './i18n/define.ts';

export type Precision = 'day' | 'month' | 'approximate';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2024-06` → `June 2024` (Chinese: `2024年6月`). */
export function monthLabel(yearMonth: string, locale: Locale = 'en'): string {
  const [year, month] = yearMonth.split('-');
  const name = MONTHS[Number(month) - 1];
  if (!name || !/^\d{4}$/.test(year)) throw new Error(`monthLabel: "${yearMonth}" is not YYYY-MM`);
  return locale === 'zh' ? `${year}年${Number(month)}月` : `${name} ${year}`;
}

/**
 * `2024-06-25` → `25 June 2024`; month precision → `June 2024`; approximate → `c. 25 June 2024`.
 * Chinese: `2024年6月25日`, `2024年6月`, `约2024年6月25日`.
 */
export function formatDate(iso: string, precision: Precision = 'day', locale: Locale = 'en'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`formatDate: "${iso}" is not YYYY-MM-DD`);
  const month = monthLabel(iso.slice(0, 7), locale);
  if (precision === 'month') return month;
  const dayNumber = Number(iso.slice(8, 10));
  if (locale === 'zh') return `${precision === 'approximate' ? '约' : ''}${month}${dayNumber}日`;
  const day = `${dayNumber} ${month}`;
  return precision === 'approximate' ? `c. ${day}` : day;
}

/** The value of a `<time datetime>`: the day, or only the month when the day is unknown. */
export function machineDate(iso: string, precision: Precision = 'day'): string {
  return precision === 'month' ? iso.slice(0, 7) : iso;
}

export const TYPE_LABELS: Record<EventType, string> = {
  restriction: 'Restriction',
  lifting: 'Lifting',
  incentive: 'Incentive',
  policy: 'Policy',
  enforcement: 'Enforcement',
  availability: 'Availability',
  report: 'Report',
};

export const STATUS_LABELS: Record<EventStatus, string> = {
  published: 'Published',
  candidate: 'Candidate (unreviewed, machine-proposed)',
  rejected: 'Rejected',
};

export const COMPATIBILITY_LABELS: Record<string, string> = {
  yes: 'Yes',
  partial: 'Partial',
  no: 'No',
  unknown: 'Unknown',
};

/** The URL when it is an absolute http(s) URL, else undefined: only such links are rendered. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** `1 event`, `2 events`. */
export function countLabel(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The host a source lives on, without `www.` (`https://www.reuters.com/x` → `reuters.com`); '' when not a URL. */
export function sourceDomain(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** A source as one line of text: `Publisher: headline (domain)`, or `Publisher (domain)` when the headline is unknown. */
export function sourceLabel(s: { url: string; publisher: string; title?: string }): string {
  const domain = sourceDomain(s.url);
  return `${s.publisher}${s.title ? `: ${s.title}` : ''}${domain ? ` (${domain})` : ''}`;
}
