/**
 * `npm run ingest` handles `kind: page` sources: the same flags (--only, --dry-run, --report),
 * one line per page, state and snapshots in the content folder. Pages served from 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { servePages, type PageServer } from '../helpers/page-server.ts';

const run = promisify(execFile);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
const PROVIDER = `---\nname: Acme AI\nhq: US\nwebsite: https://acme.example\nopenai_compatible: { status: unknown }\nsources:\n  - { url: "https://acme.example/about", title: About, publisher: Acme }\n---\n`;

let server: PageServer;
let dir: string;

beforeAll(async () => {
  server = await servePages();
  dir = await mkdtemp(join(tmpdir(), 'watch-cli-'));
  await mkdir(join(dir, 'providers'), { recursive: true });
  await writeFile(join(dir, 'providers', 'acme.md'), PROVIDER);
  await writeFile(
    join(dir, 'sources.yaml'),
    [
      'defaults: { allow_private_addresses: true }',
      'sources:',
      '  - { id: acme-countries, kind: page, name: Acme countries, provider: acme, expect_min: 8,',
      `      url: "${server.url}/countries", extract: { selector: "main li" } }`,
      '',
    ].join('\n'),
  );
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const ingest = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', resolve('scripts/ingest.ts'), '--content', dir, ...args], {
    env: { ...process.env, CONTENT_DIR: '' },
  });

test('a dry run checks the page and writes nothing', async () => {
  server.set('/countries', { body: fixture('list-v1.html') });
  const { stdout } = await ingest('--only', 'acme-countries', '--dry-run');
  expect(stdout).toMatch(/baseline\s+acme-countries \(page\): first check: stored 15 items as the baseline, no event/);
  expect(existsSync(join(dir, 'state'))).toBe(false);
});

test('a real run stores the baseline, sets the availability, records health and writes the JSON report', async () => {
  const report = join(dir, 'report.json');
  const { stdout } = await ingest('--report', report);
  expect(stdout).toMatch(
    /first check: stored 15 items as the baseline and set the provider's availability from them, no event/,
  );
  expect(existsSync(join(dir, 'state', 'snapshots', 'acme-countries.json'))).toBe(true);
  const health = JSON.parse(await readFile(join(dir, 'state', 'health.json'), 'utf8'));
  expect(health['acme-countries'].consecutiveFailures).toBe(0);
  const json = JSON.parse(await readFile(report, 'utf8'));
  expect(json.sources).toEqual([expect.objectContaining({ id: 'acme-countries', status: 'ok', items: 15 })]);
});

test('a second run within 12 hours skips the page and says how to check it now', async () => {
  const { stdout } = await ingest();
  expect(stdout).toMatch(
    /skipped\s+acme-countries \(page\): fetched less than 720 min ago \(--only acme-countries --force checks it now\)/,
  );
});

test('--force checks the page now, inside the interval', async () => {
  const { stdout } = await ingest('--only', 'acme-countries', '--force');
  expect(stdout).toMatch(/unchanged\s+acme-countries \(page\): 15 items, no change/);
});

test('--force ignores the failure backoff too', async () => {
  server.set('/countries', { status: 500, body: 'down' });
  // every source failed: exit 1
  await expect(ingest('--only', 'acme-countries', '--force')).rejects.toMatchObject({ code: 1 });
  const health = JSON.parse(await readFile(join(dir, 'state', 'health.json'), 'utf8'));
  expect(health['acme-countries'].nextAttemptAfter).toBeDefined();
  server.set('/countries', { body: fixture('list-v1.html') });
  expect((await ingest()).stdout).toMatch(/skipped\s+acme-countries \(page\): backing off after 1 failure\(s\)/);
  expect((await ingest('--only', 'acme-countries', '--force')).stdout).toMatch(/unchanged\s+acme-countries \(page\)/);
});

test("a source's interval_minutes overrides the 12-hour page interval", async () => {
  const health = JSON.parse(await readFile(join(dir, 'state', 'health.json'), 'utf8'));
  const ninetyMinutesAgo = new Date(Date.now() - 90 * 60_000).toISOString();
  health['acme-countries'] = { consecutiveFailures: 0, lastSuccess: ninetyMinutesAgo };
  await writeFile(join(dir, 'state', 'health.json'), `${JSON.stringify(health, null, 2)}\n`);
  expect((await ingest()).stdout).toMatch(/skipped\s+acme-countries \(page\): fetched less than 720 min ago/);
  const yaml = await readFile(join(dir, 'sources.yaml'), 'utf8');
  await writeFile(join(dir, 'sources.yaml'), yaml.replace('expect_min: 8,', 'expect_min: 8, interval_minutes: 60,'));
  expect((await ingest()).stdout).toMatch(/unchanged\s+acme-countries \(page\): 15 items, no change/);
  await writeFile(join(dir, 'sources.yaml'), yaml.replace('expect_min: 8,', 'expect_min: 8, interval_minutes: 120,'));
  expect((await ingest()).stdout).toMatch(/skipped\s+acme-countries \(page\): fetched less than 120 min ago/);
});
