import { resolve } from 'node:path';

/** The content folder: `--content DIR` wins, then `CONTENT_DIR`, then `content`. */
export function contentDir(flag?: string): string {
  return resolve(flag ?? process.env.CONTENT_DIR ?? 'content');
}
