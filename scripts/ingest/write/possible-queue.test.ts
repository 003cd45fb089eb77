import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  EXPIRY_DAYS,
  readPossibleQueue,
  removeFromPossibleQueue,
  updateQueue,
  writePossibleQueue,
} from './possible-queue.ts';
import type { PossibleItem } from './possible-queue.ts';

const item = (key: string, first_seen = '2025-03-01'): PossibleItem => ({
  key,
  source: 'feed',
  url: key,
  title: `Title ${key}`,
  summary: '',
  published: '2025-03-01',
  language: 'en',
  score: 0.42,
  cues: ['ban', 'openai'],
  type: 'restriction',
  providers: ['openai'],
  regions: ['CN'],
  first_seen,
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'possible-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('updateQueue', () => {
  test('adds new items and never duplicates a queued key (the first sighting stays)', () => {
    const queue = { version: 1 as const, items: [item('https://a.example/1', '2025-03-01')] };
    const u = updateQueue(
      queue,
      [
        item('https://a.example/1', '2025-03-05'),
        item('https://a.example/2', '2025-03-05'),
        item('https://a.example/2', '2025-03-05'),
      ],
      '2025-03-05',
    );
    expect(u.queue.items.map((i) => [i.key, i.first_seen])).toEqual([
      ['https://a.example/1', '2025-03-01'],
      ['https://a.example/2', '2025-03-05'],
    ]);
    expect(u.added).toBe(1);
  });

  test(`expires items first seen more than ${EXPIRY_DAYS} days before the run`, () => {
    const queue = {
      version: 1 as const,
      items: [item('https://a.example/old', '2025-01-01'), item('https://a.example/edge', '2025-01-04')],
    };
    const u = updateQueue(queue, [], '2025-03-05');
    expect(u.queue.items.map((i) => i.key)).toEqual(['https://a.example/edge']);
    expect(u.expired).toBe(1);
  });
});

describe('the queue file', () => {
  test('is empty when absent, and reads back what was written, sorted by key', async () => {
    expect(await readPossibleQueue(dir)).toEqual({ version: 1, items: [] });
    await writePossibleQueue(dir, { version: 1, items: [item('https://b.example/'), item('https://a.example/')] });
    expect((await readPossibleQueue(dir)).items.map((i) => i.key)).toEqual([
      'https://a.example/',
      'https://b.example/',
    ]);
    const text = await readFile(join(dir, 'state', 'possible.json'), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text).items[0])).toEqual([
      'cues',
      'first_seen',
      'key',
      'language',
      'providers',
      'published',
      'regions',
      'score',
      'source',
      'summary',
      'title',
      'type',
      'url',
    ]);
  });

  test('removes one item by key, and reports a key it does not hold', async () => {
    await writePossibleQueue(dir, { version: 1, items: [item('https://a.example/'), item('https://b.example/')] });
    expect((await removeFromPossibleQueue(dir, 'https://a.example/'))?.key).toBe('https://a.example/');
    expect(await removeFromPossibleQueue(dir, 'https://a.example/')).toBeUndefined();
    expect((await readPossibleQueue(dir)).items.map((i) => i.key)).toEqual(['https://b.example/']);
  });

  test('a malformed file is an error naming the file and the field', async () => {
    await mkdir(join(dir, 'state'));
    await writeFile(join(dir, 'state', 'possible.json'), '{"version":1,"items":[{"key":"x"}]}');
    await expect(readPossibleQueue(dir)).rejects.toThrow(/possible\.json: .*items\.0\./);
  });
});
