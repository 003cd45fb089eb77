/**
 * End to end: the `npm run ingest` command against fixture feeds served by the local fault
 * server, on a temporary copy of a small content tree.
 */
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, test, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startFaultServer, type FaultServer } from '../helpers/fault-server.ts';
import { loadContent } from '../../src/model/store.ts';
import { crossCheck } from '../../src/model/validate.ts';
import { parseMarkdown } from '../../src/model/frontmatter.ts';

// Each run is a child process (tsx start-up included): allow for a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const ROOT = new URL('../..', import.meta.url).pathname;
const CONTENT = new URL('../fixtures/site-content/', import.meta.url).pathname;
const FEEDS = new URL('../fixtures/ingest', import.meta.url).pathname;
let server: FaultServer;
let dir: string;

beforeAll(async () => {
  server = await startFaultServer({ fixturesDir: FEEDS });
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
  await cp(CONTENT, dir, { recursive: true });
  await writeSources([
    { id: 'wire', url: `${server.url}/fixtures/wire-en.xml?etag=%22w1%22` },
    { id: 'cnwire', url: `${server.url}/fixtures/cnwire-zh.xml?etag=%22c1%22` },
    { id: 'broken', url: `${server.url}/status/500` },
  ]);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeSources(sources: { id: string; url: string }[]): Promise<void> {
  const lines = sources.map((s) => `  - id: ${s.id}\n    kind: feed\n    url: "${s.url}"\n`);
  await writeFile(
    join(dir, 'sources.yaml'),
    `defaults:\n  timeout_ms: 5000\n  allow_private_addresses: true\nsources:\n${lines.join('')}`,
  );
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The ingest command as a child process; with `pauseMs`, through the test entry that waits after each file written. */
function ingest(args: string[], pauseMs = 0): Promise<Run> & { kill: () => void } {
  const entry = pauseMs ? ['tests/helpers/ingest-child.ts', '--pause-ms', String(pauseMs)] : ['scripts/ingest.ts'];
  const child = spawn(process.execPath, ['--import', 'tsx', ...entry, '--content', dir, ...args], {
    cwd: ROOT,
    env: process.env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return Object.assign(done, { kill: () => child.kill('SIGKILL') });
}

/**
 * Every file below `dir` (relative path → content), state/ left out unless asked. The content
 * lock and its drafts come and go while a run is alive, so they are not content and are skipped.
 */
async function snapshot(withState = false): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    for (const it of await readdir(d, { withFileTypes: true })) {
      const p = join(d, it.name);
      // the lock and atomic-write drafts (dot files) come and go while a run is alive
      if (it.name.startsWith('.')) continue;
      if (it.isDirectory()) {
        if (withState || relative(dir, p) !== 'state') await walk(p);
      } else out.set(relative(dir, p), await readFile(p, 'utf8'));
    }
  };
  await walk(dir);
  return out;
}

async function valid(): Promise<void> {
  const content = await loadContent(dir);
  expect([...content.problems, ...crossCheck(dir, content)]).toEqual([]);
}

describe('npm run ingest', () => {
  test('proposes candidates, adds sources to known events, and a second run changes nothing outside state/', async () => {
    const before = await snapshot();
    const first = await ingest([]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^failed\s+broken: http: /m);
    const afterFirst = await snapshot();
    const created = [...afterFirst.keys()].filter((k) => !before.has(k));
    expect(created).toHaveLength(3);
    expect(created.some((f) => /a-li-yun/.test(f))).toBe(true);
    await valid();

    const second = await ingest([]);
    expect(second.code).toBe(0);
    expect(await snapshot()).toEqual(afterFirst);
  });

  test('keeps the title, summary, body and status of curated events byte for byte', async () => {
    const file = 'events/2024/2024-06-26-zhipu-special-migration-program.md';
    const before = await readFile(join(dir, file), 'utf8');
    await ingest([]);
    const after = await readFile(join(dir, file), 'utf8');
    expect(after).not.toBe(before);
    const [a, b] = [parseMarkdown(before), parseMarkdown(after)];
    for (const key of ['title', 'summary', 'status']) expect(b.data[key]).toEqual(a.data[key]);
    expect(b.body).toBe(a.body);
    expect(after.slice(0, after.indexOf('sources:'))).toBe(before.slice(0, before.indexOf('sources:')));
  });

  test('--dry-run writes nothing, state included', async () => {
    const before = await snapshot(true);
    const run = await ingest(['--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/dry run \(nothing written\).*3 new candidate/);
    expect(await snapshot(true)).toEqual(before);
  });

  test('--report writes the run as JSON', async () => {
    const path = join(dir, '..', `${relative(tmpdir(), dir)}-report.json`);
    await ingest(['--report', path]);
    const report = JSON.parse(await readFile(path, 'utf8'));
    await rm(path);
    expect(report.totals).toEqual({
      sources: 3,
      failed: 1,
      items: 9,
      created: 3,
      added: 1,
      refused: 0,
      possible: 0,
      expired: 0,
    });
    expect(report.sources.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
      ['wire', 'ok'],
      ['cnwire', 'ok'],
      ['broken', 'failed'],
    ]);
    expect(report.sources[2].error.kind).toBe('http');
    expect(report.files.filter((f: { action: string }) => f.action === 'created')).toHaveLength(3);
  });

  test('--only reads just the sources named', async () => {
    const run = await ingest(['--only', 'cnwire']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/wire:.*\n.*wire:/);
    expect(run.stdout).toMatch(/^ok\s+cnwire:/m);
  });

  test.each([
    [
      'a bad sources.yaml entry',
      'sources:\n  - id: Bad_Id\n    kind: feed\n    url: ftp://x\n',
      /sources\[0\] \(Bad_Id\)\.(id|url)/,
    ],
    ['an unknown --only id', null, /no source with id "nope"/],
  ])('exits 1 on %s, naming it', async (_name, yaml, message) => {
    if (yaml) await writeFile(join(dir, 'sources.yaml'), yaml);
    const run = await ingest(yaml ? [] : ['--only', 'nope']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  test('exits 1 when every source fails', async () => {
    await writeSources([
      { id: 'down', url: `${server.url}/status/503` },
      { id: 'gone', url: `${server.url}/status/404` },
    ]);
    const run = await ingest([]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/2 sources, 2 failed/);
  });

  test('a run killed while writing leaves no partial event file, and the next run completes', async () => {
    const before = new Set((await snapshot()).keys());
    const run = ingest([], 3000);
    const deadline = Date.now() + 20000;
    let created: string[] = [];
    while (created.length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      created = [...(await snapshot()).keys()].filter((k) => !before.has(k) && k.endsWith('.md'));
    }
    run.kill();
    await run;
    expect(created.length).toBeGreaterThan(0);
    await valid();
    const next = await ingest([]);
    expect(next.code).toBe(0);
    await valid();
    const events = [...(await snapshot()).keys()].filter((k) => k.endsWith('.md') && !before.has(k));
    expect(events).toHaveLength(3);
    expect((await stat(join(dir, 'state', 'seen.json'))).isFile()).toBe(true);
  });
});
