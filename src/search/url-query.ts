/** Keeps `?q=` in the address bar in step with the box, without adding history entries. */
export function readQuery(): string {
  return new URLSearchParams(location.search).get('q') ?? '';
}

export function writeQuery(query: string): void {
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
