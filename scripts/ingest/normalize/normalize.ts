/**
 * Stage 3, normalize: the one adapter from the wire shape (RawFeed) to our Candidate.
 * Plain text only, absolute canonical http(s) links only, a real date or the item is skipped
 * and counted (never dated "now"). The findX helpers hold the fallbacks in a stated order.
 */
import type { Candidate } from '../types.ts';
import type { RawFeed, RawItem } from '../parse/raw-feed.ts';
import { canonicalUrl, toHttpUrl } from './links.ts';
import { parseFeedDate } from './dates.ts';
import { toPlainText } from './plain-text.ts';
import { CANDIDATE_SUMMARY_MAX, TITLE_MAX, primaryLanguage } from '../../../src/model/schema/index.ts';

/** A title made from the summary when the item has none (RSS allows title-less items). */
const DERIVED_TITLE_MAX = 120;

export type SkipReason = 'no-date' | 'no-link' | 'no-title' | 'bad-link';

export interface NormalizeContext {
  sourceId: string;
  /** The URL the feed was fetched from (after redirects): the last base for relative links. */
  feedUrl: string;
  /** The source's display name; the feed's own title is used when absent. */
  publisher?: string;
  /** Language hint from the source config; wins over the feed's. */
  language?: string;
}

export interface NormalizeResult {
  candidates: Candidate[];
  skipped: { reason: SkipReason; title?: string }[];
}

export function normalizeFeed(raw: RawFeed, ctx: NormalizeContext): NormalizeResult {
  const result: NormalizeResult = { candidates: [], skipped: [] };
  const feedPublisher = ctx.publisher ?? (toPlainText(raw.title, TITLE_MAX) || hostOf(ctx.feedUrl));
  const language = primaryLanguage(ctx.language ?? raw.language);
  for (const item of raw.items) {
    const out = normalizeItem(item, raw, ctx, feedPublisher, language);
    if ('reason' in out) result.skipped.push(out);
    else result.candidates.push(out);
  }
  return result;
}

function normalizeItem(
  item: RawItem,
  feed: RawFeed,
  ctx: NormalizeContext,
  feedPublisher: string,
  language: string | undefined,
): Candidate | { reason: SkipReason; title?: string } {
  const summary = toPlainText(item.summary ?? item.content, CANDIDATE_SUMMARY_MAX);
  const publisher = toPlainText(item.sourceName, TITLE_MAX) || feedPublisher;
  const title = findTitle(item, summary, publisher);
  const label = title ? { title } : {};
  const link = findLink(item);
  if (!link) return { reason: 'no-link', ...label };
  const url = toHttpUrl(link, [item.xmlBase, feed.xmlBase, ctx.feedUrl]);
  if (!url) return { reason: 'bad-link', ...label };
  const published = findDate(item);
  if (!published) return { reason: 'no-date', ...label };
  if (!title) return { reason: 'no-title' };
  return {
    title,
    summary,
    url: canonicalUrl(url),
    published,
    publisher,
    ...(language && { language }),
    sourceId: ctx.sourceId,
  };
}

/**
 * The item's title as plain text; without one, the start of the summary. Google News appends
 * " - Publisher" to every title; that suffix is dropped when it repeats the <source>.
 */
export function findTitle(item: RawItem, summary: string, publisher: string): string {
  let title = toPlainText(item.title, TITLE_MAX);
  if (item.sourceName && title.endsWith(` - ${publisher}`) && title.length > publisher.length + 3) {
    title = title.slice(0, -(publisher.length + 3)).trimEnd();
  }
  return title || toPlainText(summary, DERIVED_TITLE_MAX);
}

/** link → JSON Feed external_url → guid when it is a permalink (RSS 2.0 `isPermaLink`, default true). */
export function findLink(item: RawItem): string | undefined {
  const candidates = [item.link, item.externalUrl, item.guidIsPermaLink ? item.guid : undefined];
  return candidates.map((c) => c?.trim()).find((c) => !!c);
}

/**
 * pubDate → dc:date → Atom/JSON published → updated, each read by our own parser; rss-parser's
 * isoDate (built with `new Date()`, which reads zone-less dates in the machine's zone) only last.
 */
export function findDate(item: RawItem): string | undefined {
  for (const raw of [item.pubDate, item.dcDate, item.published, item.updated, item.isoDate]) {
    const day = parseFeedDate(raw);
    if (day) return day;
  }
  return undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url; // feedUrl is validated by fetch; a bad one still names the publisher
  }
}
