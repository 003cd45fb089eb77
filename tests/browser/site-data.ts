/** Reads the built site's own exports, so browser tests pick ids from whatever content was built. */
export interface ExportedEvent {
  id: string;
  url: string;
  title: string;
  date: string;
  type: string;
  status: string;
  origin: string;
  providers: string[];
  regions: string[];
  sources: { url: string; title: string; publisher: string }[];
}

export interface SiteData {
  events: ExportedEvent[];
  published: ExportedEvent[];
  providers: { id: string; name: string }[];
}

export async function loadSiteData(base: string): Promise<SiteData> {
  const events = (await (await fetch(`${base}/data/events.json`)).json()).events as ExportedEvent[];
  const providers = (await (await fetch(`${base}/data/providers.json`)).json()).providers;
  return { events, published: events.filter((e) => e.status === 'published'), providers };
}

/** The published event sharing the most providers or regions with other published events. */
export function bestConnectedEvent(published: ExportedEvent[]): ExportedEvent {
  const shared = (a: ExportedEvent, b: ExportedEvent) =>
    a.providers.filter((p) => b.providers.includes(p)).length +
    a.regions.filter((r) => b.regions.includes(r) && r !== 'global').length;
  const score = (e: ExportedEvent) => published.filter((o) => o.id !== e.id && shared(e, o) > 0).length;
  return [...published].sort((a, b) => score(b) - score(a))[0];
}

/** Records in an RFC 4180 CSV document (quoted fields may hold line breaks). */
export function csvRecordCount(csv: string): number {
  let records = 0;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) records++;
  }
  return records;
}
