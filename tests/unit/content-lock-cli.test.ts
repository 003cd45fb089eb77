/**
 * Overlapping runs, end to end: real `ingest`, `review` and `sources` child processes on one
 * temporary content tree, fed by the local fault server. Without the content lock, two ingests
 * duplicated candidates (`-2` ids) and an ingest beside a review lost sources and publishes.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { access, cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startFaultServer, type FaultServer } from '../helpers/fault-server.ts';
import { loadContent } from '../../src/model/store.ts';
import { LOCK_BUSY_EXIT } from '../../src/model/content-lock.ts';

vi.setConfig({ testTimeout: 180_000 });

const ROOT = new URL('../..', import.meta.url).pathname;
const CONTENT = new URL('../fixtures/site-content/', import.meta.url).pathname;
const FEEDS = new URL('../fixtures/ingest', import.meta.url).pathname;
let server: FaultServer;
let dir: string;
const OPML = join(tmpdir(), `lock-cli-${process.pid}.opml`);

beforeAll(async () => {
  server = await startFaultServer({ fixturesDir: FEEDS });
});
afterAll(() => server.close());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lock-cli-'));
  await cp(CONTENT, dir, { recursive: true });
  const feed = (id: string, file: string) =>
    `  - id: ${id}\n    kind: feed\n    url: "${server.url}/fixtures/${file}"\n`;
  await writeFile(
    join(dir, 'sources.yaml'),
    `defaults:\n  timeout_ms: 5000\n  allow_private_addresses: true\nsources:\n${feed('wire', 'wire-en.xml')}${feed('cnwire', 'cnwire-zh.xml')}`,
  );
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(OPML, { force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run <script>` as a child process on the temporary content tree. */
/** With `pauseMs`, ingest runs through the test entry that waits after each file written. */
function run(script: 'ingest' | 'review' | 'sources', args: string[], pauseMs = 0): Promise<Run> {
  const entry = pauseMs ? ['tests/helpers/ingest-child.ts', '--pause-ms', String(pauseMs)] : [`scripts/${script}.ts`];
  const child = spawn(process.execPath, ['--import', 'tsx', ...entry, ...args, '--content', dir], {
    cwd: ROOT,
    env: process.env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** `review --interactive` driven line by line: `next()` resolves the text up to the next key prompt. */
function interactiveReview() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/review.ts', '--interactive', '--content', dir], {
    cwd: ROOT,
  });
  let buffer = '';
  let wake = () => {};
  child.stdout.on('data', (d) => {
    buffer += d;
    wake();
  });
  const next = async (): Promise<string> => {
    while (!buffer.includes('[q]uit > ')) await new Promise<void>((r) => (wake = r));
    const at = buffer.indexOf('[q]uit > ') + '[q]uit > '.length;
    const screen = buffer.slice(0, at);
    buffer = buffer.slice(at);
    return screen;
  };
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { next, done, send: (key: string) => child.stdin.write(`${key}\n`) };
}

/** Resolves once `content/.lock` exists (the first run holds the lock). */
async function lockTaken(): Promise<void> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 25))) {
    if (
      await access(join(dir, '.lock')).then(
        () => true,
        () => false,
      )
    )
      return;
  }
  throw new Error('the first run never took the lock');
}

async function eventFiles(): Promise<string[]> {
  const files = await readdir(join(dir, 'events'), { recursive: true });
  return files.filter((f) => f.endsWith('.md')).sort();
}

/** Every (event id, source URL) pair in the tree. */
async function citations(): Promise<Map<string, string[]>> {
  const content = await loadContent(dir);
  expect(content.problems).toEqual([]);
  return new Map(content.events.map((e) => [e.id, e.data.sources.map((s) => s.url)]));
}

describe('the content lock across processes', () => {
  test('two ingests started together: the second waits, and no candidate is proposed twice', async () => {
    const first = run('ingest', [], 1500);
    await lockTaken();
    const second = run('ingest', []);
    const [a, b] = await Promise.all([first, second]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const files = await eventFiles();
    expect(files.filter((f) => /-2\.md$/.test(f))).toEqual([]);
    const urls = [...(await citations()).values()].flat();
    expect(urls.length).toBe(new Set(urls).size);
    expect(b.stderr).toMatch(/ingest: waiting up to 60 s for the content lock held by ingest \(pid \d+ on /);
    expect(b.stdout).toMatch(/0 new candidate event\(s\)/);
    await expect(access(join(dir, '.lock'))).rejects.toThrow(/ENOENT/);
  });

  test('a publish during an ingest: the publish and every source the ingest added survive', async () => {
    const curated = await eventFiles();
    expect((await run('ingest', ['--only', 'wire'])).code).toBe(0);
    const created = (await eventFiles()).filter((f) => !curated.includes(f));
    const candidate = created
      .map((f) => f.split('/').pop()!.replace(/\.md$/, ''))
      .find((id) => id.includes('alibaba'))!;
    expect(candidate, created.join(', ')).toBeTruthy();
    const before = await citations();
    const report = join(tmpdir(), `${relative(tmpdir(), dir)}-report.json`);
    const ingest = run('ingest', ['--only', 'cnwire', '--report', report], 1500);
    await lockTaken();
    const publish = run('review', ['publish', candidate]);
    const [i, p] = await Promise.all([ingest, publish]);
    expect([i.code, p.code], p.stderr).toEqual([0, 0]);
    const added = JSON.parse(await readFile(report, 'utf8')).files as {
      file: string;
      action: string;
      sources: number;
    }[];
    await rm(report);
    const after = await citations();
    const total = (m: Map<string, string[]>) => [...m.values()].reduce((n, urls) => n + urls.length, 0);
    const written = added
      .filter((f) => f.action === 'created' || f.action === 'updated')
      .reduce((n, f) => n + f.sources, 0);
    expect(written).toBeGreaterThan(0);
    expect(total(after)).toBe(total(before) + written);
    expect(after.get(candidate)!.length).toBeGreaterThan(before.get(candidate)!.length);
    const text = await readFile(join(dir, 'events', candidate.slice(0, 4), `${candidate}.md`), 'utf8');
    expect(text).toMatch(/^status: published$/m);
  });

  test('an interactive review left open neither blocks an ingest nor loses the sources it added', async () => {
    const curated = await eventFiles();
    expect((await run('ingest', ['--only', 'wire'])).code).toBe(0);
    const candidate = (await eventFiles())
      .filter((f) => !curated.includes(f))
      .map((f) => f.split('/').pop()!.replace(/\.md$/, ''))
      .find((id) => id.includes('alibaba'))!;
    const before = await citations();
    const review = interactiveReview();
    while (!(await review.next()).includes(`] ${candidate}`)) review.send('s');
    // the curator is reading the candidate; meanwhile the scheduled ingest adds sources to it
    const ingest = await run('ingest', ['--only', 'cnwire']);
    expect(ingest.code).toBe(0);
    expect(ingest.stderr).not.toContain('waiting');
    expect((await citations()).get(candidate)!.length).toBeGreaterThan(before.get(candidate)!.length);
    const added = (await citations()).get(candidate)!;
    review.send('p');
    review.send('q');
    expect(await review.done).toBe(0);
    const text = await readFile(join(dir, 'events', candidate.slice(0, 4), `${candidate}.md`), 'utf8');
    expect(text).toMatch(/^status: published$/m);
    expect((await citations()).get(candidate)).toEqual(added);
  });

  test.each([
    ['ingest', 'ingest' as const, [] as string[]],
    ['review publish', 'review' as const, ['publish', '2025-03-10-candidate-deepseek-blocked']],
    ['sources import', 'sources' as const, ['import', OPML]],
  ])('%s exits 75 naming the holder when the lock stays taken', async (_name, script, args) => {
    await writeFile(
      OPML,
      '<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" text="New" xmlUrl="https://new.example/feed.xml"/></body></opml>',
    );
    const holder = {
      pid: process.pid,
      command: 'review (interactive)',
      host: hostname(),
      started: new Date().toISOString(),
      token: 'live',
    };
    await writeFile(join(dir, '.lock'), JSON.stringify(holder));
    const before = await eventFiles();
    const r = await run(script, [...args, '--lock-wait', '0']);
    expect(r.code).toBe(LOCK_BUSY_EXIT);
    expect(r.stderr).toContain(
      `locked by review (interactive) (pid ${process.pid} on ${hostname()}, since ${holder.started})`,
    );
    expect(await eventFiles()).toEqual(before);
    expect(await readFile(join(dir, 'sources.yaml'), 'utf8')).not.toContain('new.example');
  });

  test('an ingest stopped with SIGTERM or Ctrl-C releases the lock', async () => {
    for (const [signal, code] of [
      ['SIGTERM', 143],
      ['SIGINT', 130],
    ] as const) {
      const entry = ['tests/helpers/ingest-child.ts', '--pause-ms', '5000'];
      const child = spawn(process.execPath, ['--import', 'tsx', ...entry, '--content', dir], { cwd: ROOT });
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      await lockTaken();
      child.kill(signal);
      expect(await closed).toBe(code);
      await expect(access(join(dir, '.lock'))).rejects.toThrow(/ENOENT/);
    }
  });

  test('takes over a stale lock left by a dead run, and removes its temp files', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    await writeFile(
      join(dir, '.lock'),
      JSON.stringify({
        pid: dead,
        command: 'ingest',
        host: hostname(),
        started: '2025-01-01T00:00:00.000Z',
        token: 'dead',
      }),
    );
    const temp = join('events', '2024', '.2024-06-25-openai-china-api-block-notice.md.0123456789ab.tmp');
    await writeFile(join(dir, temp), 'half a file');
    const r = await run('ingest', ['--only', 'wire']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`removed 1 temp file(s) left by a killed run: ${temp}`);
    await expect(access(join(dir, temp))).rejects.toThrow(/ENOENT/);
    await expect(access(join(dir, '.lock'))).rejects.toThrow(/ENOENT/);
  });
});
