/**
 * Links to the Wayback Machine's copy of a source, for when the original moves or disappears.
 * Only an address is built: the site itself never contacts archive.org.
 * Format: https://web.archive.org/web/<YYYYMMDD>/<url>, the URL as it is (not percent-encoded
 * again) after the timestamp; the archive redirects to the snapshot nearest that day.
 */
import { safeHttpUrl } from './format.ts';

const WAYBACK = 'https://web.archive.org/web/';
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2024-06-25` → `20240625`; throws naming the input when it is not `YYYY-MM-DD`. */
export function waybackTimestamp(date: string): string {
  const m = ISO_DAY.exec(date);
  if (!m) throw new Error(`waybackTimestamp: "${date}" is not a date written YYYY-MM-DD`);
  return `${m[1]}${m[2]}${m[3]}`;
}

/**
 * The archived-copy address of `url` near `date` (the source's own date when known, else the
 * event's), or undefined when `url` is not an absolute http(s) URL.
 */
export function archiveUrl(url: string, date: string): string | undefined {
  const safe = safeHttpUrl(url);
  return safe && `${WAYBACK}${waybackTimestamp(date)}/${safe}`;
}

/** The day to ask the archive for: when the source was published, else when the event was. */
export const archiveDate = (source: { published?: string }, eventDate: string) => source.published ?? eventDate;

/** The accessible name of an archive link: which source it is a copy of. */
export const archiveLabel = (publisher: string) => `Archived copy of ${publisher} source`;
