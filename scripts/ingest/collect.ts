/**
 * Runs the first stages for every feed source: skip? → fetch → decode → parse → normalize →
 * keyword filter. Sources run concurrently (defaults.concurrency), one request per host at a
 * time. A failing source is an outcome, never an exception: the others are unaffected.
 * The caller's `state` is updated in place (validators and health) and saved by the caller.
 */
import pLimit from 'p-limit';
import type { FetchDefaults, SourceConfig } from '../../src/model/schema/index.ts';
import type { Candidate, IngestErrorKind } from './types.ts';
import { IngestError, toIngestError } from './fetch/errors.ts';
import { fetchSource, type FetchOptions } from './fetch/fetch.ts';
import { decodeBody } from './parse/decode.ts';
import type { SkipReason } from './normalize/normalize.ts';
import {
  intervalOf,
  recordFailure,
  recordSuccess,
  shouldSkip,
  type IngestState,
} from '../../src/model/state/health.ts';
import { createHostQueue } from './fetch/host-queue.ts';

/** parse and normalize (rss-parser, cheerio) load on the first body to parse: a run where every
 * feed answers 304 never pays for them. */
let parsers:
  | Promise<{
      parseFeed: typeof import('./parse/parse.ts').parseFeed;
      normalizeFeed: typeof import('./normalize/normalize.ts').normalizeFeed;
    }>
  | undefined;
function loadParsers() {
  parsers ??= Promise.all([import('./parse/parse.ts'), import('./normalize/normalize.ts')]).then(([p, n]) => ({
    parseFeed: p.parseFeed,
    normalizeFeed: n.normalizeFeed,
  }));
  return parsers;
}

export interface SourceOutcome {
  id: string;
  url: string;
  status: 'ok' | 'unchanged' | 'failed' | 'skipped';
  candidates: Candidate[];
  /** Items dropped by normalize, counted by reason. */
  skipped: Partial<Record<SkipReason, number>>;
  /** Items dropped by the source's `keywords` pre-filter. */
  filtered: number;
  error?: { kind: IngestErrorKind; message: string };
  /** Why a 'skipped' source was not fetched. */
  note?: string;
  ms: number;
}

export interface CollectContext {
  state: IngestState;
  defaults: FetchDefaults;
  now: Date;
  onResult?: (outcome: SourceOutcome) => void;
  /** Check every source now, ignoring its interval and failure backoff (`--force`). */
  force?: boolean;
  /** Overrides for fetch (tests use a short Retry-After cap; a caller may pass a signal). */
  fetch?: Partial<FetchOptions>;
}

/** Every `kind: feed` source, in input order; page sources are left to the page watcher. */
export async function collectFeeds(sources: SourceConfig[], ctx: CollectContext): Promise<SourceOutcome[]> {
  const limit = pLimit(ctx.defaults.concurrency);
  const byHost = createHostQueue();
  const feeds = sources.filter((s) => s.kind === 'feed');
  return Promise.all(
    feeds.map((source) =>
      byHost(source.url, () => limit(() => collectOne(source, ctx))).then((outcome) => {
        ctx.onResult?.(outcome);
        return outcome;
      }),
    ),
  );
}

async function collectOne(source: SourceConfig, ctx: CollectContext): Promise<SourceOutcome> {
  const started = performance.now();
  const base = { id: source.id, url: source.url, candidates: [], skipped: {}, filtered: 0 };
  const elapsed = () => Math.round(performance.now() - started);
  const note = !source.enabled
    ? 'disabled'
    : ctx.force
      ? undefined
      : shouldSkip(source.id, ctx.state.health, ctx.now, intervalOf(source, ctx.defaults.min_interval_minutes));
  if (note) return { ...base, status: 'skipped', note, ms: 0 };
  try {
    const result = await runSource(source, ctx);
    ctx.state.health[source.id] = recordSuccess(ctx.state.health[source.id], ctx.now);
    return { ...base, ...result, ms: elapsed() };
  } catch (err) {
    const error = namingUrl(toIngestError(err, 'parse', source.url), source.url);
    ctx.state.health[source.id] = recordFailure(ctx.state.health[source.id], error, ctx.now);
    return { ...base, status: 'failed', error: { kind: error.kind, message: error.message }, ms: elapsed() };
  }
}

/** Errors from decode/parse do not know the URL; the report needs it. */
function namingUrl(err: IngestError, url: string): IngestError {
  if (err.message.includes(url)) return err;
  return new IngestError(err.kind, `${url}: ${err.message}`, {
    status: err.status,
    retryAfterMs: err.retryAfterMs,
    cause: err,
  });
}

type RunResult = Pick<SourceOutcome, 'status' | 'candidates' | 'skipped' | 'filtered'>;

async function runSource(source: SourceConfig, ctx: CollectContext): Promise<RunResult> {
  const fetched = await fetchSource(source.url, {
    userAgent: ctx.defaults.user_agent,
    timeoutMs: ctx.defaults.timeout_ms,
    maxBytes: ctx.defaults.max_bytes,
    allowPrivateAddresses: ctx.defaults.allow_private_addresses,
    validators: ctx.state.http[source.id],
    now: () => ctx.now,
    ...ctx.fetch,
  });
  if (fetched.kind === 'unchanged') {
    updateValidators(ctx.state, source.id, { ...ctx.state.http[source.id], ...pickValidators(fetched) });
    return { status: 'unchanged', candidates: [], skipped: {}, filtered: 0 };
  }
  const { parseFeed, normalizeFeed } = await loadParsers();
  const raw = await parseFeed(decodeBody(fetched.bytes, fetched.contentType));
  const { candidates, skipped } = normalizeFeed(raw, {
    sourceId: source.id,
    feedUrl: fetched.finalUrl,
    ...(source.name && { publisher: source.name }),
    ...(source.language && { language: source.language }),
  });
  updateValidators(ctx.state, source.id, pickValidators(fetched));
  const kept = filterByKeywords(candidates, source.keywords);
  return { status: 'ok', candidates: kept, skipped: countReasons(skipped), filtered: candidates.length - kept.length };
}

function pickValidators(v: { etag?: string; lastModified?: string }) {
  return { ...(v.etag && { etag: v.etag }), ...(v.lastModified && { lastModified: v.lastModified }) };
}

function updateValidators(state: IngestState, id: string, v: { etag?: string; lastModified?: string }): void {
  if (v.etag || v.lastModified) state.http[id] = v;
  else delete state.http[id];
}

/**
 * Keeps candidates whose title or summary mentions one of `keywords`, case-insensitively.
 * Latin keywords match whole words ("AI" does not match "said"); others (Chinese) match anywhere.
 */
export function filterByKeywords(candidates: Candidate[], keywords: string[] | undefined): Candidate[] {
  if (!keywords?.length) return candidates;
  const patterns = keywords.map(keywordPattern);
  return candidates.filter((c) => patterns.some((re) => re.test(`${c.title} ${c.summary}`)));
}

function keywordPattern(keyword: string): RegExp {
  const escaped = keyword.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const edge = (ch: string | undefined) => (ch && /[A-Za-z0-9]/.test(ch) ? '\\b' : '');
  return new RegExp(`${edge(keyword.trim()[0])}${escaped}${edge(keyword.trim().at(-1))}`, 'i');
}

function countReasons(skipped: { reason: SkipReason }[]): Partial<Record<SkipReason, number>> {
  const counts: Partial<Record<SkipReason, number>> = {};
  for (const s of skipped) counts[s.reason] = (counts[s.reason] ?? 0) + 1;
  return counts;
}
