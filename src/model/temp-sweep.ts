/**
 * Housekeeping at the start of a locked run: temp files that `writeFileAtomic` left behind when
 * a run was killed between writing and renaming. Only names matching its pattern are removed,
 * and only by the lock holder, so no live writer's temp file can be taken.
 */
import { readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ATOMIC_TEMP_NAME } from './atomic-write.ts';

/** Removes stale atomic-write temp files below `root`; returns their paths relative to it. */
export async function removeStaleTemps(root: string): Promise<string[]> {
  const removed: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const items = await readdir(dir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return [];
      throw err;
    });
    for (const it of items) {
      const path = join(dir, it.name);
      if (it.isDirectory()) await walk(path);
      else if (it.isFile() && ATOMIC_TEMP_NAME.test(it.name)) {
        await rm(path, { force: true });
        removed.push(relative(root, path));
      }
    }
  };
  await walk(root);
  return removed.sort();
}
