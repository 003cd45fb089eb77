/** Reads the freshness facts once per build: the latest review day in the content, and whether any source was fetched. */
import { contentDir } from '../model/content-dir.ts';
import { loadHealth } from '../model/state/health.ts';
import { getProviders } from './collections.ts';
import { anySourceFetched, lastReviewed } from './freshness.ts';

export interface SiteFreshness {
  /** YYYY-MM-DD, or undefined when no provider list was ever checked. */
  reviewed?: string;
  /** A source has been fetched at least once (state/health.json records a success). */
  fetched: boolean;
}

let cached: Promise<SiteFreshness> | undefined;

export function siteFreshness(): Promise<SiteFreshness> {
  const load = async () => ({
    reviewed: lastReviewed(await getProviders()),
    fetched: anySourceFetched(await loadHealth(contentDir())),
  });
  if (!import.meta.env.PROD) return load();
  cached ??= load();
  return cached;
}
