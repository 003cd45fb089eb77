/** Builds the site into a private folder (never dist/) with a chosen CONTENT_DIR. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface BuildOptions {
  outDir: string;
  contentDir?: string;
  cacheDir?: string;
}

/** Runs `astro build`; resolves with the wall time in ms, rejects with the build output on failure. */
export function buildSite(opts: BuildOptions): Promise<number> {
  const started = Date.now();
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    OUT_DIR: resolve(opts.outDir),
    CACHE_DIR: resolve(opts.cacheDir ?? `${opts.outDir}-cache`),
    ...(opts.contentDir ? { CONTENT_DIR: resolve(opts.contentDir) } : {}),
  };
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [resolve('node_modules/astro/astro.js'), 'build'], { env });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => (code === 0 ? ok(Date.now() - started) : fail(new Error(`astro build failed (${code}):\n${log.slice(-4000)}`))));
  });
}
