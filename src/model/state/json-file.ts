/** Reading the ingester's JSON state files (content/state/*.json, the possible queue). */
import { readFile } from 'node:fs/promises';

/** The parsed JSON of `path`, or undefined when the file does not exist; a broken one is an error naming it. */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`${path}: not valid JSON: ${(err as Error).message}`);
  }
}
