/** Fetches the index file and builds the engine; errors name the URL and what went wrong. */
import { createEngine, type SearchEngine } from './engine.ts';
import { INDEX_VERSION, type SearchIndexFile } from './index-format.ts';
import { href } from '../site/urls.ts';

export const INDEX_PATH = 'search/index.json';

export async function loadEngine(): Promise<SearchEngine> {
  const url = href(INDEX_PATH);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`search index ${url}: HTTP ${res.status}`);
  const file = (await res.json()) as SearchIndexFile;
  if (file.v !== INDEX_VERSION) throw new Error(`search index ${url}: version ${file.v}, expected ${INDEX_VERSION}`);
  return createEngine(file);
}
