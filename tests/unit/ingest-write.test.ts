import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAddition, writeNewEvent } from '../../scripts/ingest/write/write.ts';
import { eventPath, uniqueId } from '../../src/model/event-file.ts';
import { appendSources } from '../../scripts/ingest/write/event-file.ts';
import { refOf } from '../../scripts/ingest/cluster/cluster.ts';
import { slugify } from '../../src/model/slug.ts';
import { loadSeen, markSeen, pruneSeen, saveSeen } from '../../src/model/state/seen.ts';
import type { ClassifiedCandidate } from '../../scripts/ingest/types.ts';

const FIXTURE = new URL('../fixtures/site-content/', import.meta.url).pathname;
const CURATED = 'events/2024/2024-06-25-openai-china-api-block-notice.md';
/** A reference to the curated event, as the cluster stage gives it when a candidate matches it. */
const curatedRef = () =>
  refOf('2024-06-25-openai-china-api-block-notice', {
    title: 'x',
    date: '2024-06-25',
    type: 'restriction',
    providers: [],
    regions: [],
    sources: [],
  });
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingest-write-'));
  await cp(FIXTURE, dir, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function item(over: Partial<ClassifiedCandidate> = {}): ClassifiedCandidate {
  return {
    title: 'Alibaba Cloud offers free tokens to OpenAI API users',
    summary:
      'Developers moving from OpenAI get free Qwen tokens. They also get migration help. A third sentence. A fourth one is dropped.',
    url: 'https://wire.example/alibaba',
    published: '2024-06-26',
    publisher: 'Example Wire',
    language: 'en-US',
    sourceId: 'wire',
    relevant: true,
    outcome: 'candidate',
    score: 0.9,
    matched: ['free tokens', 'OpenAI'],
    type: 'incentive',
    providers: ['alibaba-cloud', 'openai'],
    regions: ['CN'],
    models: ['Qwen'],
    effective: '2024-07-01',
    ...over,
  };
}

const GOLDEN = `---
title: Alibaba Cloud offers free tokens to OpenAI API users
date: 2024-06-26
effective: 2024-07-01
type: incentive
surfaces:
  - api
status: candidate
providers:
  - alibaba-cloud
  - openai
regions:
  - CN
models:
  - Qwen
summary: Developers moving from OpenAI get free Qwen tokens. They also get migration help. A third sentence.
sources:
  - url: https://wire.example/alibaba
    title: Alibaba Cloud offers free tokens to OpenAI API users
    publisher: Example Wire
    published: 2024-06-26
    language: en
    via: wire
origin: feed:wire
matched_terms:
  - free tokens
  - OpenAI
---
`;

const opts = () => ({ contentDir: dir, dryRun: false });
const newEvent = (c: ClassifiedCandidate, id = '2024-06-26-alibaba-cloud-offers-free-tokens') => ({
  ref: refOf(id, { ...c, date: c.published, sources: [c] }, true),
  candidates: [c],
});

describe('write', () => {
  test('writes a new candidate event with a stable key order (golden)', async () => {
    const r = await writeNewEvent(newEvent(item()), opts());
    expect(r.action).toBe('created');
    expect(await readFile(join(dir, r.file), 'utf8')).toBe(GOLDEN);
  });

  test('does not rewrite an identical file', async () => {
    await writeNewEvent(newEvent(item()), opts());
    expect((await writeNewEvent(newEvent(item()), opts())).action).toBe('unchanged');
  });

  test('refuses an invalid candidate and writes nothing', async () => {
    const r = await writeNewEvent(newEvent(item({ url: 'javascript:alert(1)' })), opts());
    expect(r.action).toBe('refused');
    expect(r.problem).toMatch(/url/);
    expect(existsSync(join(dir, r.file))).toBe(false);
  });

  test('appending a source to a curated file changes only its sources list', async () => {
    const before = await readFile(join(dir, CURATED), 'utf8');
    const ref = curatedRef();
    const r = await writeAddition(
      {
        ref,
        candidates: [item({ url: 'https://wire.example/openai-block', title: 'OpenAI to block China API traffic' })],
      },
      opts(),
    );
    expect(r).toMatchObject({ action: 'updated', sources: 1 });
    const after = await readFile(join(dir, CURATED), 'utf8');
    const cut = before.indexOf('origin:');
    expect(after.startsWith(before.slice(0, cut))).toBe(true);
    expect(after.endsWith(before.slice(cut))).toBe(true);
    expect(after.slice(cut, after.length - (before.length - cut))).toBe(
      '  - url: https://wire.example/openai-block\n    title: OpenAI to block China API traffic\n    publisher: Example Wire\n    published: 2024-06-26\n    language: en\n    via: wire\n',
    );
  });

  test('a source the file already cites is not added twice', async () => {
    const ref = curatedRef();
    const r = await writeAddition(
      { ref, candidates: [item({ url: 'https://example.org/news/openai-blocks-china' })] },
      opts(),
    );
    expect(r.action).toBe('unchanged');
  });

  test('refuses to append to a file that is not UTF-8, names the byte offset and keeps every byte', async () => {
    const path = join(dir, CURATED);
    const good = await readFile(path);
    const at = good.indexOf('\n---\n') + 5;
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from('\nCaf\xe9 latin-1 byte.\n', 'latin1')]);
    await writeFile(path, bad);
    const ref = curatedRef();
    const r = await writeAddition({ ref, candidates: [item({ url: 'https://wire.example/utf8' })] }, opts());
    expect(r).toMatchObject({
      action: 'refused',
      problem: expect.stringContaining(`invalid byte 0xe9 at byte offset ${at + 4}`),
    });
    expect(Buffer.compare(await readFile(path), bad)).toBe(0);
    await writeFile(path, good);
  });

  test('refuses to append to a flow-style sources list', () => {
    const text = '---\ntitle: T\nsources: [{url: "https://a.example", title: A, publisher: P}]\n---\n';
    expect(() => appendSources(text, [{ url: 'https://b.example', title: 'B', publisher: 'P' }])).toThrow(/block list/);
  });

  test('a dry run writes nothing', async () => {
    const r = await writeNewEvent(newEvent(item()), { contentDir: dir, dryRun: true });
    expect(r.action).toBe('created');
    expect(existsSync(join(dir, eventPath('2024-06-26-alibaba-cloud-offers-free-tokens')))).toBe(false);
  });
});

describe('slug', () => {
  test.each([
    [
      'a Latin title becomes kebab-case words',
      'OpenAI blocks API traffic from China!',
      'openai-blocks-api-traffic-from-china',
    ],
    ['a Chinese title becomes toneless pinyin', 'OpenAI将封锁中国API', 'openai-jiang-feng-suo-zhong-guo-api'],
    ['a long title is cut at a word boundary', 'word '.repeat(30), 'word-'.repeat(11) + 'word'],
  ])('%s', (_name, title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  test('a title without letters still gets a non-empty slug', () => {
    expect(slugify('！？……')).toMatch(/^item-[0-9a-f]{8}$/);
  });

  test('a taken id gets -2, then -3', () => {
    const taken = new Set(['a', 'a-2']);
    expect(uniqueId('a', (x) => taken.has(x))).toBe('a-3');
  });
});

describe('seen', () => {
  test('keeps the first day a URL was seen, and drops the oldest beyond max', async () => {
    const seen = await loadSeen(dir);
    seen.max = 2;
    markSeen(seen, ['https://c.example', 'https://a.example'], '2024-06-01');
    markSeen(seen, ['https://b.example', 'https://a.example'], '2024-06-02');
    expect(seen.urls.get('https://a.example')).toBe('2024-06-01');
    expect(pruneSeen(seen)).toEqual([
      ['https://a.example', '2024-06-01'],
      ['https://b.example', '2024-06-02'],
    ]);
  });

  test('saves sorted JSON and does not rewrite it unchanged', async () => {
    const seen = await loadSeen(dir);
    markSeen(seen, ['https://b.example', 'https://a.example'], '2024-06-01');
    expect(await saveSeen(dir, seen)).toBe(true);
    expect(await saveSeen(dir, await loadSeen(dir))).toBe(false);
    expect(Object.keys(JSON.parse(await readFile(join(dir, 'state/seen.json'), 'utf8')).urls)).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect((await readdir(join(dir, 'state'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('a broken seen.json is an error naming the file', async () => {
    await mkdir(join(dir, 'state'), { recursive: true });
    await writeFile(join(dir, 'state', 'seen.json'), '{not json');
    await expect(loadSeen(dir)).rejects.toThrow(/seen\.json: not valid JSON/);
  });
});

describe('the unvetted-source label on new candidates', () => {
  test.each<[string, ClassifiedCandidate['sourceClass'], string[] | undefined]>([
    ['a site the table does not list', 'unknown', ['unvetted-source']],
    ['a refused site', 'refused', ['unvetted-source']],
    ['an advisory site', 'advisory', ['unvetted-source']],
    ['an established outlet', 'established', undefined],
    ['a provider page', 'primary', undefined],
  ])('a candidate from %s is written with tags %j', async (_name, sourceClass, tags) => {
    const c = item({ sourceClass, url: `https://wire.example/${sourceClass}` });
    const r = await writeNewEvent(newEvent(c, `2024-06-26-label-${sourceClass}`), opts());
    expect(r.action).toBe('created');
    const text = await readFile(join(dir, r.file), 'utf8');
    if (tags) expect(text).toContain('tags:\n  - unvetted-source\n');
    else expect(text).not.toContain('unvetted-source');
  });
});
