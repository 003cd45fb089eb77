/**
 * Event files as text: the frontmatter of a new candidate event from feed items, and appending
 * sources to an existing file without touching anything else in it (the model's editor and key
 * order, src/model/frontmatter.ts and event-file.ts). Pure functions; write.ts does the I/O.
 */
import { editFrontmatter } from '../../../src/model/frontmatter.ts';
import { EVENT_KEY_ORDER } from '../../../src/model/event-file.ts';
import { CANDIDATE_SUMMARY_MAX, TITLE_MAX, primaryLanguage, type Source } from '../../../src/model/schema/index.ts';
import { truncate } from '../../../src/model/text.ts';
import type { ClassifiedCandidate } from '../types.ts';
import { inferSurfaces } from '../classify/surfaces.ts';
import { toSimplified } from '../classify/chinese.ts';
import { UNVETTED_TAG } from '../../../src/model/source-policy-tags.ts';

/** At most three sentences (English or Chinese punctuation), at most CANDIDATE_SUMMARY_MAX characters. */
export function shortSummary(text: string): string {
  const sentences = text.match(/[^.!?。！？]+[.!?。！？]*/g) ?? [];
  return truncate(sentences.slice(0, 3).join('').trim(), CANDIDATE_SUMMARY_MAX);
}

/** A candidate as a source entry of an event. */
export function toSource(c: ClassifiedCandidate): Source {
  const language = primaryLanguage(c.language);
  return {
    url: c.url,
    title: truncate(c.title, TITLE_MAX),
    publisher: c.publisher,
    published: c.published,
    ...(language ? { language } : {}),
    via: c.sourceId,
  };
}

const HAN = /\p{Script=Han}/u;

/**
 * The event's `title_zh` when the story came from a Chinese-language source (language zh, zh-TW…)
 * whose headline is in Chinese: that source's own headline, traditional characters converted to
 * simplified (OpenCC), cut at TITLE_MAX. The first such candidate's, in the order given.
 */
export function chineseTitle(candidates: ClassifiedCandidate[]): string | undefined {
  const zh = candidates.find((c) => primaryLanguage(c.language) === 'zh' && HAN.test(c.title));
  return zh ? truncate(toSimplified(zh.title), TITLE_MAX) : undefined;
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
  const titleZh = chineseTitle(candidates);
  return {
    title: truncate(first.title, TITLE_MAX),
    ...(titleZh ? { title_zh: titleZh } : {}),
    date: first.published,
    ...(first.effective && first.effective >= first.published ? { effective: first.effective } : {}),
    type: first.type,
    surfaces: first.surfaces?.length ? first.surfaces : inferSurfaces(`${first.title} ${first.summary}`),
    status: 'candidate',
    providers: first.providers,
    regions: first.regions,
    ...(first.models.length ? { models: first.models } : {}),
    ...(tags.length ? { tags } : {}),
    summary: shortSummary(first.summary) || truncate(first.title, TITLE_MAX),
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
