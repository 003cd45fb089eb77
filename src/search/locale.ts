/**
 * The search code's language: the page's `<html lang>` (`zh…` is Chinese), its strings from the
 * search area of the dictionary (imported alone, so the browser loads no other area), and dates
 * written as the rest of the site writes them: "5 September 2025", "2025年9月5日".
 */
import type { Locale } from '../site/i18n/define.ts';
import { search } from '../site/i18n/messages/search.ts';

export type SearchKey = keyof typeof search.en;

/** The language of a `lang` attribute value. */
export function localeOfLang(lang: string | null | undefined): Locale {
  return /^zh\b/i.test(lang ?? '') ? 'zh' : 'en';
}

export function pageLocale(): Locale {
  return localeOfLang(document.documentElement.getAttribute('lang'));
}

export function isSearchKey(key: string): key is SearchKey {
  return Object.hasOwn(search.en, key);
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

const FORMATS: Record<Locale, { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat }> = {
  en: {
    day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  },
  zh: {
    day: new Intl.DateTimeFormat('zh-CN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat('zh-CN', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  },
};

/** `2025-09-05` → "5 September 2025" / "2025年9月5日"; with `month`, only the month. */
export function humanDate(iso: string, locale: Locale, month = false): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return FORMATS[locale][month ? 'month' : 'day'].format(d);
}
