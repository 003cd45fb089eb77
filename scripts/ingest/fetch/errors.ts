/**
 * The closed set of ingest failures, classified where they happen (Miniflux's reader/fetcher
 * style: "access forbidden (403)"). Every failure that leaves a stage is an `IngestError`.
 */
import type { IngestErrorKind } from '../types.ts';

export type { IngestErrorKind };

export interface IngestErrorOptions {
  status?: number;
  retryAfterMs?: number;
  cause?: unknown;
}

export class IngestError extends Error {
  readonly kind: IngestErrorKind;
  readonly status?: number;
  /** From a `Retry-After` header, already capped. */
  readonly retryAfterMs?: number;

  constructor(kind: IngestErrorKind, message: string, opts: IngestErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'IngestError';
    this.kind = kind;
    if (opts.status !== undefined) this.status = opts.status;
    if (opts.retryAfterMs !== undefined) this.retryAfterMs = opts.retryAfterMs;
  }
}

export function isIngestError(err: unknown): err is IngestError {
  return err instanceof IngestError;
}

/** Any thrown value as an IngestError; unknown errors become `fallback` with their message kept. */
export function toIngestError(err: unknown, fallback: IngestErrorKind, context: string): IngestError {
  if (isIngestError(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new IngestError(fallback, `${context}: ${message}`, { cause: err });
}

/**
 * Markers of an answer that is a refusal rather than content: bot challenges (Cloudflare,
 * Akamai, DataDome) and geo-blocks ("not available in your region", OpenAI's
 * `unsupported_country_region_territory`). For this site "blocked" is data, not noise.
 */
const BLOCK_MARKERS: readonly RegExp[] = [
  /<title>\s*just a moment\.\.\.\s*<\/title>/i,
  /attention required!?\s*\|\s*cloudflare/i,
  /cf-chl-|challenge-platform|cf_chl_opt/i,
  /enable javascript and cookies to continue/i,
  /access denied.{0,80}(akamai|reference #)/is,
  /captcha-delivery\.com|datadome/i,
  /unsupported_country_region_territory/i,
  /not (?:available|supported) in your (?:country|region|territory)/i,
  /country, region, or territory not supported/i,
];

/** True when a response body or header set looks like a challenge page or a geo-block. */
export function looksBlocked(text: string, headers?: Headers): boolean {
  if (headers?.get('cf-mitigated')?.toLowerCase() === 'challenge') return true;
  const head = text.slice(0, 65536);
  return BLOCK_MARKERS.some((re) => re.test(head));
}

/**
 * An HTTP status (after redirects) as an IngestError. `bodyHead` is the start of the body,
 * used to recognise challenge pages served with 503/429/200.
 */
export function classifyStatus(
  url: string,
  status: number,
  opts: { headers?: Headers; bodyHead?: string; retryAfterMs?: number } = {},
): IngestError {
  const where = `${url}: HTTP ${status}`;
  if (status === 403 || status === 451) {
    return new IngestError('blocked', `${where}: access forbidden`, { status });
  }
  if (looksBlocked(opts.bodyHead ?? '', opts.headers)) {
    return new IngestError('blocked', `${where}: challenge or region block page`, { status });
  }
  if (status === 404 || status === 410) {
    return new IngestError('not-found', `${where}: ${status === 410 ? 'gone' : 'not found'}`, { status });
  }
  if (status === 429 || status === 503) {
    const wait = opts.retryAfterMs === undefined ? '' : ` (retry after ${Math.round(opts.retryAfterMs / 1000)} s)`;
    return new IngestError('rate-limited', `${where}: rate limited or unavailable${wait}`, {
      status,
      retryAfterMs: opts.retryAfterMs,
    });
  }
  return new IngestError('http', `${where}: unexpected status`, { status });
}

/** Network-level failures of `fetch` (DNS, refused, reset, TLS, bad gzip) as IngestErrors. */
export function classifyFetchError(url: string, err: unknown, timedOut: boolean, timeoutMs: number): IngestError {
  if (isIngestError(err)) return err;
  if (timedOut) return new IngestError('timeout', `${url}: no complete answer within ${timeoutMs} ms`, { cause: err });
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (err as { code?: string })?.code;
  const detail = code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
  if (
    /^Z_|decompress|incorrect header check|invalid (?:block|distance|stored)/i.test(
      `${code ?? ''} ${cause?.message ?? ''}`,
    )
  ) {
    return new IngestError('network', `${url}: could not decompress the body (${detail})`, { cause: err });
  }
  return new IngestError('network', `${url}: request failed (${detail})`, { cause: err });
}

/**
 * `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP-date, as milliseconds from `now`,
 * capped at `capMs`. Unparseable values give undefined; dates in the past give 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date, capMs: number): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  let ms: number;
  if (/^\d+$/.test(v)) ms = Number(v) * 1000;
  else {
    const at = Date.parse(v);
    if (Number.isNaN(at) || !/[a-z]/i.test(v)) return undefined;
    ms = at - now.getTime();
  }
  return Math.min(Math.max(ms, 0), capMs);
}
