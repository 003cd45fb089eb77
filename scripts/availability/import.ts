/**
 * `npm run availability:import -- [--content DIR] [--checked YYYY-MM-DD] FILE...`: applies a
 * provider's own availability list, read by hand into a facts file (the YAML of
 * /work/shared/facts/availability/), to `content/providers/<provider>.md` through the very rule
 * the page watcher uses on its first check (scripts/watch/list-apply.ts). Idempotent.
 *
 * - Listed places become `available`, with the page as source (its real title) and `checked`.
 * - A complete list (`completeness: complete…`): every other ISO country becomes `not-supported`.
 * - A partial list (only part of it could be read): only the places the facts call `absent`
 *   (missing from where they would sort in the readable part) become `not-supported`; places
 *   "not visible" or "not in the readable part" get no entry, so the site shows them unknown.
 * - Stated blocks and limits are never overwritten.
 * - A list of which no part could be read is recorded as a partial list with no entries, so the
 *   site says "beyond the part of the list we could read" rather than "no list".
 * - Data-centre or service regions (`azure_regions`, `service_regions`) go to the provider's
 *   `service_regions`, never to its country availability.
 * `checked` is the day the list was read: the facts file's `checked` field, else `--checked`.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { writeFileAtomic } from '../../src/model/atomic-write.ts';
import { parseMarkdown } from '../../src/model/frontmatter.ts';
import { isoCodes } from '../../src/model/regions/regions.ts';
import { httpUrl, isRealDate, SURFACES, type Source, type Surface } from '../../src/model/schema/index.ts';
import type { Entry, ListReading } from '../watch/list-apply.ts';
import { applyReadingToText, replaceBlocks } from '../watch/provider-file.ts';
import { providerPath } from '../watch/write.ts';

interface Facts {
  provider: string;
  surface: string;
  page_url: string;
  page_title?: string;
  checked?: string;
  completeness?: string;
  countries?: { code: string }[] | null;
  notable_absences?: Record<string, string>;
  azure_regions?: { region: string; datacenter_country: string }[];
  service_regions?: { region: string; datacenter_country: string; deployment_mode?: string }[];
}

function fail(file: string, message: string): never {
  throw new Error(`${file}: ${message}`);
}

/** The facts' surface as ours: their `consumer` is our `app`. */
function surfaceOf(f: Facts, file: string): Surface {
  const s = f.surface === 'consumer' ? 'app' : f.surface;
  if (!(SURFACES as readonly string[]).includes(s))
    fail(file, `surface "${f.surface}" is none of ${SURFACES.join(', ')} (or consumer)`);
  return s as Surface;
}

/** A page title that is a description of ours in brackets ("(no … page found)") is no title. */
function titleOf(f: Facts): string | undefined {
  const t = f.page_title?.trim();
  return t && !t.startsWith('(') ? t : undefined;
}

function readingOf(f: Facts, file: string, checked: string, publisher: string): ListReading | undefined {
  const listed = (f.countries ?? []).map((c) => c.code);
  // A list of which nothing could be read is still a list (its places are unknown, not "no list");
  // a file with no places and no partial list (data-centre regions, no list found) is not.
  if (listed.length === 0 && !/^partial\b/.test(f.completeness ?? '')) return undefined;
  const complete = /^complete\b/.test(f.completeness ?? '');
  const on = new Set(listed);
  const stated = Object.entries(f.notable_absences ?? {})
    .filter(([, v]) => /^absent\b/.test(v))
    .map(([code]) => code);
  const absent = complete ? isoCodes().filter((c) => !on.has(c)) : stated.filter((c) => !on.has(c));
  const source: Source = { url: f.page_url, title: titleOf(f), publisher };
  if (!source.title) delete source.title;
  return { surface: surfaceOf(f, file), listed, absent, checked, source, coverage: complete ? 'complete' : 'partial' };
}

function serviceRegionsOf(f: Facts, file: string, publisher: string): Entry[] {
  const rows = [...(f.azure_regions ?? []), ...(f.service_regions ?? [])];
  const source: Record<string, string> = titleOf(f)
    ? { url: f.page_url, title: titleOf(f)!, publisher }
    : { url: f.page_url, publisher };
  return rows.map((r) => {
    const entry: Entry = { name: r.region, country: r.datacenter_country, surface: surfaceOf(f, file) };
    if ('deployment_mode' in r && r.deployment_mode) entry.note = `Deployment mode: ${r.deployment_mode}.`;
    return { ...entry, source };
  });
}

/** Imports one facts file into the provider file under `root`; returns a line for the report. */
export async function importFile(file: string, root: string, checkedFlag: string | undefined): Promise<string> {
  const f = parse(await readFile(file, 'utf8')) as Facts;
  if (!f?.provider) fail(file, 'no provider');
  if (!httpUrl.safeParse(f.page_url).success) return `${file}: skipped, no list page (${f.provider})`;
  const checked = f.checked ?? checkedFlag;
  if (!checked || !isRealDate(checked))
    fail(file, 'no `checked` date in the file: pass --checked YYYY-MM-DD, the day the list was read');
  const path = providerPath(root, f.provider);
  let text = await readFile(path, 'utf8').catch(() => fail(file, `no provider file ${path}`));
  const publisher = String(parseMarkdown(text).data.name ?? f.provider);
  const reading = readingOf(f, file, checked, publisher);
  if (reading) text = applyReadingToText(text, reading, { refreshDays: 0 }, path) ?? text;
  const regions = serviceRegionsOf(f, file, publisher);
  if (regions.length) {
    const kept = ((parseMarkdown(text).data.service_regions as Entry[] | undefined) ?? []).filter(
      (r) => (r.source as Source).url !== f.page_url,
    );
    text = replaceBlocks(text, { service_regions: [...kept, ...regions] }, path);
  }
  if (!reading && !regions.length) return `${file}: skipped, the file lists no places (${f.provider})`;
  const changed = await writeFileAtomic(path, text);
  const what = reading
    ? `${reading.listed.length} listed, ${reading.absent.length} not supported (${reading.coverage})`
    : `${regions.length} service regions`;
  return `${file}: ${f.provider} ${changed ? 'updated' : 'unchanged'}: ${what}`;
}
