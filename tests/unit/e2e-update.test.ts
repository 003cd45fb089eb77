/**
 * End to end, as the scheduled job and a curator use the project: fixture feeds, a dead feed and
 * a watched page served from 127.0.0.1 → `npm run update` on a temporary content folder →
 * `npm run review` publishes, rejects and merges candidates → `astro build` → the built site
 * shows exactly what the review decided, everywhere. A second update then finds nothing new and
 * changes nothing outside content/state/.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFaultServer, type FaultServer } from '../helpers/fault-server.ts';
import { buildSite, inProjectOutDir } from '../helpers/build-site.ts';
import { hashTree, readTextTree } from '../helpers/file-tree.ts';

const REPO = resolve(import.meta.dirname, '../..');
const FIXTURES = join(REPO, 'tests/fixtures');
/** The stories of the fixture feeds (tests/fixtures/e2e/feeds), by what the curator does with them. */
const TITLES = {
  publish: 'Zhipu AI offers 150 million free GLM tokens to developers leaving OpenAI',
  reject: 'Baidu denies it will block Ernie API access for overseas developers',
  merge: '百度文心大模型两大主力模型全面免费',
  target: 'Baidu makes Ernie Speed and Ernie Lite free for all developers',
  remain: 'Alibaba Cloud cuts Qwen-Long API price by 97 percent',
};
const MERGED_URL = 'https://cn.e2e.example/2024/05/21/wenxin-free';
const REJECTED_URL = 'https://wire.e2e.example/2024/07/baidu-denies-overseas-block';
const CURATED = '2024-06-25-openai-blocks-unsupported-regions';
/** A feed that last worked weeks before this run: the update and /status/ must both flag it. */
const DEAD_HEALTH = {
  consecutiveFailures: 7,
  lastSuccess: '2024-06-01T00:00:00.000Z',
  lastFailure: '2024-06-02T00:00:00.000Z',
  lastErrorKind: 'http',
  lastError: 'HTTP 500',
};

let server: FaultServer;
let root: string;
let content: string;
let ids: Record<keyof typeof TITLES, string>;
let site: Map<string, string>;
let firstUpdate: Awaited<ReturnType<typeof update>>;
let reviewed: string[];
const outDirs: string[] = [];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
/** The parts of `npm run update --report` this test reads. */
interface UpdateReport {
  build: { status: string };
  changes: { newCandidates: { id: string; title: string }[]; newSources: unknown[] };
  ingest: { report: { totals: { created: number; added: number } } };
}

/** `node --import tsx <script> …args` from the repository root. */
function run(script: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((ok) => child.on('close', (code) => ok({ code, stdout, stderr })));
}

/** One `npm run update` with its own output and cache folders; resolves the run and its JSON report. */
async function update(n: number) {
  const report = join(root, `update-${n}.json`);
  // inside the project: see tests/helpers/build-site.ts on Astro's shared fallback folder
  const env = { OUT_DIR: inProjectOutDir(join(root, `update-${n}-dist`)), CACHE_DIR: join(root, `update-${n}-cache`) };
  outDirs.push(env.OUT_DIR);
  const result = await run('scripts/update.ts', ['--content', content, '--report', report], env);
  if (result.code !== 0) throw new Error(`update ${n} exited ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return { ...result, report: JSON.parse(await readFile(report, 'utf8')) as UpdateReport };
}

async function review(...args: string[]): Promise<string> {
  const result = await run('scripts/review.ts', [...args, '--content', content]);
  if (result.code !== 0) throw new Error(`review ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result.stdout;
}

/** A small content tree: four providers, one curated event, the local sources, one old failure. */
async function makeContent(): Promise<void> {
  await cp(join(FIXTURES, 'site-content/providers'), join(content, 'providers'), { recursive: true });
  await cp(join(FIXTURES, 'e2e/events'), join(content, 'events'), { recursive: true });
  const at = (path: string) => `"${server.url}${path}"`;
  await writeFile(
    join(content, 'sources.yaml'),
    [
      'defaults:',
      '  timeout_ms: 5000',
      '  allow_private_addresses: true',
      'sources:',
      `  - { id: e2e-wire, name: E2E Wire, url: ${at('/fixtures/e2e/feeds/wire-en.xml')} }`,
      `  - { id: e2e-cnwire, name: E2E 中文新闻, language: zh, url: ${at('/fixtures/e2e/feeds/cnwire-zh.xml')} }`,
      `  - { id: e2e-dead, name: Dead feed, url: ${at('/status/500')} }`,
      `  - { id: e2e-openai-countries, kind: page, name: OpenAI countries, provider: openai, expect_min: 10, url: ${at('/fixtures/pages/list-v1.html')}, extract: { selector: "main li" } }`,
      '',
    ].join('\n'),
  );
  await mkdir(join(content, 'state'));
  await writeFile(join(content, 'state/health.json'), `${JSON.stringify({ 'e2e-dead': DEAD_HEALTH }, null, 2)}\n`);
}

/** Files of the built site that contain `text`. */
const filesWith = (text: string) => [...site.keys()].filter((f) => site.get(f)!.includes(text));
const page = (path: string) => site.get(path) ?? '';

beforeAll(async () => {
  server = await startFaultServer({ fixturesDir: FIXTURES });
  root = await mkdtemp(join(tmpdir(), 'aaw-e2e-'));
  content = join(root, 'content');
  await makeContent();
  // 1. The scheduled update: ingest (feeds, then the watched page), then build.
  firstUpdate = await update(1);
  const listed: { id: string; title: string }[] = JSON.parse(await review('list', '--json'));
  ids = Object.fromEntries(
    Object.entries(TITLES).map(([k, title]) => [
      k,
      listed.find((c) => c.title === title)?.id ?? `(no candidate titled ${title})`,
    ]),
  ) as typeof ids;
  // 2. The curator reviews the newswire.
  reviewed = [
    await review('publish', ids.publish),
    await review('reject', ids.reject),
    await review('merge', ids.merge, ids.target),
  ];
  // 3. The site as the deploy would build it.
  await buildSite({ outDir: join(root, 'dist'), cacheDir: join(root, 'dist-cache'), contentDir: content });
  site = await readTextTree(join(root, 'dist'), ['.html', '.json', '.xml', '.csv', '.txt']);
}, 300_000);

afterAll(async () => {
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
  await Promise.all(outDirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('update → review → build', { timeout: 240_000 }, () => {
  test('the update proposes the five relevant stories and flags the dead feed', () => {
    expect(firstUpdate.report.changes.newCandidates.map((c) => c.title).sort()).toEqual(Object.values(TITLES).sort());
    expect(firstUpdate.report.build.status).toBe('ok');
    expect(firstUpdate.stdout).toContain('- New candidates: 5\n');
    expect(firstUpdate.stdout).toContain(
      '- Sources failing for more than a day: 1\n  - e2e-dead: last worked 2024-06-01T00:00:00.000Z',
    );
  });

  test('the review tool reports each action', () => {
    expect(reviewed).toEqual([
      `published ${ids.publish}\n`,
      `rejected ${ids.reject}\n`,
      expect.stringContaining(`merged ${ids.merge} into ${ids.target}`),
    ]);
  });

  test('the published story is on the timeline, in the feed and the exports, with its own page', () => {
    expect(page('index.html')).toContain(`/events/${ids.publish}/`);
    expect(existsSync(join(root, 'dist/events', ids.publish, 'index.html'))).toBe(true);
    for (const file of ['feed.xml', 'data/events.json', 'search/index.json', 'sitemap.xml'])
      expect(filesWith(TITLES.publish).concat(filesWith(ids.publish))).toContain(file);
  });

  test('the rejected story appears nowhere: no page, timeline, newswire, search index, export, feed or sitemap', () => {
    expect(existsSync(join(root, 'dist/events', ids.reject))).toBe(false);
    expect([filesWith(ids.reject), filesWith(TITLES.reject), filesWith(REJECTED_URL)]).toEqual([[], [], []]);
  });

  test("the merged story's source is on its target's page, with an archived copy, and the merged candidate is gone", () => {
    const target = page(`events/${ids.target}/index.html`);
    expect(target).toContain(`href="${MERGED_URL}"`);
    expect(target).toContain(`href="https://web.archive.org/web/20240521/${MERGED_URL}"`);
    expect(target).toContain('aria-label="Archived copy of E2E 中文新闻 source"');
    expect(existsSync(join(root, 'dist/events', ids.merge))).toBe(false);
    expect(filesWith(ids.merge)).toEqual([]);
    expect(filesWith(TITLES.merge).filter((f) => !site.get(f)!.includes(ids.target))).toEqual([]);
  });

  test('the newswire lists the remaining candidates and nothing else', () => {
    const wire = page('newswire/index.html');
    const linked = Object.entries(ids)
      .filter(([, id]) => wire.includes(`/events/${id}/`))
      .map(([k]) => k);
    expect(linked.sort()).toEqual(['remain', 'target']);
    expect(page('index.html')).toContain(`/events/${CURATED}/`);
  });

  test('the status page lists every source and flags the dead feed in words', () => {
    const status = page('status/index.html');
    const row = (id: string) => new RegExp(`<tr id="source-${id}"[\\s\\S]*?</tr>`).exec(status)?.[0] ?? '';
    expect(status.match(/<tr id="source-/g)).toHaveLength(4);
    expect(row('e2e-dead')).toMatch(/Failing[\s\S]*Failing for more than a day/);
    expect(row('e2e-wire')).toContain('Healthy');
    expect(row('e2e-wire')).not.toContain('more than a day');
    expect(row('e2e-openai-countries')).toMatch(/Watched page[\s\S]*Healthy/);
    expect(page('index.html')).toContain('href="/status/"');
  });
});

describe('a second update', { timeout: 240_000 }, () => {
  test('finds nothing new and changes no file outside content/state/', async () => {
    const before = await hashTree(content, ['state']);
    const second = await update(2);
    expect(second.report.changes).toMatchObject({ newCandidates: [], newSources: [] });
    expect(second.report.ingest.report.totals).toMatchObject({ created: 0, added: 0 });
    expect(second.stdout).toContain('- New candidates: 0\n');
    expect(await hashTree(content, ['state'])).toEqual(before);
  });
});
