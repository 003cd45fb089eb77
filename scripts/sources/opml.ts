/**
 * OPML 2.0 (http://opml.org/spec2.opml) in and out: the subscription-list format every feed
 * reader imports and exports. Read with cheerio in XML mode; written by hand, escaped.
 */
import { load } from 'cheerio';
import type { SourceConfig } from '../../src/model/schema/index.ts';

export interface OpmlFeed {
  title: string;
  xmlUrl: string;
  htmlUrl?: string;
  language?: string;
  /** Names of the enclosing folders, outermost first. */
  folders: string[];
}

/** The feed outlines (those with an xmlUrl) of an OPML document; throws naming `file`. */
export function parseOpml(text: string, file: string): OpmlFeed[] {
  const $ = load(text, { xml: true });
  if ($('opml').length === 0) throw new Error(`${file}: not an OPML file (no <opml> root element)`);
  const feeds: OpmlFeed[] = [];
  $('outline').each((_, el) => {
    const node = $(el);
    const xmlUrl = (node.attr('xmlUrl') ?? node.attr('xmlurl') ?? '').trim();
    if (!xmlUrl) return;
    const title = (node.attr('title') ?? node.attr('text') ?? '').trim();
    const htmlUrl = (node.attr('htmlUrl') ?? node.attr('htmlurl'))?.trim();
    const language = node.attr('language')?.trim();
    const folders = node
      .parents('outline')
      .toArray()
      .reverse()
      .map((p) => ($(p).attr('text') ?? $(p).attr('title') ?? '').trim())
      .filter(Boolean);
    feeds.push({ title, xmlUrl, folders, ...(htmlUrl && { htmlUrl }), ...(language && { language }) });
  });
  if (feeds.length === 0) throw new Error(`${file}: no feeds found (no <outline> with an xmlUrl attribute)`);
  return feeds;
}

/** Escapes text for an XML attribute value; drops characters XML 1.0 cannot carry. */
export function escapeXmlAttr(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** The feed sources as an OPML 2.0 document (page sources are not feeds and are left out). */
export function toOpml(sources: SourceConfig[], title = 'AI Access Watch sources'): string {
  const lines = sources
    .filter((s) => s.kind === 'feed')
    .map((s) => {
      const attrs: [string, string | undefined][] = [
        ['type', 'rss'],
        ['text', s.name ?? s.id],
        ['title', s.name ?? s.id],
        ['xmlUrl', s.url],
        ['language', s.language],
        ['category', s.tags.length ? s.tags.map((t) => `/${t}`).join(',') : undefined],
      ];
      const text = attrs
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}="${escapeXmlAttr(v!)}"`)
        .join(' ');
      return `    <outline ${text}/>`;
    });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXmlAttr(title)}</title>`,
    '  </head>',
    '  <body>',
    ...lines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
