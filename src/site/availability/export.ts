/**
 * `/data/availability.json` and `/data/availability.csv`: one row per availability record
 * (provider, region, surface, status, since, checked, source), the facts behind the maps.
 * Inherited cells (EU, global) are not repeated: the record is exported once, for the region it
 * names. Places without a record are unknown and have no row.
 */
import { toCsv } from '../csv.ts';
import { backingEvent, type EventLike, type ProviderLike } from '../../model/availability.ts';
import type { AvailabilityStatus, Surface } from '../../model/schema/index.ts';
import { regionName } from '../../model/regions/regions.ts';

export interface AvailabilityRow {
  provider: string;
  provider_name: string;
  region: string;
  region_name: string;
  /** api, app, cloud or hardware. */
  surface: Surface;
  /** available, limited, not-supported (absent from the provider's own list), blocked (a stated block) or unknown. */
  status: AvailabilityStatus;
  since: string | null;
  since_precision: 'day' | 'month' | 'approximate';
  /** The day the provider's own list was last read (list-derived records), else null. */
  checked: string | null;
  note: string | null;
  source_url: string;
  source_title: string | null;
  source_publisher: string;
  /** Our event page backing the record, absolute, or null. */
  event_url: string | null;
}

export const AVAILABILITY_CSV_HEADER: (keyof AvailabilityRow)[] = [
  'provider',
  'provider_name',
  'region',
  'region_name',
  'surface',
  'status',
  'since',
  'since_precision',
  'checked',
  'note',
  'source_url',
  'source_title',
  'source_publisher',
  'event_url',
];

/** Rows sorted by provider id, surface, then region code. `eventUrl` turns an event id into an absolute URL. */
export function availabilityRows(
  providers: ProviderLike[],
  events: EventLike[],
  eventUrl: (id: string) => string,
): AvailabilityRow[] {
  const rows = providers.flatMap((p) =>
    p.data.availability.map((a): AvailabilityRow => {
      const eventId = backingEvent(p.id, a, events);
      return {
        provider: p.id,
        provider_name: p.data.name,
        region: a.region,
        region_name: regionName(a.region),
        surface: a.surface,
        status: a.status,
        since: a.since ?? null,
        since_precision: a.since_precision,
        checked: a.checked ?? null,
        note: a.note ?? null,
        source_url: a.source.url,
        source_title: a.source.title ?? null,
        source_publisher: a.source.publisher,
        event_url: eventId ? eventUrl(eventId) : null,
      };
    }),
  );
  return rows.sort(
    (a, b) =>
      a.provider.localeCompare(b.provider) || a.surface.localeCompare(b.surface) || a.region.localeCompare(b.region),
  );
}

export function availabilityJson(rows: AvailabilityRow[], generated: string): string {
  return `${JSON.stringify({ generated, count: rows.length, availability: rows }, null, 2)}\n`;
}

export function availabilityCsv(rows: AvailabilityRow[]): string {
  return toCsv(
    AVAILABILITY_CSV_HEADER,
    rows.map((r) => AVAILABILITY_CSV_HEADER.map((k) => r[k])),
  );
}
