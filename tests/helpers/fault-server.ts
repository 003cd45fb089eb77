/**
 * A fault-injecting HTTP server on 127.0.0.1 (random port) for ingest tests. Each route is one
 * way a real feed host misbehaves; see FAULT_ROUTES. Files are served from `fixturesDir` under
 * /fixtures/<path> and from `filesDir` (e.g. the shared corpus) under /files/<path>; add
 * `?type=<content-type>` to override the Content-Type, `?etag=<value>` to serve the file
 * conditionally. `routes` adds or replaces handlers by exact path. Every request is recorded in
 * `hits` (path, method, headers) so tests can check what was sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export type FaultHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

export interface Hit {
  path: string;
  method: string;
  headers: IncomingMessage['headers'];
}

export interface FaultServer {
  /** Base URL, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  hits: Hit[];
  close(): Promise<void>;
}

export interface FaultServerOptions {
  fixturesDir?: string;
  filesDir?: string;
  routes?: Record<string, FaultHandler>;
}

/** Documented routes; query parameters in brackets. */
export const FAULT_ROUTES = {
  feed: '/feed.xml — a small valid RSS 2.0 feed (3 dated items)',
  slow: '/slow [ms=10000] — waits before sending headers',
  stall: '/stall — sends headers and part of a feed, then nothing',
  endless: '/endless — a chunked body that never ends',
  huge: '/huge [mb=50] — a body of that many MB, with Content-Length',
  gzipBomb: '/gzip-bomb — ~65 KB of gzip that inflates to 64 MiB (Content-Encoding: gzip)',
  gzipFeed: '/gzip-feed — the small feed, gzip-encoded',
  status: '/status/<code> [retry-after=…] — that status with a short text body',
  rateLimited: '/status/429?retry-after=120 and /status/503?retry-after=<HTTP-date>',
  conditional: '/conditional — 304 when If-None-Match is "v1" or If-Modified-Since matches',
  cloudflare: '/cloudflare — 403 with cf-mitigated: challenge and a "Just a moment..." page',
  challenge200: '/challenge-200 — a challenge page served with 200',
  regionBlocked: '/region-blocked — 403 with OpenAI-style unsupported_country_region_territory JSON',
  loop: '/loop/a ↔ /loop/b — a redirect loop',
  chain: '/chain/<n> — n redirects, then the feed',
  html: '/html — an HTML page instead of a feed',
  malformed: '/malformed — truncated XML',
  empty: '/empty — 200 with an empty body',
  charset:
    '/charset/<gb2312|big5|utf16|wrong> — encoded feeds from tests/fixtures/feeds; /charset/lying-header serves GB2312 bytes labelled charset=utf-8',
  fixtures: '/fixtures/<path> [type, etag] — a file from fixturesDir',
  files: '/files/<path> [type] — a file from filesDir',
} as const;

export const SMALL_FEED = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Fault Server News</title><link>https://example.com/</link>
<item><title>OpenAI blocks API access from unsupported regions</title><link>https://example.com/a?utm_source=rss</link><pubDate>Tue, 25 Jun 2024 08:00:00 GMT</pubDate><description>&lt;p&gt;Developers in China received emails.&lt;/p&gt;</description></item>
<item><title>Baidu offers free Ernie tokens</title><link>https://example.com/b</link><pubDate>Wed, 26 Jun 2024 09:30:00 +0800</pubDate></item>
<item><title>Zhipu announces a migration plan</title><link>/c</link><pubDate>2024-06-27T10:00:00Z</pubDate></item>
</channel></rss>
`;

/** This repository's encoded feed fixtures, served by the /charset/* routes. */
const ENCODED = join(import.meta.dirname, '../fixtures/feeds');
const CHARSET_FILES: Record<string, [file: string, contentType: string]> = {
  '/charset/gb2312': ['gb2312.xml', 'application/rss+xml'],
  '/charset/big5': ['big5.xml', 'application/rss+xml'],
  '/charset/utf16': ['utf16le-bom.xml', 'application/rss+xml'],
  '/charset/wrong': ['wrong-charset-utf8-declared-latin1.xml', 'application/rss+xml'],
  '/charset/lying-header': ['gb2312-undeclared.xml', 'application/rss+xml; charset=utf-8'],
};

const TYPES: Record<string, string> = {
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.rdf': 'application/rdf+xml',
  '.json': 'application/json',
  '.html': 'text/html',
  '.txt': 'text/plain',
};

/** 64 concatenated gzip members of 1 MiB of zeros each: ~65 KB on the wire, 64 MiB inflated. */
let bomb: Buffer | undefined;
const gzipBomb = () => (bomb ??= Buffer.concat(Array(64).fill(gzipSync(Buffer.alloc(1024 * 1024), { level: 9 }))));

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

function builtInRoutes(): Record<string, FaultHandler> {
  const feed: FaultHandler = (_q, res) =>
    send(res, 200, SMALL_FEED, { 'content-type': 'application/rss+xml; charset=utf-8' });
  const encoded = Object.fromEntries(
    Object.entries(CHARSET_FILES).map(([path, [file, type]]): [string, FaultHandler] => [
      path,
      async (_q, res) => send(res, 200, await readFile(join(ENCODED, file)), { 'content-type': type }),
    ]),
  );
  return {
    ...encoded,
    '/feed.xml': feed,
    '/slow': async (_q, res, url) => {
      await new Promise((r) => setTimeout(r, Number(url.searchParams.get('ms') ?? 10000)));
      feed(_q, res, url);
    },
    '/stall': (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write(SMALL_FEED.slice(0, 120));
    },
    '/endless': (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    },
    '/huge': (_q, res, url) => {
      const total = Number(url.searchParams.get('mb') ?? 50) * 1024 * 1024;
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(total) });
      const chunk = Buffer.alloc(1024 * 1024, 'b');
      let sent = 0;
      const pump = () => {
        while (!res.destroyed && sent < total) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      pump();
    },
    '/gzip-bomb': (_q, res) =>
      send(res, 200, gzipBomb(), { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }),
    '/gzip-feed': (_q, res) =>
      send(res, 200, gzipSync(SMALL_FEED), {
        'content-type': 'application/rss+xml; charset=utf-8',
        'content-encoding': 'gzip',
      }),
    '/conditional': (req, res) => {
      const lastModified = 'Tue, 25 Jun 2024 08:00:00 GMT';
      const headers = { etag: '"v1"', 'last-modified': lastModified };
      if (req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === lastModified) {
        res.writeHead(304, headers).end();
        return;
      }
      send(res, 200, SMALL_FEED, { ...headers, 'content-type': 'application/rss+xml; charset=utf-8' });
    },
    '/cloudflare': (_q, res) =>
      send(
        res,
        403,
        '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div id="challenge-platform">Enable JavaScript and cookies to continue</div></body></html>',
        {
          'content-type': 'text/html; charset=utf-8',
          'cf-mitigated': 'challenge',
          server: 'cloudflare',
        },
      ),
    '/challenge-200': (_q, res) =>
      send(
        res,
        200,
        '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Enable JavaScript and cookies to continue</body></html>',
        {
          'content-type': 'text/html; charset=utf-8',
        },
      ),
    '/region-blocked': (_q, res) =>
      send(
        res,
        403,
        JSON.stringify({
          error: {
            code: 'unsupported_country_region_territory',
            message: 'Country, region, or territory not supported',
          },
        }),
        {
          'content-type': 'application/json',
        },
      ),
    '/loop/a': (_q, res) => send(res, 302, '', { location: '/loop/b' }),
    '/loop/b': (_q, res) => send(res, 301, '', { location: '/loop/a' }),
    '/html': (_q, res) =>
      send(res, 200, '<!doctype html><html><head><title>Welcome</title></head><body><h1>Our blog</h1></body></html>', {
        'content-type': 'text/html; charset=utf-8',
      }),
    '/malformed': (_q, res) =>
      send(res, 200, '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half', {
        'content-type': 'application/rss+xml',
      }),
    '/empty': (_q, res) => send(res, 200, '', { 'content-type': 'application/rss+xml' }),
  };
}

async function serveFile(
  root: string | undefined,
  rel: string,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  if (!root) return send(res, 404, 'no folder configured for this route');
  const base = normalize(root);
  const file = normalize(join(base, decodeURIComponent(rel)));
  if (!file.startsWith(base + sep)) return send(res, 404, 'outside the served folder');
  const body = await readFile(file).catch(() => undefined);
  if (!body) return send(res, 404, `no such file: ${rel}`);
  const etag = url.searchParams.get('etag');
  if (etag && req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
  send(res, 200, body, {
    'content-type': url.searchParams.get('type') ?? TYPES[extname(file)] ?? 'application/octet-stream',
    ...(etag && { etag }),
  });
}

async function route(
  opts: FaultServerOptions,
  routes: Record<string, FaultHandler>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname;
  const handler = routes[path];
  if (handler) return handler(req, res, url);
  if (path.startsWith('/fixtures/')) return serveFile(opts.fixturesDir, path.slice('/fixtures/'.length), req, res, url);
  if (path.startsWith('/files/')) return serveFile(opts.filesDir, path.slice('/files/'.length), req, res, url);
  const status = /^\/status\/(\d{3})$/.exec(path);
  if (status) {
    const retryAfter = url.searchParams.get('retry-after');
    return send(res, Number(status[1]), `status ${status[1]}`, retryAfter ? { 'retry-after': retryAfter } : {});
  }
  const chain = /^\/chain\/(\d+)$/.exec(path);
  if (chain) {
    const n = Number(chain[1]);
    return n > 0 ? send(res, 302, '', { location: `/chain/${n - 1}` }) : routes['/feed.xml']!(req, res, url);
  }
  send(res, 404, `no route: ${path}`);
}

/** Starts the server; stop it with `close()` (which also drops stalled connections). */
export async function startFaultServer(opts: FaultServerOptions = {}): Promise<FaultServer> {
  const routes = { ...builtInRoutes(), ...opts.routes };
  const hits: Hit[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    hits.push({ path: req.url ?? '/', method: req.method ?? 'GET', headers: req.headers });
    route(opts, routes, req, res).catch((err: Error) => {
      if (!res.headersSent) send(res, 500, `fault server error: ${err.message}`);
      else res.destroy();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
