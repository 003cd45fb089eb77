/** An event in words, for feed items: type, dates, providers, regions, then the summary. */
import type { EventData } from '../model/schema/index.ts';
import { regionName } from '../model/regions/regions.ts';
import { formatDate, TYPE_LABELS } from './format.ts';

export function describeEvent(d: EventData, providerNames: Record<string, string>): string {
  const parts = [`${TYPE_LABELS[d.type]}, announced ${formatDate(d.date, d.date_precision)}`];
  if (d.effective) parts[0] += `, effective ${formatDate(d.effective)}`;
  if (d.providers.length) parts.push(`Providers: ${d.providers.map((p) => providerNames[p] ?? p).join(', ')}`);
  if (d.regions.length) parts.push(`Regions: ${d.regions.map((r) => regionName(r)).join(', ')}`);
  return `${parts.join('. ')}. ${d.summary}`;
}
