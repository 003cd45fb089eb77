/**
 * The wire shape after parse: a small, typed subset of what RSS, Atom and JSON Feed carry.
 * Every value is the raw text from the feed (not yet stripped, resolved or validated);
 * normalize.ts turns it into Candidates. Nothing after normalize sees this shape.
 */
export interface RawItem {
  title?: string;
  /** RSS <link>, Atom <link rel=alternate href>, JSON Feed url. */
  link?: string;
  /** RSS <guid>, Atom <id>, JSON Feed id. */
  guid?: string;
  /** RSS `isPermaLink` (true unless the attribute says "false"); Atom ids never count as links. */
  guidIsPermaLink?: boolean;
  /** JSON Feed external_url: the page the item is about. */
  externalUrl?: string;
  /** rss-parser's ISO form of pubDate / dc:date (parsed in the machine's zone; last resort). */
  isoDate?: string;
  pubDate?: string;
  dcDate?: string;
  published?: string;
  updated?: string;
  /** RSS <description>, Atom <summary>, JSON Feed summary. HTML or text. */
  summary?: string;
  /** content:encoded, Atom <content>, JSON Feed content_html / content_text. */
  content?: string;
  /** RSS <source> (Google News names the outlet there). */
  sourceName?: string;
  /** xml:base in scope for this item, if any. */
  xmlBase?: string;
}

export interface RawFeed {
  format: 'rss' | 'atom' | 'json';
  title?: string;
  link?: string;
  language?: string;
  xmlBase?: string;
  items: RawItem[];
}

/** A feed value as a string: text nodes may arrive as `{ _: text, $: attrs }` or arrays. */
export function textOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && typeof (value as { _?: unknown })._ === 'string') {
    return (value as { _: string })._;
  }
  return undefined;
}
