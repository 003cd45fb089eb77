/**
 * The one contract: zod schemas for events, providers and the sources configuration.
 * Used by `src/content.config.ts` (the site) and by every script that reads or writes
 * `content/` (check, ingest, review), so a file the site would reject never lands.
 * Imports only `astro/zod`, so plain Node (tsx) can load it.
 */
import { z } from 'astro/zod';
import { isRegionCode } from '../regions/regions.ts';

export const EVENT_TYPES = [
  'restriction',
  'lifting',
  'incentive',
  'policy',
  'enforcement',
  'availability',
  'report',
] as const;
export const EVENT_STATUSES = ['published', 'candidate', 'rejected'] as const;
/**
 * Where a surface stands in a region: `available` (on the provider's list, or stated),
 * `limited` (open to some users only), `not-supported` (absent from the provider's own list),
 * `blocked` (a stated block of the place or of traffic from it), `unknown` (nothing known).
 */
export const AVAILABILITY_STATUSES = ['available', 'limited', 'not-supported', 'blocked', 'unknown'] as const;
/** How much of a provider's own list could be read: all of it, or only a part. */
export const LIST_COVERAGE = ['complete', 'partial'] as const;
export const COMPATIBILITY = ['yes', 'partial', 'no', 'unknown'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'approximate'] as const;
/** Which access an event or an availability entry concerns. */
export const SURFACES = ['api', 'app', 'cloud', 'hardware'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A YAML date may arrive as a Date (unquoted) or a string; both become `YYYY-MM-DD`. */
function toIsoDateString(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}

/** True when `s` is `YYYY-MM-DD` and names a real calendar day. */
export function isRealDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A calendar day, `YYYY-MM-DD`. */
export const isoDate = z.preprocess(
  toIsoDateString,
  z.string().refine(isRealDate, { message: 'must be a real date written YYYY-MM-DD' }),
);

/** An absolute http(s) URL; anything else (javascript:, data:, relative) is refused. */
export const httpUrl = z.string().refine(
  (s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
    } catch {
      return false;
    }
  },
  { message: 'must be an absolute http(s) URL' },
);

/** A kebab-case identifier: provider ids, source ids. */
export const id = z.string().regex(ID, 'must be kebab-case: lowercase letters, digits and single hyphens');

/** ISO 3166-1 alpha-2 code, or `EU`, or `global`. */
export const regionCode = z
  .string()
  .refine(isRegionCode, { message: 'must be an ISO 3166-1 alpha-2 code (upper case), EU or global' });

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** Where a fact comes from. */
export const sourceSchema = z
  .object({
    /** The page that supports the fact. */
    url: httpUrl,
    /** The page's real headline, in its own language; absent when unknown, never composed by us. */
    title: nonEmpty.optional(),
    /** Who published it: the outlet, provider or government body. */
    publisher: nonEmpty,
    /** When the URL is a copy (syndication, mirror): the outlet whose report it copies. */
    copy_of: nonEmpty.optional(),
    /** When the source itself was published, if known. */
    published: isoDate.optional(),
    /** Its language (BCP 47 primary tag: en, zh, …). */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/)
      .optional(),
    /** The id of the entry in `sources.yaml` that found it (machine-found sources only). */
    via: id.optional(),
  })
  .strict();

/** One dated event: a block, a lifting, an offer, a law, a report… */
export const eventSchema = z
  .object({
    /** One line, in our own words. */
    title: nonEmpty.max(200),
    /** The title in Simplified Chinese, in our own words (or a Chinese source's own headline). */
    title_zh: nonEmpty.max(200).optional(),
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
    summary: nonEmpty.max(1200),
    /** The summary in Simplified Chinese, in our own words (natural Chinese, not word for word). */
    summary_zh: nonEmpty.max(1200).optional(),
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

/** A vendor's claim about its own model, always shown as claimed, never as measured. */
export const benchmarkClaimSchema = z.object({ claim: nonEmpty, source: sourceSchema }).strict();

/** An offer to win users (free tokens, migration help). */
export const incentiveSchema = z
  .object({
    title: nonEmpty,
    announced: isoDate,
    announced_precision: z.enum(DATE_PRECISIONS).default('day'),
    /** When the offer ends, if stated. */
    ends: isoDate.optional(),
    /** What is offered, in our words. */
    offer: nonEmpty,
    /** The free-token amount as the source states it ("50 million tokens"). */
    free_tokens: z.string().trim().min(1).optional(),
    eligibility: z.string().trim().min(1).optional(),
    source: sourceSchema,
  })
  .strict();

/** Whether a provider serves a region through one surface. */
export const availabilitySchema = z
  .object({
    region: regionCode,
    /** Which access: the developer API, the consumer app, a cloud platform, hardware. */
    surface: z.enum(SURFACES),
    status: z.enum(AVAILABILITY_STATUSES),
    /** Since when this holds, if known. */
    since: isoDate.optional(),
    since_precision: z.enum(DATE_PRECISIONS).default('day'),
    /** The day the provider's own list was last read; set on every entry derived from that list. */
    checked: isoDate.optional(),
    note: z.string().trim().min(1).optional(),
    source: sourceSchema,
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.status === 'not-supported' && !a.checked) {
      ctx.addIssue({
        code: 'custom',
        path: ['checked'],
        message: "not-supported means absent from the provider's own list: give the day the list was read (checked)",
      });
    }
  });

/** A provider's own list of the places a surface may be used from. */
export const availabilityListSchema = z
  .object({
    surface: z.enum(SURFACES),
    /** The list page. */
    url: httpUrl,
    /** The page's real title, if known. */
    title: nonEmpty.optional(),
    /** `complete`: every place not on it is not supported; `partial`: only part of it could be read. */
    coverage: z.enum(LIST_COVERAGE),
    /** The day it was last read. */
    checked: isoDate,
  })
  .strict();

/** A data-centre or service region: where requests are processed, not where users may be. */
export const serviceRegionSchema = z
  .object({
    /** The region as the provider names it ("East Asia", "China (Hong Kong)"). */
    name: nonEmpty,
    /** The country it sits in. */
    country: regionCode,
    surface: z.enum(SURFACES),
    note: z.string().trim().min(1).optional(),
    source: sourceSchema,
  })
  .strict();

/** An AI provider. */
export const providerSchema = z
  .object({
    name: nonEmpty,
    /** Chinese name, where it has one. */
    name_zh: z.string().trim().min(1).optional(),
    /** The profile's description (the Markdown body) in Simplified Chinese, plain text, in our own words. */
    description_zh: z.string().trim().min(1).max(2000).optional(),
    /** Every spelling the classifier should match, English and Chinese. */
    aliases: z.array(nonEmpty).default([]),
    /** Headquarters, ISO code. */
    hq: regionCode,
    website: httpUrl,
    api_docs: httpUrl.optional(),
    openai_compatible: z
      .object({
        status: z.preprocess((v) => (v === true ? 'yes' : v === false ? 'no' : v), z.enum(COMPATIBILITY)),
        note: z.string().trim().min(1).optional(),
        source: sourceSchema.optional(),
      })
      .strict(),
    models: z.array(z.object({ name: nonEmpty, notes: z.string().trim().min(1).optional() }).strict()).default([]),
    incentives: z.array(incentiveSchema).default([]),
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

/** Fetch politeness settings; every value has a built-in default. */
export const fetchDefaultsSchema = z
  .object({
    user_agent: nonEmpty.default('ai-access-watch/1.0 (+https://github.com/ai-access-watch/ai-access-watch)'),
    timeout_ms: z.number().int().positive().default(20000),
    max_bytes: z
      .number()
      .int()
      .positive()
      .default(15 * 1024 * 1024),
    /** Do not fetch the same source again sooner than this. */
    min_interval_minutes: z.number().int().nonnegative().default(0),
    /** How many sources are fetched at once. */
    concurrency: z.number().int().positive().default(8),
    /** Fetch private-network and loopback addresses too (local test servers, an intranet); never metadata or link-local ones. */
    allow_private_addresses: z.boolean().default(false),
  })
  .strict();

/** One feed or watched page. */
export const sourceConfigSchema = z
  .object({
    id,
    kind: z.enum(['feed', 'page']).default('feed'),
    url: httpUrl,
    name: z.string().trim().min(1).optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/)
      .optional(),
    tags: z.array(nonEmpty).default([]),
    /** Pre-filter for high-volume feeds: an item must mention one of these. */
    keywords: z.array(nonEmpty).optional(),
    enabled: z.boolean().default(true),
    /** Minutes between two checks of this source; overrides the default (feeds: `min_interval_minutes`, pages: 12 h). */
    interval_minutes: z.number().int().positive().optional(),
    /** Watched pages: the provider whose availability the page states. */
    provider: id.optional(),
    /** Watched pages: how to extract the list. */
    extract: z.union([z.object({ selector: nonEmpty }).strict(), z.object({ pattern: nonEmpty }).strict()]).optional(),
    /** Watched pages: fewer items than this is a failed check, not a change. */
    expect_min: z.number().int().positive().optional(),
    /** Watched pages: what the list holds: region names (default; availability) or offer rows (incentives). */
    list: z.enum(['regions', 'offers']).optional(),
    /** Watched region lists: which surface the list states (default api). */
    surface: z.enum(SURFACES).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.kind === 'page') {
      if (!s.provider) ctx.addIssue({ code: 'custom', path: ['provider'], message: 'a page source needs a provider' });
      if (!s.extract)
        ctx.addIssue({
          code: 'custom',
          path: ['extract'],
          message: 'a page source needs extract: {selector} or {pattern}',
        });
    }
    const problem = s.extract && 'pattern' in s.extract ? patternProblem(s.extract.pattern) : undefined;
    if (problem) ctx.addIssue({ code: 'custom', path: ['extract', 'pattern'], message: problem });
  });

/** Why a watched page's line pattern would not compile (with the `u` flag extract.ts uses), or undefined. */
function patternProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
    return undefined;
  } catch (err) {
    return `not a valid regular expression: ${(err as Error).message}`;
  }
}

/** `content/sources.yaml`. */
export const sourcesFileSchema = z
  .object({
    defaults: fetchDefaultsSchema.default({}),
    sources: z.array(sourceConfigSchema),
  })
  .strict()
  .superRefine((file, ctx) => {
    // ids name state entries, `via` and `origin: feed:<id>`: two sources must never share one
    const first = new Map<string, number>();
    file.sources.forEach((s, i) => {
      const prior = first.get(s.id);
      if (prior === undefined) first.set(s.id, i);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['sources', i, 'id'],
          message: `duplicate id "${s.id}": also used by sources[${prior}]`,
        });
    });
  });

export type EventType = (typeof EVENT_TYPES)[number];
export type Surface = (typeof SURFACES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type Source = z.infer<typeof sourceSchema>;
export type EventData = z.infer<typeof eventSchema>;
export type ProviderData = z.infer<typeof providerSchema>;
export type Incentive = z.infer<typeof incentiveSchema>;
export type Availability = z.infer<typeof availabilitySchema>;
export type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];
export type AvailabilityList = z.infer<typeof availabilityListSchema>;
export type ServiceRegion = z.infer<typeof serviceRegionSchema>;
export type SourceConfig = z.infer<typeof sourceConfigSchema>;
export type SourcesFile = z.infer<typeof sourcesFileSchema>;
export type FetchDefaults = z.infer<typeof fetchDefaultsSchema>;
