import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadTrainingRows } from './training-data.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'labelled-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const yamlRow = (title: string, relevant: boolean) =>
  `- title: ${title}\n  summary: ""\n  published: 2025-02-01\n  language: en\n  relevant: ${relevant}\n${relevant ? '  type: restriction\n' : ''}  providers: []\n`;

describe('loadTrainingRows', () => {
  test('reads the fixture, dev and holdout files and curator decisions, each with its split', async () => {
    const fixture = join(dir, 'fixture.yaml');
    await writeFile(fixture, yamlRow('Fixture row', true));
    await writeFile(join(dir, 'dev-en.yaml'), yamlRow('Dev row', false));
    await writeFile(join(dir, 'holdout-en.yaml'), yamlRow('Holdout row', true));
    await writeFile(join(dir, 'notes.yaml'), yamlRow('Not a labelled file', true));
    await writeFile(
      join(dir, 'curator.jsonl'),
      [
        JSON.stringify({
          date: '2025-03-01',
          decision: 'publish',
          title: 'Published by a curator',
          summary: 's',
          type: 'incentive',
        }),
        JSON.stringify({ date: '2025-03-02', decision: 'reject', title: '被拒绝的条目', summary: '' }),
        JSON.stringify({ date: '2025-03-03', decision: 'dismiss', title: 'Dismissed from the queue', summary: '' }),
        '',
      ].join('\n'),
    );
    const rows = await loadTrainingRows({ fixture, labelledDir: dir });
    expect(rows.map((r) => [r.title, r.split, r.relevant])).toEqual([
      ['Fixture row', 'fixture', true],
      ['Dev row', 'dev', false],
      ['Holdout row', 'holdout', true],
      ['Published by a curator', 'curator', true],
      ['被拒绝的条目', 'curator', false],
      ['Dismissed from the queue', 'curator', false],
    ]);
    expect(rows[4]!.language).toBe('zh');
  });

  test('names the file and row of a malformed row', async () => {
    const fixture = join(dir, 'fixture.yaml');
    await writeFile(
      fixture,
      `${yamlRow('Fine', true)}- title: Bad\n  published: 2025-02-01\n  language: fr\n  relevant: true\n`,
    );
    await expect(loadTrainingRows({ fixture, labelledDir: join(dir, 'none') })).rejects.toThrow(
      /fixture\.yaml row 2: language/,
    );
  });
});
