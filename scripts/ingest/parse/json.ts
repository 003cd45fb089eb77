/** JSON Feed 1 and 1.1 (https://jsonfeed.org/version/1.1) to the raw feed shape. */
import { IngestError } from '../fetch/errors.ts';
import type { RawFeed, RawItem } from './raw-feed.ts';

type Json = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Parses a JSON Feed; 'parse' for broken JSON, 'not-feed' for JSON that is not a JSON Feed. */
export function parseJsonFeed(text: string): RawFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new IngestError('parse', `not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  const feed = doc as Json;
  if (
    !feed ||
    typeof feed !== 'object' ||
    !/^https?:\/\/jsonfeed\.org\/version\/1(?:\.1)?$/.test(str(feed.version) ?? '')
  ) {
    throw new IngestError('not-feed', 'JSON without a JSON Feed version (https://jsonfeed.org/version/1 or 1.1)');
  }
  const items = Array.isArray(feed.items) ? feed.items : [];
  return {
    format: 'json',
    title: str(feed.title),
    link: str(feed.home_page_url),
    language: str(feed.language),
    items: items.filter((i): i is Json => !!i && typeof i === 'object').map(toRawItem),
  };
}

function toRawItem(i: Json): RawItem {
  const id = i.id === undefined ? undefined : String(i.id);
  const item: RawItem = {
    title: str(i.title),
    link: str(i.url),
    externalUrl: str(i.external_url),
    guid: id,
    guidIsPermaLink: false,
    published: str(i.date_published),
    updated: str(i.date_modified),
    summary: str(i.summary) ?? str(i.content_text) ?? str(i.content_html),
    content: str(i.content_html) ?? str(i.content_text),
  };
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as RawItem;
}
