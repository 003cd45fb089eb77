/**
 * Updates the `availability` list of a curated provider file and nothing else: the YAML block of
 * that one key is replaced (or added before the closing fence); every other byte of the file,
 * comments and body included, stays as it was. The result is validated before it is returned.
 */
import { parseMarkdown, stringifyYaml } from '../../src/lib/frontmatter.ts';
import { providerSchema, type Source } from '../../src/lib/schema.ts';

export interface AvailabilityChange {
  added: string[];
  removed: string[];
  date: string;
  source: Source;
  /** Note on regions that left the list ("No longer listed on …"). */
  removedNote: string;
}

type Entry = Record<string, unknown>;

/** New availability entries: added → available, removed → blocked, both `since` the day seen. */
export function applyChange(entries: Entry[], change: AvailabilityChange): Entry[] {
  const out = entries.map((e) => ({ ...e }));
  const set = (region: string, entry: Entry) => {
    const i = out.findIndex((e) => e.region === region);
    if (i >= 0) out[i] = entry;
    else out.push(entry);
  };
  for (const region of change.added) set(region, { region, status: 'available', since: change.date, source: change.source });
  for (const region of change.removed) {
    set(region, { region, status: 'blocked', since: change.date, note: change.removedNote, source: change.source });
  }
  return out;
}

/** [start, end) line indexes of the top-level `availability:` block, trailing blanks/comments excluded. */
function findBlock(lines: string[], close: number): [number, number] | undefined {
  const start = lines.findIndex((l, i) => i > 0 && i < close && /^availability\s*:/.test(l));
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < close && (/^[\s-]/.test(lines[end]!) || lines[end] === '' || lines[end]!.startsWith('#'))) end++;
  while (end > start + 1 && (lines[end - 1]!.trim() === '' || lines[end - 1]!.startsWith('#'))) end--;
  return [start, end];
}

/** The provider file's text with its availability list changed; throws naming what is wrong. */
export function updateProviderText(text: string, change: AvailabilityChange, file = 'provider file'): string {
  const doc = parseMarkdown(text);
  const current = Array.isArray(doc.data.availability) ? (doc.data.availability as Entry[]) : [];
  const block = stringifyYaml({ availability: applyChange(current, change) }).replace(/\n$/, '').split('\n');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const close = lines.findIndex((l, i) => i > 0 && l === '---');
  if (lines[0]?.replace(/^\uFEFF/, '') !== '---' || close < 0) throw new Error(`${file}: no frontmatter fences`);
  const found = findBlock(lines, close);
  const [start, end] = found ?? [close, close];
  const next = [...lines.slice(0, start), ...block, ...lines.slice(end)].join(eol);
  const check = providerSchema.safeParse(parseMarkdown(next).data);
  if (!check.success) {
    const issue = check.error.issues[0]!;
    throw new Error(`${file}: availability update would be invalid: ${issue.path.join('.')}: ${issue.message}`);
  }
  return next;
}
