/**
 * The page watcher end to end against fixture pages served on 127.0.0.1: successive versions of
 * an HTML list page and a markdown page, each giving exactly the documented outcome, with the
 * events, provider file and snapshot it writes checked in a temporary CONTENT_DIR.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/model/store.ts';
import { fetchDefaultsSchema, sourceConfigSchema, type SourceConfig } from '../../src/model/schema/index.ts';
import { acmeContent, acmeProvider } from '../helpers/acme-provider.ts';
import { servePages, type PageServer } from '../helpers/page-server.ts';
import { watchPages, type WatchOutcome } from '../../scripts/watch/watch.ts';
import { snapshotPath } from '../../scripts/watch/snapshot.ts';
import { isoCodes } from '../../src/model/regions/regions.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
const PROVIDER = acmeProvider({ cnBlock: true, notes: 'Hand-written notes.' });

let server: PageServer;
let dir: string;
const defaults = fetchDefaultsSchema.parse({ timeout_ms: 5000, allow_private_addresses: true });
const html = (): SourceConfig =>
  sourceConfigSchema.parse({
    id: 'acme-countries',
    kind: 'page',
    url: `${server.url}/countries`,
    name: 'Acme supported countries',
    provider: 'acme',
    extract: { selector: 'main li' },
    expect_min: 8,
  });
const md = (): SourceConfig =>
  sourceConfigSchema.parse({
    id: 'acme-md',
    kind: 'page',
    url: `${server.url}/countries.md`,
    name: 'Acme countries (markdown)',
    provider: 'acme',
    extract: { pattern: '^-\\s+(.+?)\\s*$' },
    expect_min: 8,
  });

async function run(
  source: SourceConfig,
  page: string,
  opts: { today?: string; dryRun?: boolean; status?: number } = {},
): Promise<WatchOutcome> {
  const path = new URL(source.url).pathname;
  server.set(path, {
    body: fixture(page),
    status: opts.status,
    contentType: page.endsWith('.md') ? 'text/markdown; charset=utf-8' : 'text/html; charset=utf-8',
  });
  const [out] = await watchPages([source], {
    contentDir: dir,
    defaults,
    today: opts.today ?? '2025-02-01',
    dryRun: opts.dryRun,
  });
  return out!;
}
const events = async () => (await loadContent(dir)).events;
const providerText = () => readFile(join(dir, 'providers', 'acme.md'), 'utf8');
const entries = async () => (await loadContent(dir)).providers[0]!.data.availability;
const entry = async (region: string) => (await entries()).find((a) => a.region === region && a.surface === 'api');
const snapshot = async (id: string) => JSON.parse(await readFile(snapshotPath(dir, id), 'utf8'));

beforeAll(async () => {
  server = await servePages();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = await acmeContent('watch-', PROVIDER);
});

describe('first check', () => {
  test('stores the baseline snapshot and proposes no event', async () => {
    const out = await run(html(), 'list-v1.html', { today: '2025-01-01' });
    expect(out).toMatchObject({ status: 'baseline', count: 15, unknown: [] });
    expect(await events()).toEqual([]);
    const snap = await snapshot('acme-countries');
    expect(snap).toMatchObject({
      source: 'acme-countries',
      provider: 'acme',
      fetched: '2025-01-01',
      count: 15,
      url: `${server.url}/countries`,
    });
    expect(snap.codes).toEqual([...snap.codes].sort());
    expect(snap.codes).toContain('CI');
  });

  test('sets the availability from the list: listed available, every other ISO country not supported, both checked that day', async () => {
    await run(html(), 'list-v1.html', { today: '2025-01-01' });
    const all = await entries();
    const source = { url: `${server.url}/countries`, publisher: 'Acme AI', via: 'acme-countries' };
    expect(await entry('CI')).toEqual({
      region: 'CI',
      surface: 'api',
      status: 'available',
      since_precision: 'day',
      checked: '2025-01-01',
      source,
    });
    expect(await entry('PE')).toEqual({
      region: 'PE',
      surface: 'api',
      status: 'not-supported',
      since_precision: 'day',
      checked: '2025-01-01',
      source,
    });
    expect(all.filter((a) => a.status === 'available')).toHaveLength(15);
    expect(all).toHaveLength(isoCodes().length);
    const p = (await loadContent(dir)).providers[0]!;
    expect(p.data.availability_lists).toEqual([
      { surface: 'api', url: source.url, coverage: 'complete', checked: '2025-01-01' },
    ]);
    expect(p.body).toContain('Hand-written notes.');
  });

  test('keeps a stated block of a place the list leaves out', async () => {
    await run(html(), 'list-v1.html', { today: '2025-01-01' });
    expect(await entry('CN')).toMatchObject({
      status: 'blocked',
      since: '2024-07-09',
      source: { title: 'Acme blocks traffic' },
    });
    expect((await entry('CN'))!.checked).toBeUndefined();
  });

  test('a dry run writes nothing', async () => {
    expect(await run(html(), 'list-v1.html', { dryRun: true })).toMatchObject({ status: 'baseline' });
    expect(existsSync(join(dir, 'state'))).toBe(false);
    expect(await providerText()).toBe(PROVIDER);
  });
});

describe('after a baseline', () => {
  beforeEach(async () => {
    await run(html(), 'list-v1.html', { today: '2025-01-01' });
  });

  test.each([
    ['a reorder only', 'list-reordered.html'],
    ['a markup-only change (classes, spans, entities, a footnote)', 'list-markup.html'],
    ['a renamed country (Turkey → Türkiye)', 'list-renamed.html'],
  ])('%s is not a change and writes nothing', async (_name, page) => {
    const before = await providerText();
    const out = await run(html(), page, { today: '2025-01-05' });
    expect(out.status).toBe('unchanged');
    expect(await events()).toEqual([]);
    expect(await providerText()).toBe(before);
  });

  test('an unchanged check a week later moves checked forward and nothing else', async () => {
    const before = await providerText();
    expect(await run(html(), 'list-v1.html', { today: '2025-01-08' })).toMatchObject({ status: 'unchanged' });
    expect(await events()).toEqual([]);
    expect(await providerText()).toBe(before.replaceAll('checked: 2025-01-01', 'checked: 2025-01-08'));
  });

  test.each([
    ['a block page', 'block.html', 200, 'blocked'],
    ['a challenge page', 'challenge.html', 200, 'blocked'],
    ['HTTP 403', 'list-v1.html', 403, 'blocked'],
    ['HTTP 500', 'list-v1.html', 500, 'http'],
    ['a list below expect_min', 'list-truncated.html', 200, 'invalid'],
    ['a drop of more than a third', 'list-drop.html', 200, 'invalid'],
  ])('%s is a failed check and keeps the snapshot', async (_name, page, status, kind) => {
    const before = await readFile(snapshotPath(dir, 'acme-countries'), 'utf8');
    const out = await run(html(), page, { status });
    expect(out).toMatchObject({ status: 'failed', error: { kind } });
    expect(await readFile(snapshotPath(dir, 'acme-countries'), 'utf8')).toBe(before);
    expect(await events()).toEqual([]);
  });

  test('an added country proposes one candidate event and marks it available', async () => {
    const out = await run(html(), 'list-added.html', { today: '2025-02-01' });
    expect(out).toMatchObject({ status: 'changed', added: ['PE'], removed: [] });
    const [e] = await events();
    expect(e!.id).toBe('2025-02-01-acme-ai-adds-peru-removes-none');
    expect(e!.file).toBe(join(dir, 'events', '2025', '2025-02-01-acme-ai-adds-peru-removes-none.md'));
    expect(e!.data).toMatchObject({
      title: 'Acme AI adds Peru, removes none',
      type: 'availability',
      status: 'candidate',
      origin: 'watch:acme-countries',
      providers: ['acme'],
      regions: ['PE'],
      date: '2025-02-01',
    });
    expect(e!.data.sources[0]).toEqual({
      url: `${server.url}/countries`,
      publisher: 'Acme AI',
      published: '2025-02-01',
      via: 'acme-countries',
    });
    expect(e!.data.surfaces).toEqual(['api']);
    expect(await entry('PE')).toMatchObject({ status: 'available', since: '2025-02-01', checked: '2025-02-01' });
    expect(await entry('CI')).toMatchObject({ status: 'available', checked: '2025-02-01' });
    expect((await entry('CI'))!.since).toBeUndefined();
    expect(await entry('CN')).toMatchObject({ status: 'blocked', since: '2024-07-09' });
    expect((await loadContent(dir)).providers[0]!.body).toContain('Hand-written notes.');
    expect((await snapshot('acme-countries')).codes).toContain('PE');
  });

  test('a removed country proposes an event and marks it not supported since that day', async () => {
    const out = await run(html(), 'list-removed.html', { today: '2025-02-02' });
    expect(out).toMatchObject({ status: 'changed', added: [], removed: ['KE'] });
    const [e] = await events();
    expect(e!.data.title).toBe('Acme AI adds none, removes Kenya');
    expect(e!.data.summary).toContain('Removed (1): Kenya.');
    expect(await entry('KE')).toMatchObject({ status: 'not-supported', since: '2025-02-02', checked: '2025-02-02' });
  });

  test('running the same change twice writes nothing new', async () => {
    await run(html(), 'list-added.html');
    const files = await readdir(join(dir, 'events', '2025'));
    const provider = await readFile(join(dir, 'providers', 'acme.md'), 'utf8');
    expect(await run(html(), 'list-added.html')).toMatchObject({ status: 'unchanged' });
    expect(await readdir(join(dir, 'events', '2025'))).toEqual(files);
    expect(await readFile(join(dir, 'providers', 'acme.md'), 'utf8')).toBe(provider);
  });

  test('an unknown name is reported, not dropped and not a change', async () => {
    const out = await run(html(), 'list-unknown.html');
    expect(out).toMatchObject({ status: 'unchanged', unknown: ['Atlantis'] });
    expect((await snapshot('acme-countries')).unknown).toEqual(['Atlantis']);
  });
});

describe('a markdown page', () => {
  test('goes baseline → added (with a footnote and a link) → renamed without change', async () => {
    expect(await run(md(), 'list-v1.md', { today: '2025-01-01' })).toMatchObject({
      status: 'baseline',
      count: 12,
      unknown: [],
    });
    const snap = await snapshot('acme-md');
    expect(snap.codes).toEqual(expect.arrayContaining(['CD', 'CG', 'CI', 'SZ', 'TR', 'UA', 'VG']));
    expect(await run(md(), 'list-added.md', { today: '2025-01-02' })).toMatchObject({
      status: 'changed',
      added: ['BF', 'BR'],
      removed: [],
    });
    expect(await run(md(), 'list-renamed.md', { today: '2025-01-03' })).toMatchObject({ status: 'unchanged' });
    expect((await events()).map((e) => e.data.title)).toEqual(['Acme AI adds Brazil and Burkina Faso, removes none']);
  });
});

describe('where a watched page may be fetched from', () => {
  test('a page on a loopback or private address is refused without allow_private_addresses, and nothing is written', async () => {
    server.set('/countries', { body: fixture('list-v1.html'), contentType: 'text/html; charset=utf-8' });
    const strict = fetchDefaultsSchema.parse({ timeout_ms: 5000 });
    const [out] = await watchPages([html()], { contentDir: dir, defaults: strict, today: '2025-02-01' });
    expect(out).toMatchObject({
      status: 'failed',
      error: { kind: 'blocked-address', message: expect.stringContaining('a loopback address') },
    });
    expect(existsSync(join(dir, 'state'))).toBe(false);
    expect(await readFile(join(dir, 'providers', 'acme.md'), 'utf8')).toBe(PROVIDER);
  });
});
