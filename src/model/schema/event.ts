/** An event: one dated block, lifting, offer, law or report, with its sources. */
import { z } from 'astro/zod';
import {
  DATE_PRECISIONS,
  EVENT_STATUSES,
  EVENT_TYPES,
  SUMMARY_MAX,
  SURFACES,
  TITLE_MAX,
  id,
  isoDate,
  nonEmpty,
  regionCode,
} from './fields.ts';
import { sourceSchema } from './sources.ts';

/** One dated event: a block, a lifting, an offer, a law, a report… */
export const eventSchema = z
  .object({
    /** One line, in our own words. */
    title: nonEmpty.max(TITLE_MAX),
    /** The title in Simplified Chinese, in our own words (or a Chinese source's own headline). */
    title_zh: nonEmpty.max(TITLE_MAX).optional(),
    /** When it was announced or first reported. */
    date: isoDate,
    /** `month` when the day is unknown (then `date` holds the 1st of that month); `approximate` when the day is only roughly known. */
    date_precision: z.enum(DATE_PRECISIONS).default('day'),
    /** When it takes effect (a block, a deadline, a law). */
    effective: isoDate.optional(),
    /** Why `effective` is earlier than `date` (retroactive, reported late…); required in that case. */
    effective_note: z.string().trim().min(1).optional(),
    /** What kind of event this is. */
    type: z.enum(EVENT_TYPES),
    /** Which access it concerns: a developer API, a consumer app, a cloud platform, chips; policy may name several. */
    surfaces: z.array(z.enum(SURFACES)).min(1, 'name at least one surface: api, app, cloud or hardware'),
    /** `published` (curated or confirmed), `candidate` (machine-proposed) or `rejected`. */
    status: z.enum(EVENT_STATUSES),
    /** Provider ids; each must exist in `content/providers/`. */
    providers: z.array(id).default([]),
    /** Regions concerned. */
    regions: z.array(regionCode).default([]),
    /** Model names concerned. */
    models: z.array(nonEmpty).optional(),
    /** Free-form tags. */
    tags: z.array(nonEmpty).optional(),
    /** 1–3 sentences, plain text. */
    summary: nonEmpty.max(SUMMARY_MAX),
    /** The summary in Simplified Chinese, in our own words (natural Chinese, not word for word). */
    summary_zh: nonEmpty.max(SUMMARY_MAX).optional(),
    /** At least one source. */
    sources: z.array(sourceSchema).min(1, 'needs at least one source'),
    /** `curated`, `feed:<source-id>` or `watch:<source-id>`. */
    origin: z
      .string()
      .regex(
        /^(?:curated|(?:feed|watch):[a-z0-9]+(?:-[a-z0-9]+)*)$/,
        'must be curated, feed:<source-id> or watch:<source-id>',
      ),
    /** For machine-proposed events: the words that made the classifier judge it relevant. */
    matched_terms: z.array(z.string()).optional(),
    /**
     * For machine-proposed events: the id of a known event this is likely the same story as
     * (some but not all signals matched); the review offers to merge it there.
     */
    likely_same_as: id.optional(),
  })
  .strict();

export type EventData = z.infer<typeof eventSchema>;
