/**
 * The search index of a content folder, built with plain Node (no Astro): for unit tests and
 * the bench, which need the same index the site would serve.
 */
import { loadContent } from '../model/store.ts';
import { regionName } from '../model/regions/regions.ts';
import { buildSearchIndex, buildSearchIndexZh } from './build-index.ts';
import { addChineseTitles, createEngine, type SearchEngine } from './engine.ts';
import type { SearchIndexFile, SearchIndexZhFile } from './index-format.ts';

export async function indexFilesOfContentDir(root: string): Promise<{ main: SearchIndexFile; zh: SearchIndexZhFile }> {
  const { events, providers, problems } = await loadContent(root);
  if (problems.length)
    throw new Error(
      `${root}: invalid content: ${problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('; ')}`,
    );
  events.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  providers.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  return { main: buildSearchIndex({ events, providers, regionName }), zh: buildSearchIndexZh({ events, providers }) };
}

export async function indexContentDir(root: string): Promise<SearchIndexFile> {
  return (await indexFilesOfContentDir(root)).main;
}

/** The engine a page would have once both files are loaded (or only the main one: `zh` false). */
export async function engineOfContentDir(root: string, zh = true): Promise<SearchEngine> {
  const files = await indexFilesOfContentDir(root);
  const engine = createEngine(files.main);
  if (zh) addChineseTitles(engine, files.zh);
  return engine;
}
