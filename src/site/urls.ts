/** Site-relative URLs that respect the configured base path (GitHub Pages project sites). */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** `href('events/x/')` → `/base/events/x/`. */
export function href(path: string): string {
  return BASE + path.replace(/^\//, '');
}

export const eventHref = (id: string) => href(`events/${id}/`);
export const providerHref = (id: string) => href(`providers/${id}/`);
export const regionHref = (code: string) => href(`regions/${code.toLowerCase()}/`);
