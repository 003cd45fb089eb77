/**
 * Where the shared material lives: the real-world corpus (../shared/corpus) and the research
 * notes (../shared/facts). `SHARED_DIR` moves it; the default is ../shared next to the repository.
 * A fork without it still runs every behaviour test (the stage testdata/ fixtures); only the
 * corpus extras skip, each with a notice. `SHARED_DIR=/nonexistent npx vitest run --project unit`
 * shows which.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** The shared folder, absolute. */
export const SHARED_DIR = resolve(REPO, process.env.SHARED_DIR || '../shared');

/** A path inside the shared folder. */
export const sharedPath = (...parts: string[]): string => join(SHARED_DIR, ...parts);

/** Whether `path` (inside the shared folder) exists; warns once under `label` when it does not. */
export function sharedPresent(path: string, label: string): boolean {
  const present = existsSync(path);
  if (!present) console.warn(`[${label}] ${path} is absent (SHARED_DIR=${SHARED_DIR}): corpus extras skipped`);
  return present;
}
