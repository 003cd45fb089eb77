/** The two programs an update runs, each as a child process with its output passed through. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: both programs run from there, whatever the caller's folder. */
const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface IngestFlags {
  content: string;
  sources?: string;
  only?: string;
  dryRun?: boolean;
  /** Where the ingest writes its JSON report. */
  report: string;
}

/** `node` arguments that run `script`: TypeScript through tsx, JavaScript as it is. */
const nodeArgs = (script: string) => (/\.[cm]?ts$/.test(script) ? ['--import', 'tsx', script] : [script]);

/**
 * Runs `node …args` with stdout/stderr passed through; resolves the exit code (1 when killed).
 * Should this process exit first (SIGTERM), the child is stopped before the content lock is
 * released (the handler goes first among the exit handlers), so it never writes unlocked.
 */
function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { cwd: REPO, env, stdio: ['ignore', 'inherit', 'inherit'] });
    const stop = () => child.kill('SIGTERM');
    process.prependListener('exit', stop);
    child.on('error', fail);
    child.on('close', (code) => {
      process.off('exit', stop);
      ok(code ?? 1);
    });
  });
}

/**
 * `node --import tsx scripts/ingest.ts` with the update's flags. `script` names another script
 * (.ts through tsx, .js/.mjs as is) with the same command line (tests pass a stand-in).
 */
export function runIngest(
  flags: IngestFlags,
  env: NodeJS.ProcessEnv = process.env,
  ingestScript = 'scripts/ingest.ts',
): Promise<number> {
  const script = resolve(REPO, ingestScript);
  if (!existsSync(script)) throw new Error(`update: the ingest script ${script} does not exist`);
  const args = ['--content', flags.content, '--report', flags.report];
  if (flags.sources) args.push('--sources', flags.sources);
  if (flags.only) args.push('--only', flags.only);
  if (flags.dryRun) args.push('--dry-run');
  return runNode([...nodeArgs(script), ...args], env);
}

/**
 * The build's heap cap. Left alone, V8 lets the heap of a 10,000-event build grow to about 2.7 GB
 * on a roomy machine; what the build really holds fits in 1.5 GB (peak RSS 1.4 GB in `npm run bench
 * -- site`), so the cap keeps it under the 2 GB budget at a few percent more build time. The same
 * flag is in package.json's `build` script; raise both for much larger content.
 */
export const BUILD_HEAP = '--max-old-space-size=1536';

/**
 * `astro build` over the content folder (CONTENT_DIR), into OUT_DIR when set, else dist/.
 * `script` names a script run instead (tests pass a stand-in).
 */
export function runBuild(content: string, env: NodeJS.ProcessEnv = process.env, script?: string): Promise<number> {
  const buildEnv = { ...env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
  if (script) return runNode(nodeArgs(resolve(REPO, script)), buildEnv);
  return runNode([BUILD_HEAP, resolve(REPO, 'node_modules/astro/astro.js'), 'build'], buildEnv);
}
