/**
 * The one summary an update prints, also the body of the content pull request. Titles and
 * errors come from feeds and servers, so they are shown as inline code: no markdown, links,
 * images or @mentions from a headline reach a pull request.
 */
import type { ContentChanges } from './changes.ts';
import type { FailingSource } from '../../src/model/state/source-health.ts';
import { FAILING_TOO_LONG_LABEL } from '../../src/model/state/source-health.ts';
import type { RunReport } from '../ingest/write/report.ts';
import type { CheckOutcome } from './check-step.ts';

export interface UpdateOutcome {
  ingestExit: number;
  /** The ingest report's totals, when it wrote a report of the known shape. */
  totals?: RunReport['totals'];
  /** `npm run check` over the content after the ingest; the build runs only when it passes. */
  check: CheckOutcome;
  build: { status: 'ok' | 'failed' | 'skipped'; exitCode?: number; reason?: string };
  changes: ContentChanges;
  failingTooLong: FailingSource[];
  dryRun: boolean;
}

/** Items listed per section; the rest are counted (a pull request body has a size limit). */
const MAX_ITEMS = 40;

/** Untrusted text as inline code: one line, no backticks, at most 200 characters. */
export function code(text: string): string {
  const one = text
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/`/g, "'")
    .trim();
  return `\`${one.length > 200 ? `${one.slice(0, 199)}…` : one}\``;
}

function section<T>(heading: string, items: T[], line: (item: T) => string, count = items.length): string[] {
  const shown = items.slice(0, MAX_ITEMS).map((i) => `  - ${line(i)}`);
  const more = items.length > MAX_ITEMS ? [`  - … and ${items.length - MAX_ITEMS} more`] : [];
  return [`- ${heading}: ${count}`, ...shown, ...more];
}

function ingestLine(o: UpdateOutcome): string {
  const t = o.totals;
  const counts = t
    ? ` (sources: ${t.sources}, failed: ${t.failed}; items: ${t.items}, new events: ${t.created}, sources added: ${t.added}, refused: ${t.refused}, possible for review: ${t.possible ?? 0}${t.expired ? `, expired from review: ${t.expired}` : ''})`
    : '';
  return `- Ingest: exit ${o.ingestExit}${counts}`;
}

function checkLines(c: CheckOutcome): string[] {
  if (c.status !== 'failed') return c.status === 'ok' ? ['- Content check: ok'] : [];
  return section('Content check: **failed**, problems', c.problems, (p) => code(p), c.problems.length);
}

function buildLine(b: UpdateOutcome['build']): string {
  if (b.status === 'skipped') return `- Build: skipped (${b.reason})`;
  return b.status === 'ok' ? '- Build: ok' : `- Build: **failed** (exit ${b.exitCode})`;
}

/** "a, b, c and 240 more": a watcher's first check sets some 250 entries at once. */
function upTo(items: string[], n: number): string {
  return items.length <= n ? items.join(', ') : `${items.slice(0, n).join(', ')} and ${items.length - n} more`;
}

/** Markdown, one section per kind of change, always in the same order. */
export function formatSummary(o: UpdateOutcome): string {
  const c = o.changes;
  const sources = c.newSources.reduce((n, e) => n + e.added, 0);
  const lines = [
    `## Content update${o.dryRun ? ' (dry run: nothing written)' : ''}`,
    '',
    ...section('New candidates', c.newCandidates, (e) => `${e.id} (${e.type}) ${code(e.title)}`),
    ...section('New sources on known events', c.newSources, (e) => `${e.id}: +${e.added}`, sources),
    ...section('Availability events', c.availability.events, (e) => `${e.id} ${code(e.title)}`),
    ...section(
      'Provider availability changes',
      c.availability.providers,
      (p) => `${p.id}: ${upTo([...p.added.map((a) => `+${a}`), ...p.removed.map((r) => `−${r}`)], 12)}`,
    ),
    ...section(
      'Failed sources',
      c.failedSources,
      (f) =>
        `${f.id}: ${f.kind} ${code(f.error)}${f.consecutiveFailures ? ` (${f.consecutiveFailures} in a row)` : ''}`,
    ),
    ...section(
      `Sources ${FAILING_TOO_LONG_LABEL}`,
      o.failingTooLong,
      (f) =>
        `${f.id}: ${f.lastSuccess ? `last worked ${f.lastSuccess}` : 'has never worked'}, ${f.consecutiveFailures} failures, last ${f.kind} ${code(f.error)}`,
    ),
    ingestLine(o),
    ...checkLines(o.check),
    buildLine(o.build),
  ];
  return `${lines.join('\n')}\n`;
}
