/**
 * The source-quality table (`src/data/source-quality.yaml`): how a cited site is treated.
 * A URL's host matches a row when it is the row's domain or a subdomain of it; the longest
 * matching domain wins, so `za.lapresse.it` can be refused while a parent stays unlisted.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';

export const SOURCE_CLASSES = ['primary', 'established', 'advisory', 'refused'] as const;
export type SourceClass = (typeof SOURCE_CLASSES)[number];

export const SOURCE_QUALITY_FILE = new URL('../data/source-quality.yaml', import.meta.url);

const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}$/;

const rowSchema = z
  .object({
    /** A registrable domain or a subdomain, lower case, without `www.`. */
    domain: z.string().regex(DOMAIN, 'must be a lower-case domain such as reuters.com'),
    class: z.enum(SOURCE_CLASSES),
    /** Who the site is, as a reader knows it. */
    name: z.string().trim().min(1),
    /** Why it is classed so, or how to cite it. */
    note: z.string().trim().min(1).optional(),
  })
  .strict();

const tableSchema = z.object({ domains: z.array(rowSchema) }).strict();

export type SourceQualityRow = z.infer<typeof rowSchema>;
/** Rows by domain. */
export type SourceQualityTable = Map<string, SourceQualityRow>;

/** Builds the lookup table from rows; throws naming a domain listed twice. */
export function buildSourceQuality(rows: SourceQualityRow[]): SourceQualityTable {
  const table: SourceQualityTable = new Map();
  for (const row of rows) {
    if (table.has(row.domain)) throw new Error(`source-quality: ${row.domain} is listed twice`);
    table.set(row.domain, row);
  }
  return table;
}

/** Reads and validates the table file; throws naming the file and the bad row. */
export function loadSourceQuality(file: URL | string = SOURCE_QUALITY_FILE): SourceQualityTable {
  const result = tableSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new Error(`${String(file)}: ${issues.join('; ')}`);
  }
  return buildSourceQuality(result.data.domains);
}

/** The host of a URL, lower case, without `www.` and port; '' when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname
      .toLowerCase()
      .replace(/^www\./, '')
      .replace(/\.$/, '');
  } catch {
    return '';
  }
}

/** The row for a URL: its host, else the nearest listed parent domain; undefined when unlisted. */
export function lookupSource(table: SourceQualityTable, url: string): SourceQualityRow | undefined {
  const labels = hostOf(url).split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const row = table.get(labels.slice(i).join('.'));
    if (row) return row;
  }
  return undefined;
}

/** The class of a URL's site, or `unknown` when the table does not list it. */
export function classOfSource(table: SourceQualityTable, url: string): SourceClass | 'unknown' {
  return lookupSource(table, url)?.class ?? 'unknown';
}

/** True for a source that can carry an event alone: the actor's own page or an established outlet. */
export function isVetted(cls: SourceClass | 'unknown'): boolean {
  return cls === 'primary' || cls === 'established';
}
