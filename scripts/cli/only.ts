/** The source ids `--only` names (ingest and the page watcher): repeatable, comma-separated, blanks ignored. */
export function onlyIds(only: string[] | undefined): string[] {
  return (only ?? [])
    .flatMap((o) => o.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}
