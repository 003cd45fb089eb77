/**
 * Builds the site into a private folder (never dist/) with a chosen CONTENT_DIR.
 * Astro writes its intermediate server chunks into the output folder only when that folder is
 * inside the project; otherwise into the shared `<project>/.astro/`, where two builds running at
 * once delete each other's files. So an output folder outside the project is built in a private
 * in-project folder first and then moved.
 */
import { spawn } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { resolve, sep } from 'node:path';

const PROJECT = resolve(new URL('../..', import.meta.url).pathname);

/** An output folder Astro can build into without the shared fallback folder. */
export function inProjectOutDir(outDir: string): string {
  const abs = resolve(outDir);
  return abs.startsWith(PROJECT + sep) ? abs : resolve(PROJECT, `.test-dist-tmp-${randomBytes(4).toString('hex')}`);
}

export interface BuildOptions {
  outDir: string;
  contentDir?: string;
  cacheDir?: string;
}

/** Runs `astro build`; resolves with the wall time in ms, rejects with the build output on failure. */
export async function buildSite(opts: BuildOptions): Promise<number> {
  const started = Date.now();
  const target = resolve(opts.outDir);
  const buildDir = inProjectOutDir(target);
  try {
    await runAstroBuild({ ...opts, outDir: buildDir, cacheDir: opts.cacheDir ?? `${target}-cache` });
    if (buildDir !== target) {
      await rm(target, { recursive: true, force: true });
      await cp(buildDir, target, { recursive: true });
    }
  } finally {
    if (buildDir !== target) await rm(buildDir, { recursive: true, force: true });
  }
  return Date.now() - started;
}

function runAstroBuild(opts: BuildOptions): Promise<void> {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    OUT_DIR: resolve(opts.outDir),
    CACHE_DIR: resolve(opts.cacheDir ?? `${opts.outDir}-cache`),
    ...(opts.contentDir ? { CONTENT_DIR: resolve(opts.contentDir) } : {}),
  };
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [resolve(PROJECT, 'node_modules/astro/astro.js'), 'build'], {
      env,
      cwd: PROJECT,
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) =>
      code === 0 ? ok() : fail(new Error(`astro build failed (${code}):\n${log.slice(-4000)}`)),
    );
  });
}
