/**
 * The interactive review reads the files a decision touches again before writing, so what
 * another run wrote while the curator was reading is kept (or reported), never overwritten.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { reviewInteractive } from '../../scripts/review/interactive.ts';
import type { InteractiveOptions } from '../../scripts/review/interactive.ts';
import { acquireContentLock, withContentLock } from '../../src/model/content-lock.ts';
import { parseMarkdown } from '../../src/model/frontmatter.ts';

const ZHIPU = '2024-06-27-zhipu-free-tokens-for-openai-users';
const NEXT = '2024-06-26-openai-api-block-china-reuters';
let root: string;
const file = (id: string) => join(root, 'events', '2024', `${id}.md`);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'aaw-review-refresh-'));
  await cp('tests/fixtures/review-content', root, { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** Starts the review; `answer(line, before?)` waits for the next key prompt, runs `before`, then types the line. */
function session(opts: InteractiveOptions = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  let prompts = 0;
  let wake = () => {};
  output.on('data', (d: Buffer) => {
    printed += d;
    prompts = printed.split('[q]uit > ').length - 1;
    wake();
  });
  const done = reviewInteractive(root, input, output, opts);
  let answered = 0;
  const answer = async (line: string, before?: () => Promise<void>) => {
    while (prompts <= answered) await new Promise<void>((r) => (wake = r));
    answered++;
    await before?.();
    input.write(`${line}\n`);
  };
  return { answer, done, printed: () => printed };
}

describe('a decision in the interactive review', () => {
  test('publishes with the source appended while the candidate was on screen', async () => {
    const review = session();
    const text = await readFile(file(ZHIPU), 'utf8');
    const appended = text.replace(
      'origin: feed:example-zh',
      '  - url: https://late.example/zhipu\n    title: Late report\n    publisher: Late News\norigin: feed:example-zh',
    );
    await review.answer(''); // the candidate is on screen (loaded); an empty line only repeats the keys
    await writeFile(file(ZHIPU), appended);
    await review.answer('p');
    await review.answer('q');
    await review.done;
    const after = await readFile(file(ZHIPU), 'utf8');
    expect(after).toContain('https://late.example/zhipu');
    expect(after).toMatch(/^status: published$/m);
  });

  test('reports and moves on from a candidate someone else decided while it was on screen', async () => {
    const review = session();
    await review.answer('s');
    await writeFile(file(NEXT), (await readFile(file(NEXT), 'utf8')).replace('status: candidate', 'status: rejected'));
    await review.answer('p');
    await review.answer('q');
    const summary = await review.done;
    expect(review.printed()).toContain(`not changed: ${NEXT}: is rejected, not a candidate`);
    expect(review.printed()).toContain(`${NEXT} was decided or removed elsewhere (now rejected); moving on`);
    expect(summary.published).toEqual([]);
    expect(parseMarkdown(await readFile(file(NEXT), 'utf8')).data.status).toBe('rejected');
  });

  test('reports a decision made while another run holds the lock, and applies it when tried again', async () => {
    const ingest = await acquireContentLock(root, { command: 'ingest' });
    const review = session({
      locked: (fn) => withContentLock(root, { command: 'review (interactive)', waitMs: 0 }, fn),
    });
    await review.answer('p');
    await review.answer('p', () => ingest.release()); // the refusal is on screen; the ingest ends
    await review.answer('q');
    const summary = await review.done;
    expect(review.printed()).toMatch(/not changed: .*\.lock: the content folder is locked by ingest \(pid \d+/);
    expect(summary.published).toEqual([ZHIPU]);
  });
});
