/** Shared assertions for ingest output: plain text only, absolute http(s) links only. */
import { expect } from 'vitest';
import type { Candidate } from '../../scripts/ingest/types.ts';

const MARKUP = /<[A-Za-z!/?]/;

export function expectSafeCandidates(candidates: Candidate[]): void {
  for (const c of candidates) {
    expect(c.title, `title of ${c.url}`).not.toMatch(MARKUP);
    expect(c.summary, `summary of ${c.url}`).not.toMatch(MARKUP);
    expect(c.title.length).toBeGreaterThan(0);
    expect(new URL(c.url).protocol).toMatch(/^https?:$/);
    expect(c.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
}
