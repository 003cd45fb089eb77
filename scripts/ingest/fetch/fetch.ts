/**
 * Stage 1, fetch: one URL to bytes, politely and defensively. Node's own fetch with manual
 * redirects, every hop's addresses checked (address-guard.ts) and the connection pinned to
 * them, one deadline for headers and body, a streamed body cut at `maxBytes` (counted after
 * decompression, so a gzip bomb stops early), conditional GET, and every failure classified.
 */
import { Agent } from 'undici';
import type { LookupFunction } from 'node:net';
import { IngestError, classifyFetchError, classifyStatus, parseRetryAfter } from './errors.ts';
import { checkHop, hostOf } from './address-guard.ts';
import type { AddressClass, AddressPolicy, ResolvedAddress, Resolver } from './address-guard.ts';

export type { Validators } from '../../../src/model/state/types.ts';
import type { Validators } from '../../../src/model/state/types.ts';

export interface FetchOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  /** Replayed verbatim as If-None-Match / If-Modified-Since. */
  validators?: Validators;
  maxRedirects?: number;
  signal?: AbortSignal;
  /** Longest Retry-After we accept (default 24 h). */
  retryAfterCapMs?: number;
  accept?: string;
  now?: () => Date;
  /** Whether private-network and loopback addresses may be fetched (sources.yaml defaults). */
  allowPrivateAddresses?: boolean;
  /** Resolves host names (tests pass a stub; default: the system resolver). */
  resolve?: Resolver;
}

export type FetchResult =
  | {
      kind: 'ok';
      finalUrl: string;
      status: number;
      contentType?: string;
      bytes: Uint8Array;
      etag?: string;
      lastModified?: string;
    }
  | { kind: 'unchanged'; etag?: string; lastModified?: string };

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1';
const DAY_MS = 24 * 60 * 60 * 1000;
const ERROR_BODY_HEAD = 64 * 1024;

/** Fetches `url`; resolves with the body or 'unchanged', rejects only with an IngestError. */
export async function fetchSource(url: string, opts: FetchOptions): Promise<FetchResult> {
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
  try {
    const res = await followRedirects(url, opts, signal);
    return await readResult(res, opts);
  } catch (err) {
    throw classifyFetchError(url, err, timeout.aborted, opts.timeoutMs);
  }
}

/** An undici Agent (Node's fetch accepts it as `dispatcher`) and the addresses it may connect to, by host. */
interface Route {
  agent: Agent;
  pins: Map<string, ResolvedAddress[]>;
}

/**
 * An Agent whose connections go only to the addresses `checkHop` approved for each host: the
 * name is not resolved a second time, so a DNS answer that changes after the check (rebinding)
 * is never used. IP-literal hosts need no lookup.
 */
function pinnedRoute(): Route {
  const pins = new Map<string, ResolvedAddress[]>();
  const lookup: LookupFunction = (hostname, options, callback) => {
    const addresses = pins.get(hostname);
    if (!addresses?.length)
      return callback(
        new IngestError('blocked-address', `${hostname}: not resolved and checked before connecting`),
        '',
        4,
      );
    if (options.all) return (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  };
  return { agent: new Agent({ connect: { lookup } }), pins };
}

/**
 * Two routes for the whole process, so connections are kept alive across sources: one for hops
 * whose addresses are all public, one for allowed private/loopback hops. A pooled connection or
 * a pin of one can never serve the other, so a public hop never reaches an internal address.
 */
const routes: Partial<Record<'public' | 'internal', Route>> = {};
const routeFor = (cls: AddressClass): Route => {
  const key = cls === 'public' ? 'public' : 'internal';
  return (routes[key] ??= pinnedRoute());
};

function requestHeaders(opts: FetchOptions): Headers {
  const h = new Headers({ 'user-agent': opts.userAgent, accept: opts.accept ?? FEED_ACCEPT });
  if (opts.validators?.etag) h.set('if-none-match', opts.validators.etag);
  if (opts.validators?.lastModified) h.set('if-modified-since', opts.validators.lastModified);
  return h;
}

/**
 * Follows 3xx answers ourselves, so loops and long chains are caught and counted, and every
 * hop's addresses are checked (and pinned) before it is requested.
 */
async function followRedirects(url: string, opts: FetchOptions, signal: AbortSignal): Promise<Response> {
  const max = opts.maxRedirects ?? 5;
  const policy: AddressPolicy = { allowPrivate: opts.allowPrivateAddresses ?? false, resolve: opts.resolve };
  const seen = new Set<string>();
  let current = checkUrl(url, url);
  let previous: AddressClass | undefined;
  for (let hop = 0; ; hop++) {
    seen.add(current);
    const target = new URL(current);
    const checked = await untilAborted(checkHop(target, policy, previous, url), signal);
    const route = routeFor(checked.cls);
    route.pins.set(hostOf(target), checked.addresses);
    previous = previous === 'public' ? previous : checked.cls;
    const init = { redirect: 'manual', headers: requestHeaders(opts), signal, dispatcher: route.agent } as RequestInit;
    const res = await fetch(current, init);
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || res.status === 304 || !location) return res;
    await res.body?.cancel();
    const next = checkUrl(url, location, current);
    if (seen.has(next)) throw new IngestError('http', `${url}: redirect loop at ${next}`, { status: res.status });
    if (hop + 1 > max) throw new IngestError('http', `${url}: more than ${max} redirects`, { status: res.status });
    current = next;
  }
}

/** `work`, or the signal's reason once it aborts (name resolution takes no signal of its own). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

function checkUrl(original: string, target: string, base?: string): string {
  let u: URL;
  try {
    u = new URL(target, base);
  } catch (err) {
    throw new IngestError('invalid', `${original}: not a valid URL: ${target}`, { cause: err });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new IngestError('invalid', `${original}: refusing a non-http(s) URL: ${u.protocol}`);
  }
  return u.href;
}

async function readResult(res: Response, opts: FetchOptions): Promise<FetchResult> {
  const etag = res.headers.get('etag') ?? undefined;
  const lastModified = res.headers.get('last-modified') ?? undefined;
  if (res.status === 304) {
    await res.body?.cancel();
    return { kind: 'unchanged', ...(etag && { etag }), ...(lastModified && { lastModified }) };
  }
  if (res.status < 200 || res.status >= 300) throw await statusError(res, opts);
  const bytes = await readCapped(res, opts.maxBytes);
  const contentType = res.headers.get('content-type') ?? undefined;
  return {
    kind: 'ok',
    finalUrl: res.url,
    status: res.status,
    bytes,
    ...(contentType && { contentType }),
    ...(etag && { etag }),
    ...(lastModified && { lastModified }),
  };
}

async function statusError(res: Response, opts: FetchOptions): Promise<IngestError> {
  const head = await readCapped(res, ERROR_BODY_HEAD, true);
  const now = opts.now?.() ?? new Date();
  const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), now, opts.retryAfterCapMs ?? DAY_MS);
  return classifyStatus(res.url, res.status, {
    headers: res.headers,
    bodyHead: new TextDecoder().decode(head),
    retryAfterMs,
  });
}

/**
 * Reads the body chunk by chunk and stops at `max` bytes: with `truncate` it returns what it
 * has (error pages), otherwise it cancels the stream and throws 'too-large'.
 */
async function readCapped(res: Response, max: number, truncate = false): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (!truncate && !res.headers.get('content-encoding') && declared > max) {
    await res.body?.cancel();
    throw new IngestError('too-large', `${res.url}: body of ${declared} bytes exceeds the ${max}-byte cap`);
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    chunks.push(value);
    if (total > max) {
      await reader.cancel();
      if (truncate) break;
      throw new IngestError('too-large', `${res.url}: body exceeds the ${max}-byte cap`);
    }
  }
  return concat(chunks, Math.min(total, truncate ? max : total));
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    if (offset >= length) break;
    const part = c.subarray(0, length - offset);
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
