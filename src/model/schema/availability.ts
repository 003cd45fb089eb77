/** Availability: whether a provider serves a region, its own lists, and its data-centre regions. */
import { z } from 'astro/zod';
import {
  AVAILABILITY_STATUSES,
  DATE_PRECISIONS,
  LIST_COVERAGE,
  SURFACES,
  httpUrl,
  isoDate,
  nonEmpty,
  regionCode,
} from './fields.ts';
import { sourceSchema } from './sources.ts';

/** Whether a provider serves a region through one surface. */
export const availabilitySchema = z
  .object({
    /** The region (ISO code, EU or global). */
    region: regionCode,
    /** Which access: the developer API, the consumer app, a cloud platform, hardware. */
    surface: z.enum(SURFACES),
    /** available, limited, not-supported (absent from the provider's own list) or blocked (a stated block), or unknown. */
    status: z.enum(AVAILABILITY_STATUSES),
    /** Since when this holds, if known. */
    since: isoDate.optional(),
    /** How exact `since` is (DATE_PRECISIONS). */
    since_precision: z.enum(DATE_PRECISIONS).default('day'),
    /** The day the provider's own list was last read; set on every entry derived from that list. */
    checked: isoDate.optional(),
    /** A short remark in our words. */
    note: z.string().trim().min(1).optional(),
    /** Where it is stated. */
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
    /** Which surface the list is for. */
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
    /** Which surface is served from it. */
    surface: z.enum(SURFACES),
    /** A short remark in our words. */
    note: z.string().trim().min(1).optional(),
    /** Where the provider names the region. */
    source: sourceSchema,
  })
  .strict();

export type Availability = z.infer<typeof availabilitySchema>;
export type AvailabilityList = z.infer<typeof availabilityListSchema>;
export type ServiceRegion = z.infer<typeof serviceRegionSchema>;
