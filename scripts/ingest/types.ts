/** Plain data passed between the ingest stages. Nothing after normalize sees rss-parser's shapes. */

/** The closed set of failure kinds, classified where they happen (see errors.ts). */
export type { IngestErrorKind } from '../../src/model/state/types.ts';
import type { IngestErrorKind } from '../../src/model/state/types.ts';
import type { EventType } from '../../src/model/schema/index.ts';

/** One item from a feed after normalize: plain text, absolute http(s) links, a real date. */
export interface Candidate {
  /** Plain text, entities decoded, whitespace folded, capped. */
  title: string;
  /** Plain text, may be empty. */
  summary: string;
  /** Canonical absolute http(s) URL (fragment and tracking parameters removed). */
  url: string;
  /** Publication date, YYYY-MM-DD (UTC). */
  published: string;
  /** The feed's publisher name (feed title or source name). */
  publisher: string;
  /** Language hint from the source config or the feed. */
  language?: string;
  /** The id of the source in sources.yaml. */
  sourceId: string;
}

/**
 * What triage decides: `candidate` becomes a candidate event, `possible` waits in the review
 * queue (content/state/possible.json), `discard` is dropped.
 */
export type Outcome = 'candidate' | 'possible' | 'discard';

/** What classify adds to a candidate. */
export interface Classification {
  /** outcome === 'candidate'. */
  relevant: boolean;
  outcome: Outcome;
  /** The model's probability that the item is about AI access (0–1, 3 decimals). */
  score: number;
  /** The words/rules that made it relevant (shown on the newswire). */
  matched: string[];
  type: EventType;
  providers: string[];
  regions: string[];
  models: string[];
  /** YYYY-MM-DD when the text states one. */
  effective?: string;
  /** Which access it concerns, when known (a curator's promotion passes it through); else inferred from the words. */
  surfaces?: ('api' | 'app' | 'cloud' | 'hardware')[];
}

/** How the source-quality table rates the candidate's site (see src/model/source-quality.ts). */
export type SourceVetting = 'primary' | 'established' | 'advisory' | 'refused' | 'unknown';

export type ClassifiedCandidate = Candidate &
  Classification & {
    /** Set by the run from the source-quality table; absent means not rated. */
    sourceClass?: SourceVetting;
  };
