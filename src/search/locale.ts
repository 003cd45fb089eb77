/**
 * The search code's language: the page's `<html lang>` (`zh…` is Chinese), its strings from the
 * search area of the dictionary and the shared labels (imported alone, so the browser loads no other area), and dates
 * written as the rest of the site writes them: "5 September 2025", "2025年9月5日".
 */
import type { Locale } from '../site/i18n/define.ts';
import { search } from '../site/i18n/messages/search.ts';
import { labels } from '../site/i18n/messages/labels.ts';
import { formatDate } from '../site/format.ts';

export type SearchKey = keyof typeof search.en;

/** The language of a `lang` attribute value. */
export function localeOfLang(lang: string | null | undefined): Locale {
  return /^zh\b/i.test(lang ?? '') ? 'zh' : 'en';
}

export function pageLocale(): Locale {
  return localeOfLang(document.documentElement.getAttribute('lang'));
}

/** The search string `key` in `locale`, `{name}` placeholders filled from `vars`. */
export function msg(locale: Locale, key: SearchKey, vars: Record<string, string | number> = {}): string {
  return search[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** "1 result" / "{count} results", and the like for other keys with `.one` and `.other` forms. */
export function countMsg(
  locale: Locale,
  base: 'search.count' | 'search.page.all',
  count: number,
  vars: Record<string, string | number> = {},
): string {
  return msg(locale, `${base}.${count === 1 ? 'one' : 'other'}`, { ...vars, count });
}

/** `2025-09-05` → "5 September 2025" / "2025年9月5日" (the site's formatDate); with `month`, only the month. */
export function humanDate(iso: string, locale: Locale, month = false): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return formatDate(iso, month ? 'month' : 'day', locale);
}

/** An event type or an access surface or status in the page's language: the site's shared labels. */
export function labelMsg(locale: Locale, key: string): string | undefined {
  return (labels[locale] as Record<string, string>)[key];
}
