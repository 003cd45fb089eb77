/**
 * Sources: a citation (where a fact comes from), and `content/sources.yaml`, the feeds and
 * watched pages the ingester reads.
 */
import { z } from 'astro/zod';
import { SURFACES, httpUrl, id, isoDate, languageTag, nonEmpty } from './fields.ts';

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
    language: languageTag.optional(),
    /** The id of the entry in `sources.yaml` that found it (machine-found sources only). */
    via: id.optional(),
  })
  .strict();

/** Fetch politeness settings; every value has a built-in default. */
export const fetchDefaultsSchema = z
  .object({
    /** The User-Agent every request sends: who we are and where to read about us. */
    user_agent: nonEmpty.default('ai-access-watch/1.0 (+https://github.com/ai-access-watch/ai-access-watch)'),
    /** How long one request may take, in milliseconds. */
    timeout_ms: z.number().int().positive().default(20000),
    /** The largest response body read; a larger one fails the check. */
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
    /** Unique, kebab-case; becomes `via` and `origin: feed:<id>`. */
    id,
    /** `feed` (RSS, Atom, JSON Feed) or `page` (a watched page). */
    kind: z.enum(['feed', 'page']).default('feed'),
    /** Where to fetch it. */
    url: httpUrl,
    /** Its display name (the publisher of its items); the feed's own title when absent. */
    name: z.string().trim().min(1).optional(),
    /** Language hint (en, zh, …); wins over the feed's own. */
    language: languageTag.optional(),
    /** Free-form tags (news, official, …). */
    tags: z.array(nonEmpty).default([]),
    /** Pre-filter for high-volume feeds: an item must mention one of these. */
    keywords: z.array(nonEmpty).optional(),
    /** false: kept in the file but not fetched. */
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
    /** Fetch politeness settings for every source. */
    defaults: fetchDefaultsSchema.default({}),
    /** The feeds and watched pages. */
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

export type Source = z.infer<typeof sourceSchema>;
export type SourceConfig = z.infer<typeof sourceConfigSchema>;
export type SourcesFile = z.infer<typeof sourcesFileSchema>;
export type FetchDefaults = z.infer<typeof fetchDefaultsSchema>;
