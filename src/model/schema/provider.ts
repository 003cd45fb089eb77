/** A provider: who it is, its models, offers, vendor claims and availability. */
import { z } from 'astro/zod';
import { COMPATIBILITY, DATE_PRECISIONS, httpUrl, isoDate, nonEmpty, regionCode } from './fields.ts';
import { availabilityListSchema, availabilitySchema, serviceRegionSchema } from './availability.ts';
import { sourceSchema } from './sources.ts';

/** A vendor's claim about its own model, always shown as claimed, never as measured. */
export const benchmarkClaimSchema = z.object({ claim: nonEmpty, source: sourceSchema }).strict();

/** An offer to win users (free tokens, migration help). */
export const incentiveSchema = z
  .object({
    /** The offer's name, in our words. */
    title: nonEmpty,
    /** When it was announced. */
    announced: isoDate,
    /** How exact `announced` is (DATE_PRECISIONS). */
    announced_precision: z.enum(DATE_PRECISIONS).default('day'),
    /** When the offer ends, if stated. */
    ends: isoDate.optional(),
    /** What is offered, in our words. */
    offer: nonEmpty,
    /** The free-token amount as the source states it ("50 million tokens"). */
    free_tokens: z.string().trim().min(1).optional(),
    /** Who qualifies, as the source states it. */
    eligibility: z.string().trim().min(1).optional(),
    /** Where the offer is stated. */
    source: sourceSchema,
  })
  .strict();

/** An AI provider. */
export const providerSchema = z
  .object({
    /** The provider's name as it writes it. */
    name: nonEmpty,
    /** Chinese name, where it has one. */
    name_zh: z.string().trim().min(1).optional(),
    /** The profile's description (the Markdown body) in Simplified Chinese, plain text, in our own words. */
    description_zh: z.string().trim().min(1).max(2000).optional(),
    /** Every spelling the classifier should match, English and Chinese. */
    aliases: z.array(nonEmpty).default([]),
    /** Headquarters, ISO code. */
    hq: regionCode,
    /** Its home page. */
    website: httpUrl,
    /** Its API documentation. */
    api_docs: httpUrl.optional(),
    /** Whether its API accepts OpenAI's client libraries (yes, partial, no, unknown), with a note and a source. */
    openai_compatible: z
      .object({
        status: z.preprocess((v) => (v === true ? 'yes' : v === false ? 'no' : v), z.enum(COMPATIBILITY)),
        note: z.string().trim().min(1).optional(),
        source: sourceSchema.optional(),
      })
      .strict(),
    /** Its models, each with optional notes. */
    models: z.array(z.object({ name: nonEmpty, notes: z.string().trim().min(1).optional() }).strict()).default([]),
    /** Offers to win users (free tokens, migration help). */
    incentives: z.array(incentiveSchema).default([]),
    /** Its own claims about its models, always shown as vendor-claimed. */
    benchmark_claims: z.array(benchmarkClaimSchema).default([]),
    /** Where each surface is available, one entry per region and surface (a missing entry is unknown). */
    availability: z.array(availabilitySchema).default([]),
    /** The provider's own availability lists, one per surface; without one, unknown means no list was found. */
    availability_lists: z.array(availabilityListSchema).default([]),
    /** Data-centre or service regions (where data is processed), not a list of user countries. */
    service_regions: z.array(serviceRegionSchema).default([]),
    /** Sources for the profile itself (name, headquarters, models). */
    sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  })
  .strict();

export type ProviderData = z.infer<typeof providerSchema>;
export type Incentive = z.infer<typeof incentiveSchema>;
