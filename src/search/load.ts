/** Fetches the index files and builds the engine; errors name the URL and what went wrong. */
import { addChineseTitles, createEngine, type SearchEngine } from './engine.ts';
import { INDEX_VERSION, type SearchIndexFile, type SearchIndexZhFile } from './index-format.ts';
import { href } from '../site/urls.ts';

export const INDEX_PATH = 'search/index.json';
export const INDEX_ZH_PATH = 'search/index-zh.json';

async function fetchIndex<T extends { v: number }>(path: string): Promise<T> {
  const url = href(path);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`search index ${url}: HTTP ${res.status}`);
  const file = (await res.json()) as T;
  if (file.v !== INDEX_VERSION) throw new Error(`search index ${url}: version ${file.v}, expected ${INDEX_VERSION}`);
  return file;
}

export async function loadEngine(): Promise<SearchEngine> {
  return createEngine(await fetchIndex<SearchIndexFile>(INDEX_PATH));
}

/** Adds the Chinese titles to `engine` (once; later calls share the first download). */
const pending = new WeakMap<SearchEngine, Promise<void>>();
export function loadChinese(engine: SearchEngine): Promise<void> {
  let p = pending.get(engine);
  if (!p) {
    p = fetchIndex<SearchIndexZhFile>(INDEX_ZH_PATH).then((file) => addChineseTitles(engine, file));
    pending.set(engine, p);
  }
  return p;
}
