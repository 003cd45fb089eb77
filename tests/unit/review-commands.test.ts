import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCommand } from '../../scripts/review/commands.ts';
import { ReviewError, mergedTag } from '../../scripts/review/plan.ts';
import { listMarkdown, loadContent } from '../../src/model/store.ts';
import { parseMarkdown } from '../../src/model/frontmatter.ts';
import { crossCheck } from '../../src/model/validate.ts';

const FIXTURE = 'tests/fixtures/review-content';
const ZHIPU = '2024-06-27-zhipu-free-tokens-for-openai-users';
const REUTERS = '2024-06-26-openai-api-block-china-reuters';
const QWEN = '2024-06-24-alibaba-qwen-price-cut';
const CURATED = '2024-06-25-openai-blocks-unsupported-regions';
const REJECTED = '2024-06-20-unrelated-rejected';

let root: string;
const file = (id: string) => join(root, 'events', '2024', `${id}.md`);
const text = (id: string) => readFile(file(id), 'utf8');
const original = (id: string) => readFile(join(FIXTURE, 'events', '2024', `${id}.md`), 'utf8');

/** Every file of the tree and its bytes, to prove a failed command wrote nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = await listMarkdown(dir);
  return Object.fromEntries(
    await Promise.all(files.map(async (f) => [f.slice(dir.length), await readFile(f, 'utf8')])),
  );
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'aaw-review-'));
  await cp(FIXTURE, root, { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('review commands', () => {
  test('list --json gives the candidates newest first with their facts', async () => {
    const rows = JSON.parse(await runCommand(root, 'list', [], { json: true }));
    expect(rows.map((r: { id: string }) => r.id)).toEqual([ZHIPU, REUTERS, QWEN]);
    expect(rows[1]).toEqual({
      id: REUTERS,
      title: 'OpenAI to cut off API access in China from July 9',
      date: '2024-06-26',
      type: 'restriction',
      providers: ['openai'],
      regions: ['CN'],
      sources: 2,
      matched_terms: ['OpenAI', 'block', 'China'],
    });
  });

  test.each([
    {
      name: 'publish changes only the status line',
      command: 'publish',
      args: [ZHIPU],
      from: 'status: candidate',
      to: 'status: published',
    },
    {
      name: 'reject keeps the file and changes only the status line',
      command: 'reject',
      args: [ZHIPU],
      from: 'status: candidate',
      to: 'status: rejected',
    },
    {
      name: 'set changes only the fields it names, keeping title, summary, sources and body',
      command: 'set',
      args: [ZHIPU],
      opts: { type: 'incentive', providers: 'zhipu-ai,openai', regions: 'cn,HK', effective: '2024-07-09' },
      from: 'type: report   # the classifier was unsure\nsurfaces:\n  - api\nstatus: candidate\nproviders: [zhipu-ai]\nregions: []\n',
      to: 'effective: 2024-07-09\ntype: incentive   # the classifier was unsure\nsurfaces:\n  - api\nstatus: candidate\nproviders: [zhipu-ai, openai]\nregions: [CN, HK]\n',
    },
  ])('$name', async ({ command, args, opts, from, to }) => {
    const before = await original(ZHIPU);
    await runCommand(root, command, args, opts ?? {});
    expect(await text(ZHIPU)).toBe(before.replace(from, to));
  });

  test('publish takes several ids and each leaves the candidate list', async () => {
    await runCommand(root, 'publish', [ZHIPU, QWEN], {});
    const rows = JSON.parse(await runCommand(root, 'list', [], { json: true }));
    expect(rows.map((r: { id: string }) => r.id)).toEqual([REUTERS]);
  });

  test('merge moves the sources to the curated event and leaves no orphan', async () => {
    const curatedBefore = await original(CURATED);
    await runCommand(root, 'merge', [REUTERS, CURATED], {});
    const content = await loadContent(root);
    expect(content.problems).toEqual([]);
    expect(crossCheck(root, content)).toEqual([]);
    const target = content.events.find((e) => e.id === CURATED)!;
    expect(target.data.sources.map((s) => s.url)).toEqual([
      'https://www.theregister.com/2024/06/25/openai_unsupported_countries/',
      'https://www.reuters.com/technology/openai-block-china-api-2024-06-26/',
    ]);
    const appended = [
      '  - url: https://www.reuters.com/technology/openai-block-china-api-2024-06-26/',
      '    title: OpenAI to block China API traffic',
      '    publisher: Reuters',
      '    published: 2024-06-26',
      '    via: reuters-tech',
      'origin: curated',
    ].join('\n');
    expect(await text(CURATED)).toBe(curatedBefore.replace('origin: curated', appended));
    expect(target.data.status).toBe('published');
    const merged = content.events.find((e) => e.id === REUTERS)!;
    expect(merged.data.status).toBe('rejected');
    expect(merged.data.tags).toEqual([mergedTag(CURATED)]);
    const visible = content.events.filter((e) => e.data.status !== 'rejected').map((e) => e.id);
    expect(visible).not.toContain(REUTERS);
  });

  test.each([
    ['https://blog.unvetted.example/qwen', 'no primary or established source (blog.unvetted.example)'],
    ['https://cointeeth.com/qwen', 'cointeeth.com is a refused source'],
  ])('publish refuses a candidate citing only %s, as the build would, and writes nothing', async (url, message) => {
    await writeFile(file(QWEN), (await text(QWEN)).replace('https://scmp.com/news/qwen-price-cut', url));
    const before = await snapshot(root);
    const run = runCommand(root, 'publish', [QWEN], {});
    await expect(run).rejects.toThrow(`${QWEN}: cannot publish: ${message}`);
    expect(await snapshot(root)).toEqual(before);
  });

  test('merge into another candidate appends every new source once', async () => {
    await runCommand(root, 'merge', [QWEN, ZHIPU], {});
    const target = parseMarkdown(await text(ZHIPU)).data as { sources: { url: string }[]; status: string };
    expect(target.sources.map((s) => s.url)).toEqual([
      'https://scmp.com/news/zhipu-migration?id=7',
      'https://scmp.com/news/qwen-price-cut',
    ]);
    expect(target.status).toBe('candidate');
    expect(await text(ZHIPU)).toContain(
      "\n---\n\nBody text written by the ingester's curator notes.\nSecond line, kept byte for byte.\n",
    );
  });

  test.each([
    {
      name: 'an unknown id',
      command: 'publish',
      args: ['2024-01-01-nope'],
      message: '2024-01-01-nope: unknown event id',
    },
    {
      name: 'an event that is not a candidate',
      command: 'reject',
      args: [CURATED],
      message: `${CURATED}: is published, not a candidate`,
    },
    {
      name: 'one bad id among good ones',
      command: 'publish',
      args: [ZHIPU, REJECTED],
      message: `${REJECTED}: is rejected, not a candidate`,
    },
    { name: 'no id at all', command: 'publish', args: [], message: 'no event id given' },
    {
      name: 'an unknown provider',
      command: 'set',
      args: [QWEN],
      opts: { providers: 'alibaba-cloud,acme' },
      message: `${QWEN}: unknown provider "acme"`,
    },
    {
      name: 'a bad region',
      command: 'set',
      args: [QWEN],
      opts: { regions: 'CN,China' },
      message: `${QWEN}: bad region "China"`,
    },
    {
      name: 'an invalid date',
      command: 'set',
      args: [QWEN],
      opts: { effective: '2024-02-30' },
      message: `${QWEN}: invalid date "2024-02-30"`,
    },
    {
      name: 'an unknown type',
      command: 'set',
      args: [QWEN],
      opts: { type: 'rumour' },
      message: `${QWEN}: unknown type "rumour"`,
    },
    {
      name: 'an effective date before the date without a note',
      command: 'set',
      args: [QWEN],
      opts: { effective: '2024-01-01' },
      message: 'effective: 2024-01-01 is before date 2024-06-24',
    },
    { name: 'set with nothing to set', command: 'set', args: [QWEN], message: `${QWEN}: nothing to set` },
    { name: 'a merge into itself', command: 'merge', args: [QWEN, QWEN], message: 'cannot be merged into itself' },
    {
      name: 'a merge into a rejected event',
      command: 'merge',
      args: [QWEN, REJECTED],
      message: `${REJECTED}: is rejected`,
    },
    {
      name: 'a merge into an unknown event',
      command: 'merge',
      args: [QWEN, 'nope'],
      message: 'nope: unknown event id',
    },
    { name: 'a merge with one id', command: 'merge', args: [QWEN], message: 'merge: expects ID INTO-ID' },
    { name: 'an unknown command', command: 'approve', args: [QWEN], message: 'unknown command "approve"' },
  ])('refuses $name, names it, and writes nothing', async ({ command, args, opts, message }) => {
    const before = await snapshot(root);
    const run = runCommand(root, command, args, opts ?? {});
    await expect(run).rejects.toThrow(ReviewError);
    await expect(run).rejects.toThrow(message);
    expect(await snapshot(root)).toEqual(before);
  });
});

describe('npm run review (the CLI)', () => {
  const cli = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/review.ts',
        ...args,
        '--content',
        root,
        '--curator-log',
        join(root, 'curator.jsonl'),
      ],
      { encoding: 'utf8' },
    );

  test('exits 0 and prints what it did', () => {
    const r = cli('publish', QWEN);
    expect([r.status, r.stdout]).toEqual([0, `published ${QWEN}\n`]);
  });

  test.each([
    { name: 'an unknown id', args: ['publish', 'nope'], message: 'nope: unknown event id' },
    { name: 'an unknown flag', args: ['list', '--colour'], message: "Unknown option '--colour'" },
    { name: 'no command without a terminal', args: [], message: 'no command and stdin is not a terminal' },
  ])('exits 1 on $name and says why', ({ args, message }) => {
    const r = cli(...args);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
  });
});
