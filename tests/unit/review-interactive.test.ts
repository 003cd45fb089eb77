import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { reviewInteractive } from '../../scripts/review/interactive.ts';
import { parseMarkdown } from '../../src/model/frontmatter.ts';

const FIXTURE = 'tests/fixtures/review-content';
// Newest first: the order the review shows them in.
const ZHIPU = '2024-06-27-zhipu-free-tokens-for-openai-users';
const REUTERS = '2024-06-26-openai-api-block-china-reuters';
const QWEN = '2024-06-24-alibaba-qwen-price-cut';
const CURATED = '2024-06-25-openai-blocks-unsupported-regions';

let root: string;
const frontmatter = async (id: string) =>
  parseMarkdown(await readFile(join(root, 'events', '2024', `${id}.md`), 'utf8')).data as Record<string, unknown>;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'aaw-review-i-'));
  await cp(FIXTURE, root, { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** Runs the review with `keys` as its whole input; returns the summary and everything printed. */
async function drive(keys: string) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (d) => (printed += d));
  input.end(keys);
  const summary = await reviewInteractive(root, input, output);
  return { summary, printed };
}

describe('the interactive review', () => {
  test('publishes, rejects and quits with the keys p, r, q', async () => {
    const { summary, printed } = await drive('p\nr\nq\n');
    expect(summary).toMatchObject({ published: [ZHIPU], rejected: [REUTERS], remaining: 1 });
    expect((await frontmatter(ZHIPU)).status).toBe('published');
    expect((await frontmatter(REUTERS)).status).toBe('rejected');
    expect((await frontmatter(QWEN)).status).toBe('candidate');
    expect(printed).toContain(`published ${ZHIPU}`);
    expect(printed).toContain('review: 1 published, 1 rejected, 0 edited, 0 merged, 0 skipped; 1 candidate(s) left');
  });

  test('shows title, dates, providers, regions, sources and why it was judged relevant', async () => {
    const { printed } = await drive('q\n');
    for (const line of [
      `[1/3] ${ZHIPU}`,
      'Zhipu AI offers free tokens to developers leaving OpenAI',
      'date 2024-06-27 · type report',
      'providers: zhipu-ai',
      '- Example News: https://scmp.com/news/zhipu-migration?id=7',
      'why relevant: 智谱, OpenAI, 迁移',
    ])
      expect(printed).toContain(line);
  });

  test('edits with the current values as defaults, then publishes', async () => {
    const { summary } = await drive('e\nincentive\n\ncn, hk\n2024-07-09\np\nq\n');
    expect(summary).toMatchObject({ edited: [ZHIPU], published: [ZHIPU] });
    expect(await frontmatter(ZHIPU)).toMatchObject({
      type: 'incentive',
      providers: ['zhipu-ai'],
      regions: ['CN', 'HK'],
      effective: '2024-07-09',
      status: 'published',
    });
  });

  test('merges into the id it is given and moves on', async () => {
    const { summary } = await drive(`s\nm\n${CURATED}\nq\n`);
    expect(summary).toMatchObject({ skipped: [ZHIPU], merged: [REUTERS] });
    expect((await frontmatter(REUTERS)).status).toBe('rejected');
    expect((await frontmatter(CURATED)).sources).toHaveLength(2);
  });

  test.each([
    { name: 'an unknown merge target', keys: 'm\nnope\nq\n', says: 'not changed: nope: unknown event id' },
    { name: 'a bad region in an edit', keys: 'e\n\n\nXX\n\nq\n', says: `not changed: ${ZHIPU}: bad region "XX"` },
    { name: 'an unknown key', keys: 'x\nq\n', says: 'keys: p publish, r reject, e edit, m merge, s skip, q quit' },
  ])('says what is wrong with $name, changes nothing and asks again', async ({ keys, says }) => {
    const before = await frontmatter(ZHIPU);
    const { printed, summary } = await drive(keys);
    expect(printed).toContain(says);
    expect(printed.split(`[1/3] ${ZHIPU}`)).toHaveLength(3);
    expect(await frontmatter(ZHIPU)).toEqual(before);
    expect(summary.remaining).toBe(3);
  });

  test('treats the end of the input as quit', async () => {
    const { summary } = await drive('p\n');
    expect(summary).toMatchObject({ published: [ZHIPU], remaining: 2 });
  });

  test('runs as `review --interactive` reading keys from stdin', async () => {
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      'scripts/review.ts',
      '--interactive',
      '--content',
      root,
      '--curator-log',
      join(root, 'curator.jsonl'),
    ]);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stdin.end('r\np\nq\n');
    const code = await new Promise((ok) => child.on('close', ok));
    expect(code).toBe(0);
    expect(out).toContain('review: 1 published, 1 rejected');
    expect((await frontmatter(ZHIPU)).status).toBe('rejected');
    expect((await frontmatter(REUTERS)).status).toBe('published');
  });
});
