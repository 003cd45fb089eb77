/**
 * Rules across files, beyond what one file's schema can say: ids unique and equal to file
 * names (enforced by construction: the id *is* the file name), provider ids exist, event files
 * live where their date says, `effective` not before `date` unless explained.
 */
import { relative, basename, dirname } from 'node:path';
import type { ContentProblem, LoadedContent } from './store.ts';
import type { ProviderData } from './schema/index.ts';

const EVENT_FILE = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PROVIDER_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Cross-file problems in loaded content (schema problems are already in `content.problems`). */
export function crossCheck(root: string, content: LoadedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const providerIds = new Set(content.providers.map((p) => p.id));
  const add = (file: string, field: string, message: string) =>
    problems.push({ file: relative(root, file), field, message });

  for (const p of content.providers) {
    if (!PROVIDER_FILE.test(p.id))
      add(p.file, '(file name)', 'provider file names must be kebab-case ids, e.g. zhipu-ai.md');
    for (const d of availabilityDuplicates(p.data)) add(p.file, d.field, d.message);
  }
  const seen = new Map<string, string>();
  for (const e of [...content.events, ...content.providers]) {
    const prior = seen.get(e.id);
    if (prior) add(e.file, '(id)', `id "${e.id}" is also used by ${relative(root, prior)}`);
    seen.set(e.id, e.file);
  }
  for (const e of content.events) {
    const m = EVENT_FILE.exec(e.id);
    if (!m) {
      add(e.file, '(file name)', 'event files are named YYYY-MM-DD-<kebab-slug>.md');
    } else {
      if (m[1] !== e.data.date) add(e.file, 'date', `is ${e.data.date} but the file name starts with ${m[1]}`);
      if (basename(dirname(e.file)) !== e.data.date.slice(0, 4))
        add(e.file, '(folder)', `belongs in events/${e.data.date.slice(0, 4)}/`);
    }
    e.data.providers.forEach((id, i) => {
      if (!providerIds.has(id))
        add(e.file, `providers.${i}`, `unknown provider "${id}": no content/providers/${id}.md`);
    });
    if (e.data.effective && e.data.effective < e.data.date && !e.data.effective_note) {
      add(e.file, 'effective', `${e.data.effective} is before date ${e.data.date}; say why in effective_note`);
    }
    if (e.data.date_precision === 'month' && !e.data.date.endsWith('-01')) {
      add(e.file, 'date', 'with date_precision: month the date is written as the 1st of the month');
    }
  }
  return problems;
}

/** A second availability entry for one (region, surface), a second list for one surface, or a list-derived entry without `checked`. */
export function availabilityDuplicates(
  p: Pick<ProviderData, 'availability' | 'availability_lists'>,
): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  const seen = new Map<string, number>();
  p.availability.forEach((a, i) => {
    const key = `${a.region}|${a.surface}`;
    const prior = seen.get(key);
    if (prior !== undefined)
      out.push({
        field: `availability.${i}`,
        message: `a second entry for ${a.region} (${a.surface}); the first is availability.${prior}`,
      });
    else seen.set(key, i);
  });
  const lists = new Set<string>();
  p.availability_lists.forEach((l, i) => {
    if (lists.has(l.surface))
      out.push({ field: `availability_lists.${i}`, message: `a second list for surface ${l.surface}` });
    lists.add(l.surface);
  });
  // An entry whose source is the provider's own list was derived from it: say when it was read.
  p.availability.forEach((a, i) => {
    const fromList = p.availability_lists.some((l) => l.surface === a.surface && l.url === a.source.url);
    if (fromList && !a.checked)
      out.push({
        field: `availability.${i}.checked`,
        message: `${a.region} (${a.surface}) cites the provider's own list: give the day it was read (checked)`,
      });
  });
  return out;
}

/** One line per problem: `file: field: message`. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}
