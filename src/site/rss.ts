/** RSS 2.0 documents for the outbound feeds (site-wide, per provider, per region). Text only, escaped. */
import { escapeXml } from './xml.ts';

export interface RssItem {
  title: string;
  /** Absolute URL. */
  link: string;
  /** Stable id; defaults to the link. */
  guid?: string;
  /** YYYY-MM-DD or a Date. */
  date: string | Date;
  /** Plain text; escaped here, never HTML. */
  description: string;
  categories?: string[];
}

export interface RssChannel {
  title: string;
  /** Absolute URL of the page the feed describes. */
  link: string;
  /** Absolute URL of the feed itself. */
  self: string;
  description: string;
  items: RssItem[];
  /** The feed's language (RSS `<language>`): `en` by default, `zh-Hans` for the Chinese feeds. */
  language?: string;
}

const toRfc822 = (d: string | Date) => (typeof d === 'string' ? new Date(`${d}T00:00:00Z`) : d).toUTCString();

function renderItem(item: RssItem): string {
  const cats = (item.categories ?? []).map((c) => `<category>${escapeXml(c)}</category>`).join('');
  return [
    '<item>',
    `<title>${escapeXml(item.title)}</title>`,
    `<link>${escapeXml(item.link)}</link>`,
    `<guid isPermaLink="${item.guid ? 'false' : 'true'}">${escapeXml(item.guid ?? item.link)}</guid>`,
    `<pubDate>${toRfc822(item.date)}</pubDate>`,
    `<description>${escapeXml(item.description)}</description>`,
    cats,
    '</item>',
  ].join('');
}

/** A complete RSS 2.0 document. */
export function renderRss(channel: RssChannel): string {
  const latest = channel.items[0]?.date;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(channel.link)}</link>`,
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(channel.description)}</description>`,
    `<language>${escapeXml(channel.language ?? 'en')}</language>`,
    latest ? `<lastBuildDate>${toRfc822(latest)}</lastBuildDate>` : '',
    ...channel.items.map(renderItem),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** An HTTP response carrying an RSS document. */
export function rssResponse(channel: RssChannel): Response {
  return new Response(renderRss(channel), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
