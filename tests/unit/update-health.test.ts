import { describe, expect, test } from 'vitest';
import { failingTooLong } from '../../src/model/state/source-health.ts';
import { code } from '../../scripts/update/summary.ts';

const FAIL = { lastFailure: '2024-07-02T00:00:00.000Z', lastErrorKind: 'http' as const, lastError: 'HTTP 503' };

describe('failingTooLong', () => {
  test.each([
    {
      name: 'flags a source that last worked more than a day before its failure',
      h: { ...FAIL, consecutiveFailures: 5, lastSuccess: '2024-06-30T23:59:59.000Z' },
      flagged: true,
    },
    {
      name: 'leaves a source that worked less than a day before its failure',
      h: { ...FAIL, consecutiveFailures: 2, lastSuccess: '2024-07-01T12:00:00.000Z' },
      flagged: false,
    },
    {
      name: 'flags a source that has never worked in a day of runs',
      h: { ...FAIL, consecutiveFailures: 4 },
      flagged: true,
    },
    { name: 'leaves a new source that failed its first runs', h: { ...FAIL, consecutiveFailures: 3 }, flagged: false },
    {
      name: 'leaves a source that works again',
      h: { ...FAIL, consecutiveFailures: 0, lastSuccess: '2024-07-03T00:00:00.000Z' },
      flagged: false,
    },
    { name: 'leaves a source that was never tried', h: { consecutiveFailures: 0 }, flagged: false },
  ])('$name', ({ h, flagged }) => {
    expect(failingTooLong({ s: h }).map((f) => f.id)).toEqual(flagged ? ['s'] : []);
  });
});

describe('code (untrusted text in the pull request body)', () => {
  test.each([
    { name: 'wraps text as inline code', input: 'OpenAI @team', output: '`OpenAI @team`' },
    { name: 'cannot close the code span early', input: 'a `b` c', output: "`a 'b' c`" },
    { name: 'keeps it to one line', input: 'a\nb\r\nc', output: '`a b  c`' },
    { name: 'cuts very long text', input: 'x'.repeat(300), output: `\`${'x'.repeat(199)}…\`` },
  ])('$name', ({ input, output }) => {
    expect(code(input)).toBe(output);
  });
});
