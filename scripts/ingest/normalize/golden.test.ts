/**
 * Golden files for normalize: each testdata/golden/<case>.input.json (a RawFeed and its
 * NormalizeContext, written by hand) must normalize to exactly testdata/golden/<case>.json.
 * After an intended change, `UPDATE_GOLDEN=1 npx vitest run scripts/ingest/normalize/golden.test.ts`
 * rewrites the expected files; review their diff before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { RawFeed } from '../parse/raw-feed.ts';
import { type NormalizeContext, normalizeFeed } from './normalize.ts';

const DIR = new URL('testdata/golden/', import.meta.url);
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const CASES = readdirSync(DIR)
  .filter((f) => f.endsWith('.input.json'))
  .map((f) => f.replace(/\.input\.json$/, ''))
  .sort();

describe('normalize golden files', () => {
  test('there are golden cases, and every expected file has its input', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(5);
    const expected = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.input.json'));
    expect(expected.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(CASES);
  });

  test.each(CASES)('%s', (name) => {
    const input = JSON.parse(readFileSync(new URL(`${name}.input.json`, DIR), 'utf8')) as {
      context: NormalizeContext;
      feed: RawFeed;
    };
    const actual = `${JSON.stringify(normalizeFeed(input.feed, input.context), null, 2)}\n`;
    const file = new URL(`${name}.json`, DIR);
    if (UPDATE) writeFileSync(file, actual);
    expect(existsSync(file), `${name}.json is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
