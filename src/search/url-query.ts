/**
 * Keeps `?q=` in the address bar in step with the box, without adding history entries.
 * The write waits for a pause in typing: `history.replaceState` costs milliseconds in Chromium
 * (and is rate-limited), so it stays off the keystroke → results path.
 */
const PAUSE_MS = 250;
let pending: ReturnType<typeof setTimeout> | undefined;

export function writeQuery(query: string): void {
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/** Writes `query` to the address once typing pauses; a newer call replaces an older one. */
export function scheduleQueryWrite(query: string): void {
  clearTimeout(pending);
  pending = setTimeout(() => writeQuery(query), PAUSE_MS);
}
