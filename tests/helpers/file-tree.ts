/** Every file below a folder, for tests that compare trees or search a built site. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Relative paths (with `/`) of every file below `dir`, sorted; top-level folders in `skip` left out. */
export async function listFiles(dir: string, skip: string[] = []): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const it of await readdir(d, { withFileTypes: true })) {
      const p = join(d, it.name);
      const rel = relative(dir, p).split(sep).join('/');
      if (it.isDirectory()) {
        if (!skip.includes(rel)) await walk(p);
      } else out.push(rel);
    }
  };
  await walk(dir);
  return out.sort();
}

/** Relative path → SHA-256 of the file's bytes. */
export async function hashTree(dir: string, skip: string[] = []): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const rel of await listFiles(dir, skip))
    hashes[rel] = createHash('sha256')
      .update(await readFile(join(dir, rel)))
      .digest('hex');
  return hashes;
}

/** Relative path → text of every file whose name ends with one of `extensions`. */
export async function readTextTree(dir: string, extensions: string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const rel of await listFiles(dir)) {
    if (extensions.some((ext) => rel.endsWith(ext))) texts.set(rel, await readFile(join(dir, rel), 'utf8'));
  }
  return texts;
}
