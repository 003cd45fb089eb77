/**
 * Watched pages (`kind: page` sources): fetch → decode → extract → map → judge against the last
 * snapshot → on a real change write a candidate event, the provider's availability and the new
 * snapshot. One outcome per source; a failure is reported and the snapshot kept. Sources run
 * one after another, so two pages of one provider never write its file at the same time.
 * The first good check of a region list stores the baseline and sets the provider's availability
 * from it (list-apply.ts), proposing no event; later good checks keep it in step.
 */
import { readFile } from 'node:fs/promises';
import { decodeBody } from '../ingest/parse/decode.ts';
import { looksBlocked, toIngestError } from '../ingest/fetch/errors.ts';
import { fetchSource } from '../ingest/fetch/fetch.ts';
import type { IngestErrorKind } from '../ingest/types.ts';
import { parseMarkdown } from '../../src/model/frontmatter.ts';
import type { FetchDefaults, SourceConfig } from '../../src/model/schema/index.ts';
import { judge, type Extraction, type Verdict } from './diff.ts';
import { buildEvent, eventBody, type PageChange } from './event.ts';
import type { ListReading } from './list-apply.ts';
import { isoCodes } from '../../src/model/regions/regions.ts';
import { extractItems } from './extract.ts';
import { mapNames } from './names.ts';
import { readSnapshot, sameList, writeSnapshot, type ListKind, type Snapshot } from './snapshot.ts';
import { providerPath, writeEvent, writeProviderAvailability } from './write.ts';

export interface WatchContext {
  contentDir: string;
  defaults: FetchDefaults;
  /** Compute and report, write nothing. */
  dryRun?: boolean;
  /** YYYY-MM-DD used for events and snapshots (default: today, UTC). */
  today?: string;
  fetch?: typeof fetchSource;
}

export type WatchOutcome =
  | { id: string; status: 'failed'; error: { kind: IngestErrorKind; message: string } }
  | { id: string; status: 'baseline' | 'unchanged'; count: number; unknown: string[]; files: string[] }
  | {
      id: string;
      status: 'changed';
      count: number;
      unknown: string[];
      added: string[];
      removed: string[];
      files: string[];
    };

const PAGE_ACCEPT = 'text/html, text/markdown, text/plain;q=0.9, */*;q=0.1';

async function readPage(source: SourceConfig, ctx: WatchContext): Promise<{ text: string; url: string }> {
  const res = await (ctx.fetch ?? fetchSource)(source.url, {
    userAgent: ctx.defaults.user_agent,
    timeoutMs: ctx.defaults.timeout_ms,
    maxBytes: ctx.defaults.max_bytes,
    allowPrivateAddresses: ctx.defaults.allow_private_addresses,
    accept: PAGE_ACCEPT,
  });
  if (res.kind !== 'ok')
    throw toIngestError(new Error('answered "not modified" to a request without validators'), 'http', source.url);
  return { text: decodeBody(res.bytes, res.contentType), url: res.finalUrl };
}

/** The page's list, mapped to regions (regions lists) or kept as strings (offers lists). */
export function extractList(text: string, source: SourceConfig): Extraction {
  const list: ListKind = source.list ?? 'regions';
  const items = extractItems(text, source.extract!);
  const mapped = list === 'regions' ? mapNames(items) : { codes: [], names: [...new Set(items)].sort(), unknown: [] };
  return { list, ...mapped, blockMarker: looksBlocked(text) };
}

async function providerName(contentDir: string, id: string): Promise<string> {
  const path = providerPath(contentDir, id);
  const text = await readFile(path, 'utf8').catch(() => {
    throw toIngestError(new Error(`no provider file ${path}`), 'invalid', `provider "${id}"`);
  });
  return String(parseMarkdown(text).data.name ?? id);
}

/**
 * Days a refresh of `checked` alone may wait: with a 12-hourly schedule the provider file is
 * rewritten when the list changes, and otherwise at most once a week to move `checked` forward.
 */
export const CHECKED_REFRESH_DAYS = 7;

/** Every good check of a region list, the first included: listed → available, every other ISO country → not-supported. */
function readingOf(
  source: SourceConfig,
  x: Extraction,
  verdict: Verdict,
  publisher: string,
  today: string,
): ListReading {
  const listed = new Set(x.codes);
  return {
    surface: source.surface ?? 'api',
    listed: x.codes,
    absent: isoCodes().filter((c) => !listed.has(c)),
    checked: today,
    // The page itself; no title, since the watcher does not read the page's own headline.
    source: { url: source.url, publisher, via: source.id },
    since: verdict.kind === 'changed' ? today : undefined,
    coverage: 'complete',
  };
}

async function record(
  source: SourceConfig,
  x: Extraction,
  verdict: Verdict,
  ctx: WatchContext,
  today: string,
): Promise<string[]> {
  if (ctx.dryRun) return [];
  const files: string[] = [];
  const name = await providerName(ctx.contentDir, source.provider!);
  if (verdict.kind === 'changed') {
    const change: PageChange = {
      sourceId: source.id,
      list: x.list,
      url: source.url,
      pageTitle: source.name ?? `${source.provider} page`,
      providerId: source.provider!,
      providerName: name,
      surface: source.surface ?? 'api',
      added: verdict.added,
      removed: verdict.removed,
      count: x.names.length,
      date: today,
    };
    files.push(await writeEvent(ctx.contentDir, buildEvent(change), eventBody(change)));
  }
  if (x.list === 'regions') {
    const reading = readingOf(source, x, verdict, name, today);
    const written = await writeProviderAvailability(ctx.contentDir, source.provider!, reading, {
      refreshDays: CHECKED_REFRESH_DAYS,
    });
    if (written) files.push(written);
  }
  return files;
}

/** Checks one page source; never throws. */
export async function watchPage(source: SourceConfig, ctx: WatchContext): Promise<WatchOutcome> {
  const today = ctx.today ?? new Date().toISOString().slice(0, 10);
  try {
    if (!source.provider || !source.extract)
      throw toIngestError(new Error('needs provider and extract'), 'invalid', source.id);
    const page = await readPage(source, ctx);
    const x = extractList(page.text, source);
    const prev = await readSnapshot(ctx.contentDir, source.id);
    const verdict = judge(prev, x, source.expect_min ?? 1);
    if (verdict.kind === 'failed')
      return {
        id: source.id,
        status: 'failed',
        error: { kind: verdict.error, message: `${source.url}: ${verdict.message}` },
      };
    const files = await record(source, x, verdict, ctx, today);
    const next: Snapshot = {
      source: source.id,
      url: page.url,
      provider: source.provider,
      list: x.list,
      fetched: today,
      count: x.names.length,
      codes: x.codes,
      names: x.names,
      unknown: x.unknown,
    };
    if (!ctx.dryRun && (!prev || !sameList(prev, next))) await writeSnapshot(ctx.contentDir, next);
    const base = { id: source.id, count: x.names.length, unknown: x.unknown };
    return verdict.kind === 'changed'
      ? { ...base, status: 'changed', added: verdict.added, removed: verdict.removed, files }
      : { ...base, status: verdict.kind, files };
  } catch (err) {
    const e = toIngestError(err, 'parse', source.url);
    return { id: source.id, status: 'failed', error: { kind: e.kind, message: e.message } };
  }
}

/** Checks every enabled page source, in order. */
export async function watchPages(sources: SourceConfig[], ctx: WatchContext): Promise<WatchOutcome[]> {
  const out: WatchOutcome[] = [];
  for (const s of sources) if (s.kind === 'page' && s.enabled) out.push(await watchPage(s, ctx));
  return out;
}
