/**
 * Interface strings, one typed dictionary per language and area. An area module calls
 * `defineMessages({ en: {...}, zh: {...} })`: TypeScript refuses a Chinese table that lacks a key
 * of the English one (or adds one), and `checkMessages` repeats the check at build time
 * (`npm run check`), so a missing translation fails the build rather than showing English.
 */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tags for `lang` and `hreflang`. */
export const LANG_TAG: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };

export interface MessageTable<K extends string> {
  en: Record<K, string>;
  zh: Record<K, string>;
}

/** Declares an area's strings; `{name}` placeholders are filled by `t`. */
export function defineMessages<K extends string>(table: {
  en: Record<K, string>;
  zh: Record<NoInfer<K>, string>;
}): MessageTable<K> {
  return table;
}

/** Problems with a set of areas: keys present in one language only, empty strings, duplicate keys across areas. */
export function checkMessages(areas: Record<string, MessageTable<string>>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [area, table] of Object.entries(areas)) {
    const en = Object.keys(table.en);
    const zh = new Set(Object.keys(table.zh));
    for (const key of en) {
      if (!zh.has(key)) problems.push(`i18n ${area}: "${key}" has no Chinese (zh) text`);
      const other = seen.get(key);
      if (other) problems.push(`i18n ${area}: "${key}" is also defined in ${other}`);
      seen.set(key, area);
    }
    for (const key of zh)
      if (!(key in table.en)) problems.push(`i18n ${area}: "${key}" has Chinese text but no English`);
    for (const lang of LOCALES) {
      for (const [key, text] of Object.entries(table[lang])) {
        if (typeof text !== 'string' || text.trim() === '') problems.push(`i18n ${area}: "${key}" is empty in ${lang}`);
      }
    }
  }
  return problems;
}
