/**
 * The search index of a content folder, built with plain Node (no Astro): for unit tests and
 * the bench, which need the same index the site would serve.
 */
import { loadContent } from '../model/store.ts';
import { regionName } from '../model/regions/regions.ts';
import { buildSearchIndex } from './build-index.ts';
import type { SearchIndexFile } from './index-format.ts';

export async function indexContentDir(root: string): Promise<SearchIndexFile> {
  const { events, providers, problems } = await loadContent(root);
  if (problems.length)
    throw new Error(
      `${root}: invalid content: ${problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('; ')}`,
    );
  events.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  providers.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  return buildSearchIndex({ events, providers, regionName });
}
