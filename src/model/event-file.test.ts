/**
 * Golden files for the one event writer: each testdata/events/<name>.json holds `{ data, body }`
 * and <name>.md the exact text renderEvent must write. `UPDATE_GOLDEN=1 npx vitest run
 * src/model/event-file.test.ts` rewrites the .md files (review the diff before committing).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EVENT_KEY_ORDER, renderEvent } from './event-file.ts';
import { parseMarkdown } from './frontmatter.ts';
import { eventSchema } from './schema/index.ts';

const DIR = new URL('./testdata/events/', import.meta.url).pathname;
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));

describe('renderEvent golden files', () => {
  test('there are golden cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  test.each(cases)('%s', (name) => {
    const input = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as {
      data: Record<string, unknown>;
      body: string;
    };
    const text = renderEvent(input.data, input.body);
    const golden = join(DIR, `${name}.md`);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, text);
    expect(text).toBe(readFileSync(golden, 'utf8'));
    // What was written reads back as the same data.
    expect(parseMarkdown(text).data).toEqual(input.data);
  });

  test('the key order is the schema order', () => {
    expect([...EVENT_KEY_ORDER]).toEqual(Object.keys(eventSchema.shape));
  });
});
