/**
 * The building blocks of the schema: enums, limits and field types that events, providers and
 * the sources configuration share. Writers (ingest normalize and write, the page watcher, the
 * classifier, the site) import the limits and enums from here instead of repeating them.
 */
import { z } from 'astro/zod';
import { isRegionCode } from '../regions/regions.ts';

/** What kind of event: a provider cutting access, access restored, an offer, a rule, a regulator acting, availability news, a report. */
export const EVENT_TYPES = [
  'restriction',
  'lifting',
  'incentive',
  'policy',
  'enforcement',
  'availability',
  'report',
] as const;
/** `published` (curated or confirmed), `candidate` (machine-proposed, unreviewed), `rejected`. */
export const EVENT_STATUSES = ['published', 'candidate', 'rejected'] as const;
/**
 * Where a surface stands in a region: `available` (on the provider's list, or stated),
 * `limited` (open to some users only), `not-supported` (absent from the provider's own list),
 * `blocked` (a stated block of the place or of traffic from it), `unknown` (nothing known).
 */
export const AVAILABILITY_STATUSES = ['available', 'limited', 'not-supported', 'blocked', 'unknown'] as const;
/** How much of a provider's own list could be read: all of it, or only a part. */
export const LIST_COVERAGE = ['complete', 'partial'] as const;
/** Whether a provider's API accepts OpenAI's client libraries. */
export const COMPATIBILITY = ['yes', 'partial', 'no', 'unknown'] as const;
/** How exact a date is: the day, only the month (the 1st stands for it), or roughly. */
export const DATE_PRECISIONS = ['day', 'month', 'approximate'] as const;
/** Which access an event or an availability entry concerns. */
export const SURFACES = ['api', 'app', 'cloud', 'hardware'] as const;

/** The longest event title (and `title_zh`), in characters: one line. */
export const TITLE_MAX = 200;
/** The longest event summary (and `summary_zh`), in characters: one to three sentences. */
export const SUMMARY_MAX = 1200;
/**
 * The longest summary the ingester writes for a machine-proposed event: a feed's first sentences
 * are enough to judge it by, and a curator writes the real summary (at most SUMMARY_MAX).
 */
export const CANDIDATE_SUMMARY_MAX = 600;
/** A language tag: a BCP 47 primary subtag (en, zh, yue) and optional subtags (zh-Hant, en-GB). */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/;

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

/** A string with something in it besides whitespace. */
export const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** The primary language subtag of a feed's or OPML's tag ("en-US", "zh_CN" → "en", "zh"), when it looks like one. */
export function primaryLanguage(raw: string | undefined): string | undefined {
  const primary = raw?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && LANGUAGE_PATTERN.test(primary) ? primary : undefined;
}

/** A language tag (LANGUAGE_PATTERN). */
export const languageTag = z.string().regex(LANGUAGE_PATTERN);

export type EventType = (typeof EVENT_TYPES)[number];
export type Surface = (typeof SURFACES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];
