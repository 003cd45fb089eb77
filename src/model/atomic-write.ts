import { mkdir, readFile, rename, writeFile, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * The name of a temp file `writeFileAtomic` writes before its rename: `.<name>.<12 hex>.tmp`.
 * A run killed mid-write leaves one; `removeStaleTemps` (temp-sweep.ts) clears them under the lock.
 */
export const ATOMIC_TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Writes `text` to `path` atomically (temp file in the same folder, fsync'd, then rename),
 * and only when the bytes differ. Returns true when the file changed.
 * A reader never sees a half-written file, and a killed process leaves at most a `.tmp` file
 * that no loader reads (they only read `.md`, `.yaml` and `.json`) and git ignores.
 */
export async function writeFileAtomic(path: string, text: string): Promise<boolean> {
  const old = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (old === text) return false;
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, text, { encoding: 'utf8', flush: true });
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  return true;
}
