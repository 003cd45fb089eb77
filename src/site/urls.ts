/**
 * Site-relative URLs that respect the configured base path (GitHub Pages project sites) and the
 * page's language: English at today's URLs, Simplified Chinese under `/zh/` with the same structure.
 * Data URLs (`/data/…`) are the same in both languages: pass no locale for them.
 */
import type { Locale } from './i18n/define.ts';

const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** `href('events/x/')` → `/base/events/x/`; `href('events/x/', 'zh')` → `/base/zh/events/x/`. */
export function href(path: string, locale: Locale = 'en'): string {
  const rel = path.replace(/^\//, '');
  return BASE + (locale === 'zh' ? `zh/${rel}` : rel);
}

/** The language of a site path (`/base/zh/…` is Chinese). */
export function localeOfPath(pathname: string): Locale {
  const rel = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');
  return rel === 'zh' || rel.startsWith('zh/') ? 'zh' : 'en';
}

/** The language of the page being rendered: `localeOf(Astro)` in a page or component. */
export function localeOf(astro: { url: URL }): Locale {
  return localeOfPath(astro.url.pathname);
}

export const eventHref = (id: string, locale: Locale = 'en') => href(`events/${id}/`, locale);
export const providerHref = (id: string, locale: Locale = 'en') => href(`providers/${id}/`, locale);
export const regionHref = (code: string, locale: Locale = 'en') => href(`regions/${code.toLowerCase()}/`, locale);

/** The same page in both languages: `/base/zh/events/x/` → `{ en: '/base/events/x/', zh: '/base/zh/events/x/' }`. */
export function localePaths(pathname: string): Record<Locale, string> {
  const rel = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');
  const path = rel === 'zh' ? '' : rel.replace(/^zh\//, '');
  return { en: href(path), zh: href(path, 'zh') };
}
