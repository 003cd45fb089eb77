/** Writes a validated plan: cross-file rules checked first, then each file atomically. */
import { relative } from 'node:path';
import { writeFileAtomic } from '../../src/model/atomic-write.ts';
import { crossCheck } from '../../src/model/validate.ts';
import { ReviewError } from './plan.ts';
import type { Change } from './plan.ts';
import type { ReviewStore } from './store.ts';

/** Cross-file problems (unknown provider, effective before date…) the changed files would have. */
export function crossProblems(store: ReviewStore, changes: Change[]): string[] {
  const byId = new Map(changes.map((c) => [c.id, c]));
  const events = store.content.events.map((e) => (byId.has(e.id) ? { ...e, data: byId.get(e.id)!.data } : e));
  const changed = new Set(changes.map((c) => relative(store.root, c.file)));
  return crossCheck(store.root, { ...store.content, events })
    .filter((p) => changed.has(p.file))
    .map((p) => `${p.file}: ${p.field}: ${p.message}`);
}

/**
 * Writes every change, or nothing when any changed file would break a cross-file rule.
 * Returns the ids whose files changed. The store is updated to match, so one store can serve
 * several actions in a row (the interactive review).
 */
export async function applyChanges(store: ReviewStore, changes: Change[]): Promise<string[]> {
  const problems = crossProblems(store, changes);
  if (problems.length) throw new ReviewError(problems);
  const written: string[] = [];
  for (const c of changes) {
    if (await writeFileAtomic(c.file, c.text)) written.push(c.id);
    const old = store.events.get(c.id)!;
    const updated = { ...old, data: c.data, raw: c.raw, text: c.text };
    store.events.set(c.id, updated);
    store.content.events = store.content.events.map((e) => (e.id === c.id ? updated : e));
  }
  return written;
}
