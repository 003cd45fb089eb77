/**
 * The /status/ page's data: every source of sources.yaml with its health from
 * content/state/health.json (written by the ingester). Plain data in, plain rows out; only
 * `loadSourceStatus` reads files. No health file means every source is "never fetched".
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadSourcesFile } from '../model/store.ts';
import { isFailingTooLong, sourceState, type SourceState } from '../model/state/source-health.ts';
import { safeHttpUrl } from './format.ts';
import { loadHealth, type SourceHealth } from '../model/state/health.ts';
import type { SourceConfig } from '../model/schema/index.ts';

export interface SourceStatusRow {
  id: string;
  name?: string;
  kind: SourceConfig['kind'];
  url: string;
  /** The URL when it is http(s), so it may be a link. */
  link?: string;
  enabled: boolean;
  state: SourceState;
  /** ISO timestamps. */
  lastSuccess?: string;
  lastFailure?: string;
  errorKind?: string;
  error?: string;
  consecutiveFailures: number;
  failingTooLong: boolean;
}

export interface StatusSummary {
  total: number;
  healthy: number;
  failing: number;
  never: number;
  disabled: number;
  failingTooLong: number;
  /** The latest fetch recorded for any source (ISO), when there is one. */
  lastRun?: string;
}

/** One row per source, in sources.yaml order; health of sources no longer listed is ignored. */
export function statusRows(sources: SourceConfig[], health: Record<string, SourceHealth>): SourceStatusRow[] {
  return sources.map((s) => {
    const h = Object.hasOwn(health, s.id) ? health[s.id] : undefined;
    const state = sourceState(h);
    return {
      id: s.id,
      ...(s.name && { name: s.name }),
      kind: s.kind,
      url: s.url,
      ...(safeHttpUrl(s.url) && { link: safeHttpUrl(s.url) }),
      enabled: s.enabled,
      state,
      ...(h?.lastSuccess && { lastSuccess: h.lastSuccess }),
      ...(h?.lastFailure && { lastFailure: h.lastFailure }),
      ...(state === 'failing' && h?.lastErrorKind && { errorKind: h.lastErrorKind }),
      ...(state === 'failing' && h?.lastError && { error: h.lastError }),
      consecutiveFailures: h?.consecutiveFailures ?? 0,
      failingTooLong: h ? isFailingTooLong(h) : false,
    };
  });
}

export function summarizeStatus(rows: SourceStatusRow[]): StatusSummary {
  const count = (pick: (r: SourceStatusRow) => boolean) => rows.filter(pick).length;
  const times = rows
    .flatMap((r) => [r.lastSuccess, r.lastFailure])
    .filter((t): t is string => !!t)
    .sort();
  return {
    total: rows.length,
    healthy: count((r) => r.state === 'healthy'),
    failing: count((r) => r.state === 'failing'),
    never: count((r) => r.state === 'never'),
    disabled: count((r) => !r.enabled),
    failingTooLong: count((r) => r.failingTooLong),
    ...(times.length && { lastRun: times.at(-1) }),
  };
}

/** `2024-07-02T06:00:00.000Z` → `2024-07-02 06:00 UTC`; text that is not a timestamp is shown as it is. */
export function formatTimestamp(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Reads sources.yaml (absent: no sources) and the health file of the content folder `root`. */
export async function loadSourceStatus(
  root: string,
): Promise<{ rows: SourceStatusRow[]; summary: StatusSummary; configured: boolean }> {
  const file = join(root, 'sources.yaml');
  const configured = existsSync(file);
  const sources = configured ? (await loadSourcesFile(file)).sources : [];
  const rows = statusRows(sources, await loadHealth(root));
  return { rows, summary: summarizeStatus(rows), configured };
}
