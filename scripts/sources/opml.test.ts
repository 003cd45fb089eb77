import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseOpml, toOpml } from './opml.ts';
import { importFeeds, mergeFeeds, slugify } from './import.ts';
import { loadSourcesFile } from '../../src/model/store.ts';
import { sourceConfigSchema, type SourceConfig } from '../../src/model/schema/index.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Mine</title></head><body>
  <outline text="AI news">
    <outline type="rss" text="TechCrunch AI" title="TechCrunch AI" xmlUrl="https://techcrunch.com/category/artificial-intelligence/feed/" htmlUrl="https://techcrunch.com/"/>
    <outline type="rss" text="量子位" xmlUrl="https://www.qbitai.com/feed" language="zh-CN"/>
  </outline>
  <outline type="rss" text="Bad &amp; &quot;quoted&quot; &lt;b&gt;" xmlUrl="https://example.com/feed?a=1&amp;b=2"/>
  <outline type="rss" text="Sneaky" xmlUrl="javascript:alert(1)"/>
  <outline type="rss" text="TechCrunch AI" xmlUrl="https://example.org/other.xml"/>
</body></opml>`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'h4a-opml-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const src = (o: Record<string, unknown>) => sourceConfigSchema.parse({ kind: 'feed', ...o }) as SourceConfig;

describe('OPML', () => {
  test('reads feed outlines with titles, folders and languages', () => {
    const feeds = parseOpml(OPML, 'mine.opml');
    expect(feeds).toHaveLength(5);
    expect(feeds[0]).toEqual({
      title: 'TechCrunch AI',
      xmlUrl: 'https://techcrunch.com/category/artificial-intelligence/feed/',
      htmlUrl: 'https://techcrunch.com/',
      folders: ['AI news'],
    });
    expect(feeds[2]?.title).toBe('Bad & "quoted" <b>');
    expect(feeds[2]?.xmlUrl).toBe('https://example.com/feed?a=1&b=2');
  });

  test.each([
    ['<html><body>no</body></html>', /x\.opml: not an OPML file/],
    ['<opml version="2.0"><body><outline text="folder"/></body></opml>', /x\.opml: no feeds found/],
  ])('refuses %j with an error naming the file', (text, message) => {
    expect(() => parseOpml(text, 'x.opml')).toThrow(message);
  });

  test.each([
    ['TechCrunch AI', 'techcrunch-ai'],
    ['Le Monde – À la une', 'le-monde-a-la-une'],
    ['量子位', 'liang-zi-wei'],
    ['!!!', undefined],
  ])('makes the id %j → %j', (title, id) => {
    expect(slugify(title)).toBe(id);
  });

  test('writes escaped OPML 2.0 that reads back to the same feeds', () => {
    const sources = [
      src({ id: 'a', name: 'A & <B> "C"', url: 'https://e.com/f?x=1&y=2', language: 'en', tags: ['news', 'ai'] }),
      src({ id: 'b', url: 'https://e.com/g' }),
      src({ id: 'p', kind: 'page', url: 'https://e.com/p', provider: 'openai', extract: { selector: 'li' } }),
    ];
    const opml = toOpml(sources);
    expect(opml).toContain('<opml version="2.0">');
    expect(opml).toContain('text="A &amp; &lt;B&gt; &quot;C&quot;"');
    expect(opml).toContain('xmlUrl="https://e.com/f?x=1&amp;y=2"');
    expect(parseOpml(opml, 'out.opml').map((f) => [f.title, f.xmlUrl, f.language])).toEqual([
      ['A & <B> "C"', 'https://e.com/f?x=1&y=2', 'en'],
      ['b', 'https://e.com/g', undefined],
    ]);
  });

  test('import adds new feeds, skips known URLs and non-http URLs, and keeps the file valid', async () => {
    const path = join(dir, 'sources.yaml');
    await writeFile(
      path,
      '# my sources\ndefaults:\n  timeout_ms: 5000\nsources:\n  - id: techcrunch-ai # kept\n    kind: feed\n    url: https://techcrunch.com/category/artificial-intelligence/feed/\n    tags: [news]\n',
    );
    const report = await importFeeds(path, parseOpml(OPML, 'mine.opml'));
    expect(report.added.map((a) => a.id)).toEqual(['liang-zi-wei', 'bad-quoted-b', 'techcrunch-ai-2']);
    expect(report.skipped.map((s) => s.reason)).toEqual(['already in the sources', 'not an absolute http(s) URL']);
    const text = await readFile(path, 'utf8');
    expect(text.startsWith('# my sources\n')).toBe(true);
    expect(text).toContain('  - id: techcrunch-ai # kept\n');
    expect(text).toContain('tags: [ai-news]');
    const file = await loadSourcesFile(path);
    expect(file.sources.find((s) => s.id === 'liang-zi-wei')).toMatchObject({
      name: '量子位',
      language: 'zh',
      url: 'https://www.qbitai.com/feed',
    });
  });

  test('importing the same OPML twice adds nothing and leaves the file unchanged', async () => {
    const path = join(dir, 'sources.yaml');
    await importFeeds(path, parseOpml(OPML, 'mine.opml'));
    const before = await readFile(path, 'utf8');
    const again = await importFeeds(path, parseOpml(OPML, 'mine.opml'));
    expect(again.added).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  test('export then import into an empty file round-trips the feed URLs', async () => {
    const real = await loadSourcesFile(join(ROOT, 'content/sources.yaml'));
    const { text, report } = mergeFeeds('sources: []\n', parseOpml(toOpml(real.sources), 'rt.opml'), 'rt.yaml');
    expect(report.skipped).toEqual([]);
    expect(report.added.map((a) => a.url)).toEqual(
      real.sources.filter((s) => s.kind === 'feed').map((s) => new URL(s.url).href),
    );
    expect(text).toContain('kind: feed');
  });

  test('the CLI exports OPML to stdout and imports from a file', async () => {
    const content = join(dir, 'content');
    const opmlFile = join(dir, 'in.opml');
    await writeFile(opmlFile, OPML);
    const imported = await run('npx', ['tsx', 'scripts/sources.ts', 'import', opmlFile, '--content', content], {
      cwd: ROOT,
    });
    expect(imported.stdout).toMatch(/4 added, 1 skipped/);
    const exported = await run('npx', ['tsx', 'scripts/sources.ts', 'export', '--content', content], { cwd: ROOT });
    expect(parseOpml(exported.stdout, 'stdout')).toHaveLength(4);
    const failed = await run('npx', ['tsx', 'scripts/sources.ts', 'import', join(dir, 'missing.opml')], {
      cwd: ROOT,
    }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(/missing\.opml: cannot read/);
  }, 60_000);
});
