/**
 * Event files as text: the frontmatter of a new candidate event from feed items, and appending
 * sources to an existing file without touching anything else in it (the model's editor and key
 * order, src/model/frontmatter.ts and event-file.ts). Pure functions; write.ts does the I/O.
 */
import { editFrontmatter } from '../../../src/model/frontmatter.ts';
import { EVENT_KEY_ORDER } from '../../../src/model/event-file.ts';
import type { Source } from '../../../src/model/schema/index.ts';
import type { ClassifiedCandidate } from '../types.ts';
import { inferSurfaces } from '../classify/surfaces.ts';
import { UNVETTED_TAG } from '../../../src/model/source-policy-tags.ts';

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 600;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/;

/** Cut at a word boundary with an ellipsis when longer than `max`. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** At most three sentences (English or Chinese punctuation), at most SUMMARY_MAX characters. */
export function shortSummary(text: string): string {
  const sentences = text.match(/[^.!?。！？]+[.!?。！？]*/g) ?? [];
  return clip(sentences.slice(0, 3).join('').trim(), SUMMARY_MAX);
}

/** A candidate as a source entry of an event. */
export function toSource(c: ClassifiedCandidate): Source {
  const language = c.language?.toLowerCase().split('-')[0];
  return {
    url: c.url,
    title: clip(c.title, TITLE_MAX),
    publisher: c.publisher,
    published: c.published,
    ...(language && LANGUAGE.test(language) ? { language } : {}),
    via: c.sourceId,
  };
}

/** Tags of a new candidate event: `unvetted-source` when any of its sources is not primary or established. */
export function candidateTags(candidates: ClassifiedCandidate[]): string[] {
  const unvetted = candidates.some(
    (c) => c.sourceClass !== undefined && c.sourceClass !== 'primary' && c.sourceClass !== 'established',
  );
  return unvetted ? [UNVETTED_TAG] : [];
}

/**
 * Frontmatter of a new candidate event opened by `first`, cited by every candidate given;
 * `likelySameAs` names the known event a curator should consider merging it into.
 */
export function candidateEventData(candidates: ClassifiedCandidate[], likelySameAs?: string): Record<string, unknown> {
  const first = candidates[0]!;
  const sources = [...new Map(candidates.map((c) => [c.url, toSource(c)])).values()];
  const tags = candidateTags(candidates);
  return {
    title: clip(first.title, TITLE_MAX),
    date: first.published,
    ...(first.effective && first.effective >= first.published ? { effective: first.effective } : {}),
    type: first.type,
    surfaces: first.surfaces?.length ? first.surfaces : inferSurfaces(`${first.title} ${first.summary}`),
    status: 'candidate',
    providers: first.providers,
    regions: first.regions,
    ...(first.models.length ? { models: first.models } : {}),
    ...(tags.length ? { tags } : {}),
    summary: shortSummary(first.summary) || clip(first.title, TITLE_MAX),
    sources,
    origin: `feed:${first.sourceId}`,
    matched_terms: first.matched,
    ...(likelySameAs ? { likely_same_as: likelySameAs } : {}),
  };
}

/**
 * `text` with `sources` appended to its `sources:` block list; every other byte is kept.
 * Throws when the file has no block-style `sources:` list (e.g. a flow list `[…]`) or when the
 * result would not parse back to the same data plus the new sources.
 */
export function appendSources(text: string, sources: Source[]): string {
  return editFrontmatter(text, { append: { sources }, appendToBlockOnly: true }, EVENT_KEY_ORDER);
}
