import { describe, expect, test } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatMonthlyStats, monthlyStats } from '../../scripts/review/curator-stats.ts';
import { CURATOR_LOG, appendCuratorLog, defaultLogPath, readCuratorLog } from '../../scripts/review/curator-log.ts';
import type { CuratorRecord, Decision } from '../../scripts/review/curator-log.ts';

const rec = (date: string, decision: Decision): CuratorRecord => ({ date, decision, title: 't', summary: 's' });

describe('monthlyStats', () => {
  test('counts decisions per month, oldest first, with the precision of published vs rejected', () => {
    const rows = monthlyStats([
      rec('2026-12-03', 'publish'),
      rec('2026-11-02', 'publish'),
      rec('2026-11-09', 'reject'),
      rec('2026-11-10', 'reject'),
      rec('2026-11-11', 'promote'),
      rec('2026-12-01', 'publish'),
      rec('2026-12-04', 'dismiss'),
      rec('2026-11-12', 'publish'),
    ]);
    expect(rows).toEqual([
      { month: '2026-11', published: 2, rejected: 2, promoted: 1, dismissed: 0, precision: 0.5 },
      { month: '2026-12', published: 2, rejected: 0, promoted: 0, dismissed: 1, precision: 1 },
    ]);
    expect(formatMonthlyStats(rows)).toBe(
      [
        'month     published  rejected  precision  promoted  dismissed',
        '2026-11           2         2      50.0%         1          0',
        '2026-12           2         0     100.0%         0          1',
        '',
      ].join('\n'),
    );
  });

  test('a month with only queue decisions has no precision', () => {
    expect(monthlyStats([rec('2027-01-05', 'dismiss')])[0]).not.toHaveProperty('precision');
    expect(formatMonthlyStats([])).toBe('No curator decisions logged yet.\n');
  });
});

describe('the curator log file', () => {
  test('appends lines and reads them back; a bad line is an error naming the file and line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aaw-curator-'));
    const path = join(dir, 'labelled', 'curator.jsonl');
    await appendCuratorLog({ path }, [rec('2026-11-02', 'publish')]);
    await appendCuratorLog({ path }, [rec('2026-11-03', 'reject'), rec('2026-11-03', 'dismiss')]);
    expect((await readCuratorLog(path)).map((r) => r.decision)).toEqual(['publish', 'reject', 'dismiss']);
    await writeFile(
      path,
      '{"date":"2026-11-02","decision":"publish","title":"t","summary":"s"}\n{"date":"2026-11","decision":"maybe"}\n',
    );
    await expect(readCuratorLog(path)).rejects.toThrow(/curator\.jsonl:2: needs a date/);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('where the CLI logs', () => {
  test.each([
    ["the repository's own content", 'content', undefined, CURATOR_LOG],
    ['another content tree', '/tmp/scratch-content', undefined, undefined],
    ['a file given with --curator-log', '/tmp/scratch-content', '/tmp/log.jsonl', '/tmp/log.jsonl'],
  ])('for %s', (_name, content, given, expected) => {
    expect(defaultLogPath(content, given)).toBe(expected);
  });
});
