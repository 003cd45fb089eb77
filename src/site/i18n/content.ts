/**
 * Content in the page's language: an event's Chinese title and summary on `/zh/` pages, or the
 * English with `lang="en"` and a note when the Chinese is missing. English pages show English.
 */
import type { Locale } from './define.ts';

export interface LocalText {
  text: string;
  /** The `lang` attribute the element needs: set when the text is not in the page's language. */
  lang?: string;
  /** True when a Chinese page shows English because the translation is missing. */
  fallback: boolean;
}

/** The field in the page's language, falling back to English. */
export function localText(en: string, zh: string | undefined, locale: Locale): LocalText {
  if (locale === 'zh' && zh) return { text: zh, fallback: false };
  return locale === 'zh' ? { text: en, lang: 'en', fallback: true } : { text: en, fallback: false };
}

export function eventTitle(d: { title: string; title_zh?: string }, locale: Locale): LocalText {
  return localText(d.title, d.title_zh, locale);
}

export function eventSummary(d: { summary: string; summary_zh?: string }, locale: Locale): LocalText {
  return localText(d.summary, d.summary_zh, locale);
}

/** `lang="en"` for English-only content (provider data, notes) on a Chinese page; nothing on an English one. */
export const englishOnly = (locale: Locale): string | undefined => (locale === 'zh' ? 'en' : undefined);
