import { afterAll, describe, expect, test } from 'vitest';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { runUpdate } from '../../scripts/update/pipeline.ts';
import { acquireContentLock } from '../../src/model/content-lock.ts';

const FIXTURES = 'tests/fixtures';
const STAND_INS = {
  ingestScript: resolve(FIXTURES, 'update', 'ingest-stand-in.mjs'),
  buildScript: resolve(FIXTURES, 'update', 'build-stand-in.mjs'),
};
const roots: string[] = [];
afterAll(() => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

/** A fresh folder: `content/` with providers, events and source health. */
async function setup(): Promise<{ root: string; content: string }> {
  const root = await mkdtemp(join(tmpdir(), 'aaw-update-'));
  roots.push(root);
  const content = join(root, 'content');
  await cp(join(FIXTURES, 'review-content'), content, { recursive: true });
  await mkdir(join(content, 'state'));
  await cp(join(FIXTURES, 'update', 'health.json'), join(content, 'state', 'health.json'));
  return { root, content };
}

/** Runs the update in-process with the stand-ins; resolves its exit code and what it printed. */
async function update(
  content: string,
  opts: {
    report?: string;
    summary?: string;
    sources?: string;
    only?: string;
    dryRun?: boolean;
    ingestScript?: string;
  } = {},
  env: Record<string, string> = {},
) {
  let out = '';
  const code = await runUpdate({
    content,
    ...STAND_INS,
    ...opts,
    print: (t) => (out += t),
    env: { ...process.env, ...env },
  });
  return { code, out };
}

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

// Each test starts child processes; generous time for a loaded machine.
describe('npm run update', { timeout: 90_000 }, () => {
  test('summarises every kind of change once, after ingest and build', async () => {
    const { root, content } = await setup();
    const { code, out } = await update(content, {
      report: join(root, 'report.json'),
      summary: join(root, 'summary.md'),
    });
    expect(code).toBe(0);
    const summary = await readFile(join(root, 'summary.md'), 'utf8');
    expect(out).toBe(`\n${summary}`);
    for (const line of [
      '- New candidates: 2',
      "  - 2024-07-01-new-candidate (restriction) `New 'candidate' @someone ![x](https://t.example/x.png)`",
      '- New sources on known events: 1',
      '  - 2024-06-24-alibaba-qwen-price-cut: +1',
      '- Availability events: 1',
      '- Provider availability changes: 1',
      '  - openai: +CN:blocked',
      '- Failed sources: 1',
      '  - example-en: timeout `no answer in 20000 ms` (1 in a row)',
      '- Sources failing for more than a day: 1',
      '  - example-zh: last worked 2024-06-30T00:00:00.000Z, 9 failures, last http `HTTP 503 from https://example.cn/feed`',
      '- Content check: ok',
      '- Build: ok',
    ])
      expect(summary).toContain(`${line}\n`);
    const report = await readJson(join(root, 'report.json'));
    expect(report).toMatchObject({
      exitCode: 0,
      ingest: { exitCode: 0, report: { stand_in: true } },
      build: { status: 'ok', exitCode: 0 },
    });
    expect(report.changes.newCandidates.map((c: { id: string }) => c.id)).toEqual([
      '2024-07-01-new-candidate',
      '2024-07-02-watch-openai',
    ]);
    expect(await readFile(join(content, 'build-content-dir.txt'), 'utf8')).toBe(content);
  });

  test('passes --content, --sources, --only and --dry-run to the ingest and skips the build on a dry run', async () => {
    const { root, content } = await setup();
    const { code, out } = await update(content, {
      sources: join(root, 'other.yaml'),
      only: 'example-en',
      dryRun: true,
    });
    expect(code).toBe(0);
    const args: string[] = await readJson(join(content, 'ingest-args.json'));
    expect(args.slice(0, 2)).toEqual(['--content', content]);
    expect(args).toEqual(
      expect.arrayContaining(['--sources', join(root, 'other.yaml'), '--only', 'example-en', '--dry-run', '--report']),
    );
    expect(out).toContain('- New candidates: 0\n');
    expect(out).toContain('- Build: skipped (dry run)\n');
    await expect(readFile(join(content, 'build-content-dir.txt'))).rejects.toThrow(/ENOENT/);
  });

  test.each([
    { name: 'exits 0 when both succeed', ingest: '0', build: '0', exit: 0, buildStatus: 'ok' },
    {
      name: "exits with the ingest's code when every source failed",
      ingest: '1',
      build: '0',
      exit: 1,
      buildStatus: 'ok',
    },
    { name: 'exits 1 when the build fails', ingest: '0', build: '1', exit: 1, buildStatus: 'failed' },
    { name: 'exits 1 when both fail', ingest: '1', build: '2', exit: 1, buildStatus: 'failed' },
  ])('$name', async ({ ingest, build, exit, buildStatus }) => {
    const { root, content } = await setup();
    const report = join(root, 'report.json');
    const { code } = await update(content, { report }, { AAW_TEST_INGEST_EXIT: ingest, AAW_TEST_BUILD_EXIT: build });
    expect(code).toBe(exit);
    expect(await readJson(report)).toMatchObject({
      exitCode: exit,
      ingest: { exitCode: Number(ingest) },
      build: { status: buildStatus },
    });
  });

  test('checks the content after the ingest and, when it fails, skips the build, names the problem and exits 1', async () => {
    const { root, content } = await setup();
    const file = join(content, 'events', '2024', '2024-06-20-unrelated-rejected.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^date: .*$/m, 'date: 2024-06-31'));
    const report = join(root, 'report.json');
    const { code, out } = await update(content, { report });
    expect(code).toBe(1);
    expect(out).toContain('- Content check: **failed**, problems: 1\n');
    expect(out).toContain(
      '`events/2024/2024-06-20-unrelated-rejected.md: date: must be a real date written YYYY-MM-DD`',
    );
    expect(out).toContain('- Build: skipped (the content check failed)\n');
    await expect(readFile(join(content, 'build-content-dir.txt'))).rejects.toThrow(/ENOENT/);
    expect(await readJson(report)).toMatchObject({
      exitCode: 1,
      check: { status: 'failed' },
      build: { status: 'skipped' },
    });
  });

  test('names the ingest script when it does not exist', async () => {
    const { root, content } = await setup();
    await expect(update(content, { ingestScript: join(root, 'missing.ts') })).rejects.toThrow(
      `the ingest script ${join(root, 'missing.ts')} does not exist`,
    );
  });

  test('runs no ingest while another run holds the content lock, and releases its own afterwards', async () => {
    const { content } = await setup();
    const held = await acquireContentLock(content, { command: 'review publish' });
    const busy = runUpdate({ content, lockWaitMs: 0, print: () => {}, ...STAND_INS });
    await expect(busy).rejects.toThrow(/locked by review publish \(pid \d+/);
    await expect(readFile(join(content, 'ingest-args.json'))).rejects.toThrow(/ENOENT/);
    await held.release();
    expect((await update(content)).code).toBe(0);
    await expect(readFile(join(content, '.lock'))).rejects.toThrow(/ENOENT/);
  });

  test('runs as `npm run update` and exits with the code it computed', async () => {
    const { root, content } = await setup();
    const child = spawn(
      process.execPath,
      [
        ...['--import', 'tsx', 'tests/helpers/update-child.ts'],
        ...['--ingest-script', STAND_INS.ingestScript, '--build-script', STAND_INS.buildScript],
        ...['--content', content, '--report', join(root, 'r.json')],
      ],
      { env: { ...process.env, AAW_TEST_BUILD_EXIT: '3' } },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const code = await new Promise((ok) => child.on('close', ok));
    expect(code).toBe(1);
    expect(out).toContain('- Build: **failed** (exit 3)\n');
    expect((await readJson(join(root, 'r.json'))).exitCode).toBe(1);
  });
});
