import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { runUpdate } from '../../scripts/update/pipeline.ts';
import { loadContent } from '../../src/model/store.ts';
import { crossCheck } from '../../src/model/validate.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

// The update with the real ingest CLI (scripts/ingest.ts) over a feed served from 127.0.0.1;
// only the site build is a stand-in (the browser tests build the real site).
let server: StaticServer;
let root: string;
beforeAll(async () => {
  server = await serveStatic(resolve('tests/fixtures/update/feeds'));
  root = await mkdtemp(join(tmpdir(), 'aaw-update-real-'));
});
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe.runIf(existsSync('scripts/ingest.ts'))('npm run update with the real ingest', { timeout: 120_000 }, () => {
  test('proposes candidates from a feed, reports the failed source, and leaves valid content', async () => {
    const content = join(root, 'content');
    await cp('tests/fixtures/review-content', content, { recursive: true });
    await writeFile(
      join(content, 'sources.yaml'),
      `defaults:\n  allow_private_addresses: true\nsources:\n  - id: example-news\n    url: ${server.url}/news.xml\n  - id: gone-feed\n    url: ${server.url}/missing.xml\n`,
    );
    let out = '';
    const code = await runUpdate({
      content,
      report: join(root, 'report.json'),
      print: (t) => (out += t),
      buildScript: resolve('tests/fixtures/update/build-stand-in.mjs'),
    });
    expect(code).toBe(0);
    const report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8'));
    expect(report.ingest.report.totals).toMatchObject({ sources: 2, failed: 1 });
    expect(report.changes.newCandidates.length).toBeGreaterThan(0);
    expect(out).toContain(`- New candidates: ${report.changes.newCandidates.length}\n`);
    // What the update read from content/ agrees with what the ingest says it wrote.
    const added = report.changes.newSources.reduce((n: number, e: { added: number }) => n + e.added, 0);
    expect([report.changes.newCandidates.length, added]).toEqual([
      report.ingest.report.totals.created,
      report.ingest.report.totals.added,
    ]);
    expect(out).toMatch(/- Failed sources: 1\n {2}- gone-feed: not-found /);
    const loaded = await loadContent(content);
    expect([...loaded.problems, ...crossCheck(content, loaded)]).toEqual([]);
  });
});
