/**
 * Region codes and names: ISO 3166-1 alpha-2 (from i18n-iso-countries, English and Chinese),
 * plus `EU` and `global`. The one table the schema, the site, the classifier and the page
 * watcher share.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };

countries.registerLocale(en);
countries.registerLocale(zh);

/** Pseudo-regions the schema accepts besides ISO codes. */
export const EXTRA_REGIONS: Record<string, { en: string; zh: string }> = {
  EU: { en: 'European Union', zh: '欧盟' },
  global: { en: 'Global', zh: '全球' },
};

/** Names we prefer over the ISO short names for display. */
const DISPLAY_NAMES: Record<string, string> = {
  CN: 'Mainland China',
  HK: 'Hong Kong',
  MO: 'Macao',
  TW: 'Taiwan',
  KR: 'South Korea',
  KP: 'North Korea',
  RU: 'Russia',
  IR: 'Iran',
  SY: 'Syria',
  VE: 'Venezuela',
  GB: 'United Kingdom',
  US: 'United States',
  VN: 'Vietnam',
  LA: 'Laos',
  BO: 'Bolivia',
  TZ: 'Tanzania',
  MD: 'Moldova',
  FM: 'Micronesia',
  CD: 'DR Congo',
  CG: 'Congo',
  PS: 'Palestine',
};

const ISO_CODES = new Set(Object.keys(countries.getAlpha2Codes()));

/** True for an ISO 3166-1 alpha-2 code (upper case), `EU` or `global`. */
export function isRegionCode(code: string): boolean {
  return ISO_CODES.has(code) || code in EXTRA_REGIONS;
}

/** Every ISO 3166-1 alpha-2 code, sorted. */
export function isoCodes(): string[] {
  return [...ISO_CODES].sort();
}

/** A region's display name in English (default) or Chinese. */
export function regionName(code: string, lang: 'en' | 'zh' = 'en'): string {
  const extra = EXTRA_REGIONS[code];
  if (extra) return extra[lang];
  if (lang === 'en' && DISPLAY_NAMES[code]) return DISPLAY_NAMES[code];
  return countries.getName(code, lang) ?? code;
}

/** Every name i18n-iso-countries knows for a code in a language (official and aliases). */
export function regionNames(code: string, lang: 'en' | 'zh'): string[] {
  const all = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
  return all[code] ?? [];
}

/** The URL slug of a region page: lowercase code (`cn`, `eu`, `global`). */
export function regionSlug(code: string): string {
  return code.toLowerCase();
}

/** Inverse of `regionSlug`; undefined when the slug names no region. */
export function regionFromSlug(slug: string): string | undefined {
  const code = slug === 'global' ? 'global' : slug.toUpperCase();
  return isRegionCode(code) ? code : undefined;
}
