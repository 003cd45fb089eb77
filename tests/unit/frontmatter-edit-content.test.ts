/**
 * The one frontmatter editor on the real content/ files: editing nothing keeps every byte, and an
 * edit changes only the bytes of the keys it names. (Before ingest and the page watcher used it,
 * their own line editors and this one gave byte-identical output on every event and provider.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { editFrontmatter, parseMarkdown } from '../../src/model/frontmatter.ts';
import { appendSources } from '../../scripts/ingest/write/event-file.ts';
import { EVENT_KEY_ORDER } from '../../src/model/event-file.ts';
import { replaceBlocks } from '../../scripts/watch/provider-file.ts';
import type { Entry } from '../../scripts/watch/list-apply.ts';

const CONTENT = new URL('../../content/', import.meta.url).pathname;
const eventsDir = join(CONTENT, 'events');
const events = readdirSync(eventsDir).flatMap((y) =>
  readdirSync(join(eventsDir, y)).map((f) => [f, readFileSync(join(eventsDir, y, f), 'utf8')] as const),
);
const providers = readdirSync(join(CONTENT, 'providers')).map(
  (f) => [f, readFileSync(join(CONTENT, 'providers', f), 'utf8')] as const,
);

/** The bytes before the line of the top-level `key:`, and from the next top-level key or the closing fence on. */
function outside(text: string, key: string): [string, string] {
  const start = text.search(new RegExp(`^${key}:`, 'm'));
  expect(start).toBeGreaterThan(0);
  const next = text.indexOf('\n', start) + 1;
  const end = text.slice(next).search(/^(?:[^\s#-][^:]*:|---)/m) + next;
  return [text.slice(0, start), text.slice(end)];
}

describe('editFrontmatter on every file in content/', () => {
  test('the content has events and providers', () => {
    expect(events.length).toBeGreaterThan(50);
    expect(providers.length).toBeGreaterThan(10);
  });

  test.each(events)('%s: editing nothing, or re-setting a key to its value, keeps the other bytes', (_f, text) => {
    expect(editFrontmatter(text, {}, EVENT_KEY_ORDER)).toBe(text);
    const data = parseMarkdown(text).data;
    for (const [key, value] of Object.entries(data)) {
      const out = editFrontmatter(text, { set: { [key]: value } }, EVENT_KEY_ORDER);
      expect(parseMarkdown(out).data).toEqual(data);
      const [head, tail] = outside(text, key);
      expect(out.startsWith(head) && out.endsWith(tail)).toBe(true);
    }
  });

  test.each(events)('%s: appending sources inserts their lines and keeps every other byte', (_f, text) => {
    const added = [{ url: 'https://wire.example/a', title: "OpenAI's: news", publisher: 'Wire', via: 'wire' }];
    const out = appendSources(text, added);
    const at = Array.from(text).findIndex((ch, i) => ch !== out[i]);
    const inserted = out.length - text.length;
    expect(out.slice(0, at) + out.slice(at + inserted)).toBe(text);
    expect(out.slice(at, at + inserted)).toMatch(/^ *- url: https:\/\/wire\.example\/a\n/);
    const before = parseMarkdown(text).data as { sources: unknown[] };
    expect(parseMarkdown(out).data).toEqual({ ...before, sources: [...before.sources, ...added] });
  });

  test.each(providers)('%s: editing nothing keeps every byte; the watcher rewrites only its lists', (_f, text) => {
    expect(editFrontmatter(text, {}, [])).toBe(text);
    const data = parseMarkdown(text).data;
    const lists = { availability: (data.availability ?? []) as Entry[] };
    const out = replaceBlocks(text, lists);
    expect(parseMarkdown(out).data).toEqual(data);
    const [head, tail] = outside(text, 'availability');
    expect(out.startsWith(head) && out.endsWith(tail)).toBe(true);
    // The watcher's own output is a fixed point: re-applying it keeps every byte.
    expect(replaceBlocks(out, lists)).toBe(out);
  });
});
