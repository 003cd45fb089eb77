import { expect, test } from 'vitest';
import { formatSummary, type UpdateOutcome } from './summary.ts';

const outcome = (added: string[]): UpdateOutcome => ({
  ingestExit: 0,
  check: { status: 'ok' },
  build: { status: 'ok' },
  changes: {
    newCandidates: [],
    newSources: [],
    availability: { events: [], providers: [{ id: 'anthropic', added, removed: [] }] },
    failedSources: [],
  },
  failingTooLong: [],
  dryRun: false,
});

test("a watcher's first check (some 250 entries at once) is listed as twelve and a count", () => {
  const codes = Array.from({ length: 250 }, (_, i) => `R${i}:available`);
  const text = formatSummary(outcome(codes));
  expect(text).toContain('  - anthropic: +R0:available, +R1:available');
  expect(text).toContain('+R11:available and 238 more\n');
  expect(text).not.toContain('R12:available');
});

test('a few changes are listed in full', () => {
  expect(formatSummary(outcome(['HK:not-supported', 'MO:not-supported']))).toContain(
    '  - anthropic: +HK:not-supported, +MO:not-supported\n',
  );
});
