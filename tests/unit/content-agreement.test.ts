/**
 * `check` equals `build`: for every malformed tree, `npm run check`'s reader (readContent) and
 * the site's content loader refuse it, and both name the same file and field with the same
 * lines. The loader is driven with a stand-in for Astro's loader context (getCollection is
 * empty under vitest); tests/unit/content-build.test.ts runs a real build for a few cases.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { contentLoader } from '../../src/site/content-loader.ts';
import { formatReport, readContent } from '../../src/model/read-content.ts';
import { VALID, writeTree } from '../helpers/content-cases.ts';
import { MALFORMED, SOURCES_CASES, treeOf } from '../helpers/malformed-cases.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tree = (t: Parameters<typeof writeTree>[0]) => {
  const dir = writeTree(t);
  dirs.push(dir);
  return dir;
};

/** A stand-in for the parts of Astro's LoaderContext our loader uses; the store is a Map. */
function fakeContext(collection: string) {
  const entries = new Map<string, Record<string, unknown> & { id: string; digest?: string }>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (e: { id: string }) => (entries.set(e.id, e), true),
    delete: (id: string) => entries.delete(id),
    keys: () => [...entries.keys()],
  };
  const ctx = {
    collection,
    store,
    logger: console,
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    renderMarkdown: async (md: string) => ({ html: `<p>${md}</p>` }),
    generateDigest: (d: unknown) => JSON.stringify(d),
  };
  return { ctx: ctx as unknown as LoaderContext, entries };
}

/** What the site does with the tree: loads both collections; resolves the error message or 'ok'. */
async function siteLoad(root: string): Promise<string> {
  try {
    for (const name of ['events', 'providers'] as const) await contentLoader(name, root).load(fakeContext(name).ctx);
    return 'ok';
  } catch (err) {
    return (err as Error).message;
  }
}

test('MALFORMED holds at least forty cases, each with a distinct name', () => {
  expect(MALFORMED.length).toBeGreaterThanOrEqual(40);
  expect(new Set(MALFORMED.map((c) => c.name)).size).toBe(MALFORMED.length);
});

test('the valid tree passes check and loads into the site, events and providers alike', async () => {
  const root = tree(VALID);
  expect((await readContent(root)).problems).toEqual([]);
  const events = fakeContext('events');
  await contentLoader('events', root).load(events.ctx);
  expect([...events.entries.keys()]).toEqual(['2024-06-25-openai-api-block-notice']);
  const providers = fakeContext('providers');
  await contentLoader('providers', root).load(providers.ctx);
  expect([...providers.entries.keys()].sort()).toEqual(['baidu', 'openai']);
});

test('under astro dev a changed file re-syncs the collection, and a broken one is logged, not loaded', async () => {
  const root = tree(VALID);
  const { ctx, entries } = fakeContext('events');
  const handlers: ((event: string, path: string) => Promise<void>)[] = [];
  const errors: string[] = [];
  const watcher = { add: () => watcher, on: (_: string, h: (typeof handlers)[number]) => (handlers.push(h), watcher) };
  Object.assign(ctx, { watcher, logger: { error: (m: string) => errors.push(m) } });
  await contentLoader('events', root).load(ctx);
  const file = join(root, 'events/2024/2024-06-25-openai-api-block-notice.md');
  writeFileSync(file, eventFile({ title: 'title: A new title' }));
  await handlers[0]!('change', file);
  expect((entries.get('2024-06-25-openai-api-block-notice')!.data as { title: string }).title).toBe('A new title');
  writeFileSync(file, eventFile({ date: 'date: 2024-06-31' }));
  await handlers[0]!('change', file);
  expect(errors.join('\n')).toContain('events/2024/2024-06-25-openai-api-block-notice.md: date: must be a real date');
  expect((entries.get('2024-06-25-openai-api-block-notice')!.data as { title: string }).title).toBe('A new title');
});

describe.concurrent('check and the site refuse the same files, naming the same file and field', () => {
  test.each(MALFORMED)('$name', async (c) => {
    const root = tree(treeOf(c));
    const lines = formatReport(await readContent(root));
    expect(lines).toMatch(new RegExp(`^${escapeRe(`${c.file}: ${c.field}: `)}`, 'm'));
    const site = await siteLoad(root);
    expect(site).not.toBe('ok');
    expect(site).toContain(lines);
  });

  test.each(SOURCES_CASES)('$name', async (c) => {
    const root = tree({ ...VALID, 'sources.yaml': c.text });
    const lines = formatReport(await readContent(root));
    expect(lines).toContain(`${join(root, 'sources.yaml')}: ${c.expect}`);
    expect(await siteLoad(root)).toContain(lines);
  });
});

describe('strings a YAML 1.1 reader would turn into something else are plain strings for both', () => {
  test.each([
    ['a date-like title', 'title: 2024-06-25'],
    ['a timestamp-like title', 'title: 2024-06-25T10:00:00Z'],
    ['a binary-number-like title', 'title: 0b101'],
    ['a sexagesimal-like title', 'title: 1:20'],
    ['a Norway region (NO)', 'regions: [NO]'],
  ])('%s', async (_name, line) => {
    const [key] = line.split(':');
    const root = tree({ ...VALID, 'events/2024/2024-06-25-openai-api-block-notice.md': eventFileWith(key!, line) });
    expect((await readContent(root)).problems).toEqual([]);
    const events = fakeContext('events');
    await contentLoader('events', root).load(events.ctx);
    const data = events.entries.get('2024-06-25-openai-api-block-notice')!.data as Record<string, unknown>;
    expect(JSON.stringify(data[key!])).toBe(JSON.stringify(key === 'regions' ? ['NO'] : line.slice(key!.length + 2)));
  });
});

import { eventFile } from '../helpers/content-cases.ts';
const eventFileWith = (key: string, line: string) => eventFile({ [key]: line });
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
