/**
 * The review actions as plans: each returns the new text of every file it would change, already
 * validated against the event schema, or throws a ReviewError listing every problem. Nothing
 * here writes; `applyChanges` does, and only once a whole plan is valid.
 */
import { editFrontmatter, parseMarkdown, type FrontmatterEdit } from '../../src/model/frontmatter.ts';
import { EVENT_KEY_ORDER } from '../../src/model/event-file.ts';
import { publishProblems } from '../../src/model/validate-sources.ts';
import { loadSourceQuality, type SourceQualityTable } from '../../src/model/source-quality.ts';
import { issuesToProblems } from '../../src/model/store.ts';
import { isRegionCode } from '../../src/model/regions/regions.ts';
import { EVENT_TYPES, eventSchema, isRealDate } from '../../src/model/schema/index.ts';
import type { EventData, Source } from '../../src/model/schema/index.ts';
import type { ReviewEvent, ReviewStore } from './store.ts';

/** One or more problems with the input; the message has one line per problem, each naming the id. */
export class ReviewError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export interface Change {
  id: string;
  file: string;
  text: string;
  data: EventData;
  /** The frontmatter as written (before schema defaults). */
  raw: Record<string, unknown>;
}

/** The fields `set` may change. */
export interface EventFields {
  type?: string;
  providers?: string[];
  regions?: string[];
  effective?: string;
}

/** The tag a merged candidate carries, naming the event its sources moved to. */
export const mergedTag = (into: string) => `merged-into:${into}`;

function findEvent(store: ReviewStore, id: string, problems: string[]): ReviewEvent | undefined {
  const event = store.events.get(id);
  if (!event) problems.push(`${id}: unknown event id (no valid events/YYYY/${id}.md)`);
  return event;
}

function findCandidate(store: ReviewStore, id: string, problems: string[]): ReviewEvent | undefined {
  const event = findEvent(store, id, problems);
  if (event && event.data.status !== 'candidate') {
    problems.push(`${id}: is ${event.data.status}, not a candidate`);
    return undefined;
  }
  return event;
}

/** Applies `edit` to the event's file text and validates the result with the event schema. */
function planEdit(event: ReviewEvent, edit: FrontmatterEdit, problems: string[]): Change | undefined {
  try {
    const text = editFrontmatter(event.text, edit, EVENT_KEY_ORDER);
    const raw = parseMarkdown(text).data;
    const result = eventSchema.safeParse(raw);
    if (result.success) return { id: event.id, file: event.file, text, data: result.data, raw };
    for (const p of issuesToProblems(event.id, result.error)) problems.push(`${p.file}: ${p.field}: ${p.message}`);
  } catch (err) {
    problems.push(`${event.id}: ${(err as Error).message}`);
  }
  return undefined;
}

function finish(problems: string[], changes: (Change | undefined)[]): Change[] {
  if (problems.length) throw new ReviewError(problems);
  return changes.filter((c): c is Change => c !== undefined);
}

let table: SourceQualityTable | undefined;
/** The source-quality table, read once per process. */
const sourceQuality = (): SourceQualityTable => (table ??= loadSourceQuality());

/**
 * Sets `status` on each candidate (ids deduplicated). Publishing also drops `likely_same_as`:
 * the curator has judged it a story of its own.
 */
export function planStatus(store: ReviewStore, ids: string[], status: 'published' | 'rejected'): Change[] {
  const problems: string[] = [];
  if (!ids.length) problems.push('no event id given');
  const changes = [...new Set(ids)].map((id) => {
    const event = findCandidate(store, id, problems);
    if (event && status === 'published') {
      const refusals = publishProblems(event.data.sources, sourceQuality());
      problems.push(...refusals.map((p) => `${id}: cannot publish: ${p}`));
      if (refusals.length) return undefined;
    }
    return (
      event &&
      planEdit(event, { set: { status }, ...(status === 'published' ? { remove: ['likely_same_as'] } : {}) }, problems)
    );
  });
  return finish(problems, changes);
}

/** Problems with the values given to `set`, each naming the id and the value. */
export function fieldProblems(store: ReviewStore, id: string, fields: EventFields): string[] {
  const problems: string[] = [];
  if (fields.type !== undefined && !(EVENT_TYPES as readonly string[]).includes(fields.type)) {
    problems.push(`${id}: unknown type "${fields.type}" (one of ${EVENT_TYPES.join(', ')})`);
  }
  for (const p of fields.providers ?? []) {
    if (!store.providers.has(p)) problems.push(`${id}: unknown provider "${p}" (no providers/${p}.md)`);
  }
  for (const r of fields.regions ?? []) {
    if (!isRegionCode(r))
      problems.push(`${id}: bad region "${r}" (an ISO 3166-1 alpha-2 code such as CN, or EU, or global)`);
  }
  if (fields.effective !== undefined && !isRealDate(fields.effective)) {
    problems.push(`${id}: invalid date "${fields.effective}" for effective (a real date written YYYY-MM-DD)`);
  }
  return problems;
}

/** Changes type / providers / regions / effective of one candidate. */
export function planSet(store: ReviewStore, id: string, fields: EventFields): Change[] {
  const problems: string[] = [];
  const event = findCandidate(store, id, problems);
  const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  if (event && !Object.keys(set).length)
    problems.push(`${id}: nothing to set (give --type, --providers, --regions or --effective)`);
  problems.push(...fieldProblems(store, id, fields));
  return finish(problems, [event && !problems.length ? planEdit(event, { set }, problems) : undefined]);
}

/**
 * Merges candidate `id` into event `into`: the sources of `id` whose URLs `into` lacks are
 * appended to `into` (nothing else of `into` changes, curated or not), and `id` becomes
 * `status: rejected` with the tag `merged-into:<into>`. The file stays (nothing in content/ is
 * deleted, and the ingester keeps recognising its URLs, so it is never proposed again) but no
 * page shows a rejected event, so no orphan remains.
 */
export function planMerge(store: ReviewStore, id: string, into: string): Change[] {
  const problems: string[] = [];
  const from = findCandidate(store, id, problems);
  const target = findEvent(store, into, problems);
  if (id === into) problems.push(`${id}: cannot be merged into itself`);
  if (target?.data.status === 'rejected')
    problems.push(`${into}: is rejected; merge into a candidate or published event`);
  if (problems.length || !from || !target) return finish(problems, []);
  const known = new Set(target.data.sources.map((s) => s.url));
  const moved: Source[] = (from.raw.sources as Source[]).filter((s) => !known.has(s.url));
  const tags = [
    ...((from.raw.tags as string[] | undefined) ?? []).filter((t) => t !== mergedTag(into)),
    mergedTag(into),
  ];
  const changes = [
    moved.length ? planEdit(target, { append: { sources: moved } }, problems) : undefined,
    planEdit(from, { set: { status: 'rejected', tags } }, problems),
  ];
  return finish(problems, changes);
}
