/** Site-wide constants: name, tagline, the Content-Security-Policy, the main navigation, social previews. */
export const SITE_NAME = 'AI Access Watch';
export const SITE_TAGLINE = 'Who can use which AI API from where, and what providers offer to those who are cut off.';

/** No inline script or style anywhere, so the policy needs no 'unsafe-inline' and no hashes. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export type NavKey = 'timeline' | 'providers' | 'regions' | 'newswire';

/** Main navigation: key, label, site-relative path. */
export const NAV: { key: NavKey; label: string; path: string }[] = [
  { key: 'timeline', label: 'Timeline', path: '' },
  { key: 'providers', label: 'Providers', path: 'providers/' },
  { key: 'regions', label: 'Regions', path: 'regions/' },
  { key: 'newswire', label: 'Newswire', path: 'newswire/' },
];

/**
 * The main navigation for this build: the newswire joins it only once a source has been fetched
 * (before that it is empty); it stays reachable from the footer and /about/ either way.
 */
export function mainNav(sourcesFetched: boolean): typeof NAV {
  return sourcesFetched ? NAV : NAV.filter((item) => item.key !== 'newswire');
}

/** The social preview image (made by scripts/og-image.ts), its size and description. */
export const OG_IMAGE = {
  path: 'og-image.png',
  width: 1200,
  height: 630,
  alt: 'AI Access Watch: who can use which AI API from where.',
};
