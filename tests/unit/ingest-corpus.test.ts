/**
 * Every real-world feed in ../shared/corpus/feeds, served over HTTP by the fault server and run
 * through fetch → decode → parse → normalize: each yields items or a classified IngestError,
 * never a crash, and nothing that comes out carries markup or a non-http(s) link.
 * Skips with a notice when the corpus is absent (it is never copied into the repository; SHARED_DIR
 * moves it). The same quirks are covered without it by the stage testdata (scripts/ingest/parse, normalize).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchSource } from '../../scripts/ingest/fetch/fetch.ts';
import { decodeBody } from '../../scripts/ingest/parse/decode.ts';
import { parseFeed } from '../../scripts/ingest/parse/parse.ts';
import { normalizeFeed, type NormalizeResult } from '../../scripts/ingest/normalize/normalize.ts';
import { IngestError } from '../../scripts/ingest/fetch/errors.ts';
import { startFaultServer, type FaultServer } from '../helpers/fault-server.ts';
import { expectSafeCandidates } from './ingest-safety.ts';
import { sharedPath, sharedPresent } from '../helpers/shared-dir.ts';

const FEEDS = sharedPath('corpus/feeds');
const present = sharedPresent(FEEDS, 'ingest-corpus');

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? listFiles(p) : [relative(FEEDS, p)];
    })
    .sort();
}
const files = present ? listFiles(FEEDS) : [];

let server: FaultServer;
const results = new Map<string, { text?: string; result?: NormalizeResult; error?: IngestError }>();

async function run(file: string) {
  const url = `${server.url}/files/${file.split('/').map(encodeURIComponent).join('/')}`;
  let text: string | undefined;
  try {
    const fetched = await fetchSource(url, {
      userAgent: 'ai-access-watch-test/1.0',
      timeoutMs: 10000,
      maxBytes: 15 * 1024 * 1024,
      allowPrivateAddresses: true,
    });
    if (fetched.kind !== 'ok') throw new Error('a plain GET cannot be unchanged');
    text = decodeBody(fetched.bytes, fetched.contentType);
    const raw = await parseFeed(text);
    return { text, result: normalizeFeed(raw, { sourceId: 'corpus', feedUrl: fetched.finalUrl }) };
  } catch (err) {
    if (err instanceof IngestError) return { text, error: err };
    throw err;
  }
}

describe.skipIf(!present)('the shared feed corpus', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    server = await startFaultServer({ filesDir: FEEDS });
    for (const f of files) results.set(f, await run(f));
  }, 120_000);
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await server?.close();
  });

  test.each(files)('%s gives items or a classified error, and only safe text and links', (file) => {
    const r = results.get(file)!;
    expect(r.result ?? r.error).toBeDefined();
    if (r.result) expectSafeCandidates(r.result.candidates);
    else expect(r.error?.kind).toMatch(/^(parse|not-feed|blocked|invalid)$/);
  });

  test('most of the corpus yields candidates', () => {
    const ok = [...results.values()].filter((r) => (r.result?.candidates.length ?? 0) > 0).length;
    expect(ok).toBeGreaterThan(files.length * 0.6);
  });

  test('the GB2312 feed rsparser/kc0011.rss decodes to the right Chinese', () => {
    const titles = results.get('rsparser/kc0011.rss')?.result?.candidates.map((c) => c.title) ?? [];
    expect(titles).toContain('建国35周年纪念，华表，和平鸽');
  });

  test('the GB2312 feed without a declaration is sniffed', () => {
    expect(results.get('feedparser/illformed/chardet/gb2312.xml')?.text).toContain('不归移民漫画系列：专业工作');
  });

  test('UTF-16 files decode, with and without a BOM', () => {
    expect(results.get('feedparser/encoding/utf-16le-bom.xml')?.text).toContain(
      'Wellformed UTF-16 with Byte Order Mark',
    );
    expect(results.get('simplepie/feed-utf16le.xml')?.result?.candidates.length ?? 0).toBe(0);
    expect(results.get('simplepie/feed-utf16le.xml')?.text).toContain('Test feed title 1');
  });

  test('a feed declaring ISO-8859-1 but written in UTF-8 reads as UTF-8', () => {
    expect(results.get('laminas-feed/laut.de-rdf.xml')?.text).not.toMatch(/Ã[¤¶¼]/);
  });

  test('the XXE feed leaks nothing', () => {
    const r = results.get('laminas-feed/xxe-atom10.xml');
    expect(JSON.stringify(r?.result ?? r?.error?.message)).not.toMatch(/root:|XXE_URI/);
  });

  test('HTML served as a feed is not-feed', () => {
    expect(results.get('rss-parser/unrecognized.rss')?.error?.kind).toBe('not-feed');
    expect(results.get('node-feedparser/notafeed.html')?.error?.kind).toBe('not-feed');
  });

  test('raises no unhandled rejection', () => {
    expect(unhandled).toEqual([]);
  });
});
