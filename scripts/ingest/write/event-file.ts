/**
 * Event files as text: the frontmatter of a new candidate event, and appending sources to an
 * existing file without touching anything else in it. Pure functions; write.ts does the I/O.
 */
import { parseMarkdown, serializeMarkdown, stringifyYaml } from '../../../src/model/frontmatter.ts';
import type { Source } from '../../../src/model/schema/index.ts';
import type { ClassifiedCandidate } from '../types.ts';
import { inferSurfaces } from '../classify/surfaces.ts';
import { UNVETTED_TAG } from '../../../src/model/source-policy-tags.ts';

/** The key order of event frontmatter written by the ingester. */
export const EVENT_KEY_ORDER = [
  'title',
  'title_zh',
  'date',
  'date_precision',
  'effective',
  'type',
  'surfaces',
  'status',
  'providers',
  'regions',
  'models',
  'tags',
  'summary',
  'summary_zh',
  'sources',
  'origin',
  'matched_terms',
  'likely_same_as',
] as const;

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

/** The text of a new event file. */
export function renderEvent(data: Record<string, unknown>): string {
  return serializeMarkdown({ data, body: '' }, EVENT_KEY_ORDER);
}

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$)[\s\S]*)$/;
const TOP_LEVEL_KEY = /^[^\s#-][^:]*:(?:\s|$)/;

/**
 * `text` with `sources` appended to its `sources:` block list; every other byte is kept.
 * Throws when the file has no block-style `sources:` list (e.g. a flow list `[…]`) or when the
 * result would not parse back to the same data plus the new sources.
 */
export function appendSources(text: string, sources: Source[]): string {
  const m = FRONTMATTER.exec(text);
  if (!m) throw new Error('no frontmatter to append sources to');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = m[2]!.split(/\r?\n/);
  const start = lines.findIndex((l) => /^sources:\s*(?:#.*)?$/.test(l));
  if (start < 0)
    throw new Error('sources is not a block list ("sources:" then "- url: …" lines); add the source by hand');
  let end = lines.findIndex((l, i) => i > start && TOP_LEVEL_KEY.test(l));
  if (end < 0) end = lines.length;
  while (end > start + 1 && !/^\s*-?\s*\S/.test(lines[end - 1]!.replace(/^\s*#.*$/, ''))) end--;
  const indent = /^(\s*)-/.exec(lines[start + 1] ?? '')?.[1] ?? '  ';
  const added = stringifyYaml(sources)
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => indent + l);
  lines.splice(end, 0, ...added);
  const out = m[1]! + lines.join(eol) + m[3]!;
  verifyAppend(text, out, sources);
  return out;
}

function verifyAppend(before: string, after: string, sources: Source[]): void {
  const old = parseMarkdown(before);
  const next = parseMarkdown(after);
  const expected = { ...old.data, sources: [...(old.data.sources as unknown[]), ...sources] };
  if (JSON.stringify(next.data) !== JSON.stringify(expected) || next.body !== old.body) {
    throw new Error('appending sources would change more than the sources list; add them by hand');
  }
}
