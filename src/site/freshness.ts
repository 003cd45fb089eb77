/**
 * How fresh the data is, for the footer and the navigation: the latest day a provider's own list
 * was read (`checked`), taken from the content, never the build's clock; and whether the ingester
 * has ever fetched a source (only then do the newswire and the source status earn a place in the
 * main navigation).
 */
import type { ProviderData } from '../model/schema/index.ts';
import type { SourceHealth } from '../model/state/health.ts';

/** The latest `checked` day (YYYY-MM-DD) over every provider's availability entries and lists, if any. */
export function lastReviewed(
  providers: readonly { data: Pick<ProviderData, 'availability' | 'availability_lists'> }[],
) {
  let latest: string | undefined;
  for (const { data } of providers) {
    for (const item of [...data.availability, ...data.availability_lists]) {
      if (item.checked && (!latest || item.checked > latest)) latest = item.checked;
    }
  }
  return latest;
}

/** True when at least one source has been fetched successfully. */
export function anySourceFetched(health: Record<string, SourceHealth>): boolean {
  return Object.values(health).some((h) => typeof h?.lastSuccess === 'string' && h.lastSuccess !== '');
}
