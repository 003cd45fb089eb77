/**
 * Updates the `availability` and `availability_lists` blocks of a curated provider file and
 * nothing else, with the model's one frontmatter editor: the YAML block of each key is replaced
 * (a missing one is added after the block before it, else at the end of the frontmatter); every
 * other byte of the file, comments and body included, stays as it was. The result is validated
 * before it is returned.
 */
import { Document, isMap, isSeq } from 'yaml';
import { editFrontmatter, parseMarkdown } from '../../src/model/frontmatter.ts';
import { providerSchema } from '../../src/model/schema/index.ts';
import { availabilityDuplicates } from '../../src/model/validate.ts';
import { applyList, applyListRecord, daysBetween, withoutChecked, type Entry, type ListReading } from './list-apply.ts';
import { isDeepStrictEqual } from 'node:util';

function validate(next: string, file: string): void {
  const check = providerSchema.safeParse(parseMarkdown(next).data);
  if (!check.success) {
    const issue = check.error.issues[0]!;
    throw new Error(`${file}: availability update would be invalid: ${issue.path.join('.')}: ${issue.message}`);
  }
  const dup = availabilityDuplicates(check.data)[0];
  if (dup) throw new Error(`${file}: availability update would be invalid: ${dup.field}: ${dup.message}`);
}

/**
 * The YAML of one top-level list in house style (block style, no folding). The source of a
 * list-derived entry (it has `checked`) and of a service region is written on one line: a
 * complete list makes some 250 entries, all citing the same page.
 */
export function blockYaml(key: string, entries: Entry[]): string {
  const doc = new Document({ [key]: entries }, { version: '1.2', aliasDuplicateObjects: false });
  const seq = doc.get(key);
  if (isSeq(seq)) {
    for (const item of seq.items) {
      if (!isMap(item) || !(key === 'service_regions' || item.has('checked'))) continue;
      const source = item.get('source');
      if (isMap(source)) source.flow = true;
    }
  }
  return doc.toString({ lineWidth: 0 });
}

/**
 * Where a key missing from the file goes: right after the block written before it, else at the
 * end of the frontmatter (the order given to `editFrontmatter`).
 */
function placement(existing: string[], keys: string[]): string[] {
  const order = [...existing];
  let after: string | undefined;
  for (const key of keys) {
    if (!order.includes(key)) order.splice(after === undefined ? order.length : order.indexOf(after) + 1, 0, key);
    after = key;
  }
  return order;
}

/** The file's text with the given top-level list keys replaced; throws naming what is wrong. */
export function replaceBlocks(text: string, blocks: Record<string, Entry[]>, file = 'provider file'): string {
  const keys = Object.keys(blocks);
  const render = Object.fromEntries(keys.map((k) => [k, (value: unknown) => blockYaml(k, value as Entry[])]));
  let next: string;
  try {
    next = editFrontmatter(text, { set: blocks, render }, placement(Object.keys(parseMarkdown(text).data), keys));
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`);
  }
  validate(next, file);
  return next;
}

function listOf(data: Record<string, unknown>, key: string): Entry[] {
  return Array.isArray(data[key]) ? (data[key] as Entry[]) : [];
}

export interface ReadingOptions {
  /**
   * A reading that changes nothing but `checked` days is written only when the surface's list
   * was last recorded this many days before or earlier (0: always). Keeps a 12-hourly watcher
   * from rewriting ~250 lines of a provider file on every run.
   */
  refreshDays: number;
}

/** The provider file after a reading of its own list, or undefined when it need not be rewritten. */
export function applyReadingToText(
  text: string,
  reading: ListReading,
  opts: ReadingOptions,
  file = 'provider file',
): string | undefined {
  const data = parseMarkdown(text).data;
  const entries = listOf(data, 'availability');
  const lists = listOf(data, 'availability_lists');
  const nextEntries = applyList(entries, reading);
  const nextLists = applyListRecord(lists, reading);
  const onlyChecked =
    isDeepStrictEqual(withoutChecked(entries), withoutChecked(nextEntries)) &&
    isDeepStrictEqual(withoutChecked(lists), withoutChecked(nextLists));
  const last = lists.find((l) => l.surface === reading.surface)?.checked;
  if (onlyChecked && typeof last === 'string' && daysBetween(last, reading.checked) < Math.max(opts.refreshDays, 1))
    return undefined;
  return replaceBlocks(text, { availability: nextEntries, availability_lists: nextLists }, file);
}
