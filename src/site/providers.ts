/**
 * The provider comparison table's cells, computed from provider data: free-token amounts as
 * numbers for sorting, the latest offer deadline, availability counts.
 */
import type { Availability, Incentive, ProviderData, Surface } from '../model/schema/index.ts';

const UNITS: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  b: 1e9,
  bn: 1e9,
  万: 1e4,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
};

/** "50 million tokens" → 50000000, "1.5M" → 1500000, "1亿" → 100000000; undefined when no amount. */
export function tokenAmount(text: string | undefined): number | undefined {
  const m = text
    ?.replace(/,/g, '')
    .match(/(\d+(?:\.\d+)?)\s*(thousand|million|billion|bn|mn|[kmb](?![a-z])|千万|百万|万|亿)?/i);
  if (!m) return undefined;
  return Number(m[1]) * (m[2] ? UNITS[m[2].toLowerCase()] : 1);
}

/** Incentives that state a free-token amount, largest first. */
export function tokenOffers(incentives: Incentive[]): Incentive[] {
  return incentives
    .filter((i) => i.free_tokens)
    .sort((a, b) => (tokenAmount(b.free_tokens) ?? 0) - (tokenAmount(a.free_tokens) ?? 0));
}

/** The latest stated end date among the incentives, if any. */
export function latestDeadline(incentives: Incentive[]): Incentive | undefined {
  return incentives.filter((i) => i.ends).sort((a, b) => b.ends!.localeCompare(a.ends!))[0];
}

/** Incentives newest first. */
export function incentivesNewestFirst(incentives: Incentive[]): Incentive[] {
  return [...incentives].sort((a, b) => b.announced.localeCompare(a.announced) || a.title.localeCompare(b.title));
}

export interface AvailabilitySummary {
  available: string[];
  limited: string[];
  notSupported: string[];
  blocked: string[];
}

/** Region codes per availability status for one surface, each list sorted. */
export function summarizeAvailability(availability: Availability[], surface: Surface): AvailabilitySummary {
  const pick = (status: Availability['status']) =>
    availability
      .filter((a) => a.surface === surface && a.status === status)
      .map((a) => a.region)
      .sort();
  return {
    available: pick('available'),
    limited: pick('limited'),
    notSupported: pick('not-supported'),
    blocked: pick('blocked'),
  };
}

/** The provider's model names, in file order. */
export function modelNames(p: ProviderData): string[] {
  return p.models.map((m) => m.name);
}
