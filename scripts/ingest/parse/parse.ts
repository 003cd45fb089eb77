/**
 * Stage 2, parse: text to a RawFeed. Dispatches on what the text is, not on what the server
 * said: JSON Feed by JSON.parse, RSS/Atom by rss-parser, HTML (a landing page, a challenge
 * page) refused as 'not-feed' or 'blocked'.
 */
import { IngestError, looksBlocked, toIngestError } from '../fetch/errors.ts';
import { parseJsonFeed } from './json.ts';
import { parseXmlFeed } from './xml.ts';
import type { RawFeed } from './raw-feed.ts';

export type { RawFeed, RawItem } from './raw-feed.ts';

/** Comments, processing instructions and a doctype that may precede the root element. */
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>)*/i;

/** Parses a feed document; rejects only with an IngestError ('parse', 'not-feed', 'blocked'). */
export async function parseFeed(text: string): Promise<RawFeed> {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body === '') throw new IngestError('parse', 'the body is empty');
  if (body.startsWith('{')) return parseJsonFeed(body);
  const root = rootElement(body);
  if (root === 'html' || root === 'body' || root === 'head') {
    if (looksBlocked(body)) throw new IngestError('blocked', 'got a challenge or region-block page instead of a feed');
    throw new IngestError('not-feed', 'got an HTML page instead of a feed');
  }
  if (!root) throw new IngestError('parse', 'no XML root element found');
  try {
    return await parseXmlFeed(body);
  } catch (err) {
    if (/not recognized as RSS/i.test((err as Error)?.message ?? '')) {
      throw new IngestError('not-feed', `XML whose root <${root}> is not RSS, RDF or Atom`, { cause: err });
    }
    throw toIngestError(err, 'parse', 'malformed feed');
  }
}

/** The local name of the first element, lower-cased; undefined when there is none. */
export function rootElement(text: string): string | undefined {
  const rest = text.slice(PROLOG.exec(text)?.[0].length ?? 0);
  const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(rest);
  return m?.[2]?.toLowerCase();
}
