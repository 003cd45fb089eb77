/**
 * A tiny HTTP server on 127.0.0.1 whose answers a test sets per path: serve one version of a
 * watched page, run the watcher, serve the next version, run again.
 */
import { createServer, type Server } from 'node:http';

export interface PageAnswer {
  status?: number;
  body: string | Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface PageServer {
  url: string;
  /** Sets what `path` answers from now on. */
  set(path: string, answer: PageAnswer): void;
  close(): Promise<void>;
}

export async function servePages(): Promise<PageServer> {
  const answers = new Map<string, PageAnswer>();
  const server: Server = createServer((req, res) => {
    const a = answers.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!a) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(a.status ?? 200, { 'content-type': a.contentType ?? 'text/html; charset=utf-8', ...a.headers });
    res.end(a.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    set: (path, answer) => void answers.set(path, answer),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
