/**
 * Real pages from ../shared/corpus/pages go through the watcher's fetch, decode and extraction
 * without error and decode correctly (GB2312 declared only by <meta>, ISO-8859-1 declared after
 * byte 1024). Skipped with a notice when the corpus is absent (SHARED_DIR); nothing is copied from
 * it. scripts/watch/pages.test.ts covers the same quirks with fixtures of our own.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchDefaultsSchema, sourceConfigSchema } from '../../src/model/schema/index.ts';
import { readSnapshot } from '../../scripts/watch/snapshot.ts';
import { watchPage } from '../../scripts/watch/watch.ts';
import { servePages, type PageServer } from '../helpers/page-server.ts';
import { sharedPath, sharedPresent } from '../helpers/shared-dir.ts';

const CORPUS = sharedPath('corpus/pages');
const present = sharedPresent(CORPUS, 'watch-corpus');

const CASES = [
  { file: 'feeder/gb2312.html', selector: 'title', expect: 'QQ业务乐园' },
  { file: 'robinsonai-mcp-servers/anthropic-pricing.html', selector: 'h3', expect: 'Sonnet 4.5' },
  { file: 'miniflux/iso-8859-1-meta-after-1024.html', selector: 'title, p', expect: 'Frédéric' },
  { file: 'miniflux/utf8-meta-after-1024.html', selector: 'title, p', expect: 'Café' },
  { file: 'miniflux/miniflux_wikipedia.html', selector: 'title', expect: 'Wikipédia' },
  { file: 'rsparser/sixcolors.html', selector: 'title', expect: 'Six Colors' },
];

const PROVIDER = `---
name: Anthropic
hq: US
website: https://www.anthropic.com/
openai_compatible:
  status: partial
sources:
  - url: https://www.anthropic.com/
    publisher: Anthropic
---
`;

describe.skipIf(!present)('real pages from the corpus', () => {
  let server: PageServer;
  let dir: string;
  beforeAll(async () => {
    server = await servePages();
    dir = await mkdtemp(join(tmpdir(), 'watch-corpus-'));
    // the watcher checks that a page's provider exists before it reads the page
    await mkdir(join(dir, 'providers'));
    await writeFile(join(dir, 'providers', 'anthropic.md'), PROVIDER);
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  test.each(CASES)('$file decodes and extracts (finds "$expect")', async ({ file, selector, expect: text }) => {
    const id = file
      .replace(/[^a-z0-9]+/gi, '-')
      .toLowerCase()
      .replace(/^-|-$/g, '');
    server.set(`/${id}`, { body: readFileSync(join(CORPUS, file)), contentType: 'text/html' });
    const source = sourceConfigSchema.parse({
      id,
      kind: 'page',
      url: `${server.url}/${id}`,
      provider: 'anthropic',
      list: 'offers',
      extract: { selector },
    });
    const out = await watchPage(source, {
      contentDir: dir,
      defaults: fetchDefaultsSchema.parse({ allow_private_addresses: true }),
      today: '2025-01-01',
    });
    expect(out.status, JSON.stringify(out)).toBe('baseline');
    const snap = await readSnapshot(dir, id);
    expect(snap!.names.join('\n')).toContain(text);
    expect(snap!.names.join('\n')).not.toContain('\uFFFD');
  });

  test('the provider pricing page is not mistaken for a country list', async () => {
    const id = 'pricing-as-regions';
    server.set(`/${id}`, {
      body: readFileSync(join(CORPUS, 'robinsonai-mcp-servers/anthropic-pricing.html')),
      contentType: 'text/html; charset=utf-8',
    });
    const source = sourceConfigSchema.parse({
      id,
      kind: 'page',
      url: `${server.url}/${id}`,
      provider: 'anthropic',
      extract: { selector: 'h3' },
      expect_min: 100,
    });
    const out = await watchPage(source, {
      contentDir: dir,
      defaults: fetchDefaultsSchema.parse({ allow_private_addresses: true }),
      today: '2025-01-01',
    });
    expect(out).toMatchObject({ status: 'failed', error: { kind: 'invalid' } });
  });
});
