/**
 * RSS 0.9x/1.0/2.0 and Atom through rss-parser's `parseString` (never `parseURL`: we do the
 * HTTP ourselves). xml2js/sax never resolve external entities (XXE-safe). The subclass guards
 * the two places where rss-parser throws on odd input (an unparseable Atom date; a <link>
 * without attributes) and keeps xml:base, which rss-parser drops.
 */
import Parser from 'rss-parser';
import { load } from 'cheerio';
import { textOf, type RawFeed, type RawItem } from './raw-feed.ts';

type XmlNode = Record<string, unknown> & { $?: Record<string, string> };
type RssItem = Record<string, unknown>;

const ITEM_FIELDS = [
  ['source', 'sourceName'],
  ['guid', 'guidRaw', { keepArray: true }],
  ['published', 'publishedRaw'],
  ['updated', 'updatedRaw'],
  ['atom:link', 'atomLinks', { keepArray: true }],
  ['a10:link', 'a10Links', { keepArray: true }],
];

const callParent = <T>(name: string, self: unknown, arg: unknown): T =>
  (Parser.prototype as unknown as Record<string, (a: unknown) => T>)[name]!.call(self, arg);

class SafeParser extends Parser<Record<string, unknown>, RssItem> {
  buildRSS2(xmlObj: { rss: XmlNode }): Record<string, unknown> {
    if (!Array.isArray(xmlObj.rss?.channel)) throw new Error('<rss> has no <channel>');
    return callParent('buildRSS2', this, xmlObj);
  }

  buildRSS0_9(xmlObj: { rss: XmlNode }): Record<string, unknown> {
    if (!Array.isArray(xmlObj.rss?.channel)) throw new Error('<rss> has no <channel>');
    return callParent('buildRSS0_9', this, xmlObj);
  }

  buildRSS1(xmlObj: { 'rdf:RDF': XmlNode }): Record<string, unknown> {
    if (!Array.isArray(xmlObj['rdf:RDF']?.channel)) throw new Error('<rdf:RDF> has no <channel>');
    return callParent('buildRSS1', this, xmlObj);
  }

  buildAtomFeed(xmlObj: { feed: XmlNode }): Record<string, unknown> {
    const feed = callParent<Record<string, unknown>>('buildAtomFeed', this, xmlObj);
    const attrs = xmlObj.feed.$ ?? {};
    return { ...feed, xmlBase: attrs['xml:base'], language: attrs['xml:lang'] };
  }

  parseItemAtom(entry: XmlNode): RssItem {
    const links = (Array.isArray(entry.link) ? entry.link : []).filter(
      (l: XmlNode) => l && typeof l === 'object' && l.$?.href,
    );
    const safe = { ...entry, link: links, published: undefined, updated: undefined };
    const item = callParent<RssItem>('parseItemAtom', this, safe);
    const alternate = links.find((l: XmlNode) => (l.$?.rel ?? 'alternate') === 'alternate') ?? links[0];
    return {
      ...item,
      // Atom 0.3 names them issued and modified.
      publishedRaw: textOf(entry.published) ?? textOf(entry.issued),
      updatedRaw: textOf(entry.updated) ?? textOf(entry.modified),
      xmlBase: alternate?.$?.['xml:base'] ?? entry.$?.['xml:base'],
    };
  }
}

/**
 * A parser per document: rss-parser keeps one xml2js parser, and after a document with several
 * errors (an XXE feed) its error flag stays set, so the next document's errors were ignored.
 */
const newParser = () => new SafeParser({ defaultRSS: 2, customFields: { item: ITEM_FIELDS as never } });

/**
 * Parses RSS or Atom text; rejects with rss-parser's / sax's own error. A document that fails
 * strict parsing is retried once after `repairXml` (as Miniflux reads XML with HTML entities
 * and lenient ampersands); well-formed documents are never altered.
 */
export async function parseXmlFeed(text: string): Promise<RawFeed> {
  let out: Record<string, unknown> & { items?: RssItem[] };
  const parser = newParser();
  try {
    out = (await parser.parseString(text)) as typeof out;
  } catch (err) {
    const repaired = repairXml(text);
    if (repaired === text || /has no <channel>|not recognized/i.test((err as Error).message)) throw err;
    out = (await newParser()
      .parseString(repaired)
      .catch(() => Promise.reject(err))) as typeof out;
  }
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

/**
 * Two common breakages: a bare `&` (in URLs: `?a=1&b=2`) becomes `&amp;`, and HTML named
 * entities (`&nbsp;`, `&mdash;`), undefined in XML, become numeric references. Unknown names
 * are left alone, so an undeclared entity still fails and nothing is ever resolved externally.
 */
export function repairXml(text: string): string {
  return text
    .replace(/&(?!(?:[A-Za-z][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)/g, '&amp;')
    .replace(/&([A-Za-z][A-Za-z0-9]*);/g, (whole, name: string) => htmlEntity(name) ?? whole);
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const entityCache = new Map<string, string | undefined>();

function htmlEntity(name: string): string | undefined {
  if (XML_ENTITIES.has(name)) return undefined;
  if (!entityCache.has(name)) {
    const decoded = load(`&${name};`, null, false).root().text();
    const cps = Array.from(decoded);
    entityCache.set(
      name,
      decoded !== `&${name};` && cps.length <= 2 ? cps.map((c) => `&#${c.codePointAt(0)};`).join('') : undefined,
    );
  }
  return entityCache.get(name);
}

/** RSS items may carry `<atom:link href>` (or `<a10:link>`) instead of a plain <link>. */
function atomLinkOf(it: RssItem): string | undefined {
  const links = [
    ...(Array.isArray(it.atomLinks) ? it.atomLinks : []),
    ...(Array.isArray(it.a10Links) ? it.a10Links : []),
  ] as XmlNode[];
  const alt = links.find((l) => l?.$?.href && (l.$.rel ?? 'alternate') === 'alternate');
  return alt?.$?.href;
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
    link: textOf(it.link) ?? atomLinkOf(it),
    // An Atom id is an IRI, not a link; an http(s) id is nearly always the permalink, though.
    ...(atomId !== undefined ? { guid: atomId, guidIsPermaLink: /^https?:\/\//i.test(atomId.trim()) } : rssGuid),
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
