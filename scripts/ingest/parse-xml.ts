/**
 * RSS 0.9x/1.0/2.0 and Atom through rss-parser's `parseString` (never `parseURL`: we do the
 * HTTP ourselves). xml2js/sax never resolve external entities (XXE-safe). The subclass guards
 * the two places where rss-parser throws on odd input (an unparseable Atom date; a <link>
 * without attributes) and keeps xml:base, which rss-parser drops.
 */
import Parser from 'rss-parser';
import { textOf, type RawFeed, type RawItem } from './raw-feed.ts';

type XmlNode = Record<string, unknown> & { $?: Record<string, string> };
type RssItem = Record<string, unknown>;

const ITEM_FIELDS = [
  ['source', 'sourceName'],
  ['guid', 'guidRaw', { keepArray: true }],
  ['published', 'publishedRaw'],
  ['updated', 'updatedRaw'],
];

class SafeParser extends Parser<Record<string, unknown>, RssItem> {
  buildAtomFeed(xmlObj: { feed: XmlNode }): Record<string, unknown> {
    const feed = (Parser.prototype as unknown as { buildAtomFeed: (o: unknown) => Record<string, unknown> }).buildAtomFeed.call(this, xmlObj);
    const attrs = xmlObj.feed.$ ?? {};
    return { ...feed, xmlBase: attrs['xml:base'], language: attrs['xml:lang'] };
  }

  parseItemAtom(entry: XmlNode): RssItem {
    const links = (Array.isArray(entry.link) ? entry.link : []).filter((l: XmlNode) => l && typeof l === 'object' && l.$?.href);
    const safe = { ...entry, link: links, published: undefined, updated: undefined };
    const item = (Parser.prototype as unknown as { parseItemAtom: (e: unknown) => RssItem }).parseItemAtom.call(this, safe);
    const alternate = links.find((l: XmlNode) => (l.$?.rel ?? 'alternate') === 'alternate') ?? links[0];
    return {
      ...item,
      publishedRaw: textOf(entry.published),
      updatedRaw: textOf(entry.updated),
      xmlBase: alternate?.$?.['xml:base'] ?? entry.$?.['xml:base'],
    };
  }
}

const parser = new SafeParser({ defaultRSS: 2, customFields: { item: ITEM_FIELDS as never } });

/** Parses RSS or Atom text; rejects with rss-parser's / sax's own error. */
export async function parseXmlFeed(text: string): Promise<RawFeed> {
  const out = (await parser.parseString(text)) as unknown as Record<string, unknown> & { items?: RssItem[] };
  const isAtom = /^\s*(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*)*<(?:\w+:)?feed[\s>]/.test(text);
  return {
    format: isAtom ? 'atom' : 'rss',
    title: textOf(out.title),
    link: textOf(out.link),
    language: textOf(out.language),
    xmlBase: textOf(out.xmlBase),
    items: (out.items ?? []).map(toRawItem),
  };
}

function guidOf(raw: unknown): { guid?: string; guidIsPermaLink?: boolean } {
  const node = Array.isArray(raw) ? raw[0] : raw;
  const guid = textOf(node);
  if (guid === undefined) return {};
  const attr = (node as XmlNode | undefined)?.$?.isPermaLink;
  return { guid, guidIsPermaLink: attr === undefined ? true : attr.trim().toLowerCase() !== 'false' };
}

function toRawItem(it: RssItem): RawItem {
  const atomId = textOf(it.id);
  const rssGuid = guidOf(it.guidRaw);
  const item: RawItem = {
    title: textOf(it.title),
    link: textOf(it.link),
    ...(atomId !== undefined ? { guid: atomId, guidIsPermaLink: false } : rssGuid),
    isoDate: textOf(it.isoDate),
    pubDate: textOf(it.pubDate),
    dcDate: textOf(it['dc:date']) ?? textOf(it.date),
    published: textOf(it.publishedRaw),
    updated: textOf(it.updatedRaw),
    summary: textOf(it.summary) ?? textOf(it.content),
    content: textOf(it['content:encoded']) ?? textOf(it.content),
    sourceName: textOf(it.sourceName),
    xmlBase: textOf(it.xmlBase),
  };
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as RawItem;
}
