/**
 * The possible queue in review: list, promote (to a candidate written by the ingester's own
 * writer, or a source of the event that has the story), dismiss; each decision logged for the
 * classifier's training. Fixture: tests/fixtures/review-content plus a queue written here.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCommand } from '../../scripts/review/commands.ts';
import { reviewInteractive } from '../../scripts/review/interactive.ts';
import { ReviewError } from '../../scripts/review/plan.ts';
import { readCuratorLog } from '../../scripts/review/curator-log.ts';
import {
  possiblePath,
  readPossibleQueue,
  removeFromPossibleQueue,
  writePossibleQueue,
} from '../../scripts/ingest/write/possible-queue.ts';
import type { PossibleItem } from '../../scripts/ingest/write/possible-queue.ts';
import { loadContent } from '../../src/model/store.ts';
import { crossCheck } from '../../src/model/validate.ts';

const QWEN_URL = 'https://scmp.com/news/qwen-price-cut';

function item(over: Partial<PossibleItem>): PossibleItem {
  return {
    key: 'https://www.reuters.com/technology/kimi-free-quota',
    source: 'wire',
    url: 'https://www.reuters.com/technology/kimi-free-quota?utm_source=x',
    title: 'Moonshot gives OpenAI developers a free Kimi quota',
    summary: 'Moonshot AI offers free tokens to developers leaving OpenAI.',
    published: '2024-06-28',
    language: 'en',
    score: 0.42,
    cues: ['free tokens', 'OpenAI'],
    type: 'incentive',
    providers: ['openai'],
    regions: ['CN'],
    first_seen: '2024-06-29',
    ...over,
  };
}
const KIMI = item({});
const CHIPS = item({
  key: 'https://wire.example/chips',
  url: 'https://wire.example/chips',
  title: 'Chip export rules tighten again',
  summary: '',
  score: 0.31,
  cues: ['export'],
  type: 'policy',
  providers: [],
  regions: ['US'],
});
const KNOWN = item({
  key: QWEN_URL,
  url: QWEN_URL,
  title: 'Alibaba cuts Qwen prices',
  score: 0.55,
  type: 'incentive',
  providers: ['alibaba-cloud'],
  regions: ['global'],
});

let root: string;
let log: { path: string; today: string };
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'aaw-possible-'));
  await cp('tests/fixtures/review-content', root, { recursive: true });
  await writeFile(
    join(root, 'sources.yaml'),
    'sources:\n  - { id: wire, name: Example Wire, url: "https://wire.example/feed" }\n',
  );
  await writePossibleQueue(root, { version: 1, items: [KIMI, CHIPS, KNOWN] });
  log = { path: join(root, 'curator.jsonl'), today: '2024-07-01' };
});
afterEach(() => rm(root, { recursive: true, force: true }));

const queueKeys = async () => (await readPossibleQueue(root)).items.map((i) => i.key);

describe('the possible queue file', () => {
  test('is stable JSON sorted by key, and removing an item rewrites only that', async () => {
    const text = await readFile(possiblePath(root), 'utf8');
    expect(JSON.parse(text).items.map((i: PossibleItem) => i.key)).toEqual([QWEN_URL, CHIPS.key, KIMI.key]);
    expect(text.endsWith('}\n')).toBe(true);
    expect(await writePossibleQueue(root, await readPossibleQueue(root))).toBe(false);
    expect(await removeFromPossibleQueue(root, CHIPS.key)).toMatchObject({ title: CHIPS.title });
    expect(await removeFromPossibleQueue(root, CHIPS.key)).toBeUndefined();
    expect(await queueKeys()).toEqual([QWEN_URL, KIMI.key]);
  });

  test('a broken file is an error naming it and the field', async () => {
    await writeFile(possiblePath(root), '{"version":1,"items":[{"key":"javascript:alert(1)"}]}');
    await expect(readPossibleQueue(root)).rejects.toThrow(/possible\.json: not a possible queue: items\.0\.key/);
  });
});

describe('review commands on the possible queue', () => {
  test('list shows the candidates, then the queue likeliest first with score and cues', async () => {
    const out = await runCommand(root, 'list', [], {});
    expect(out).toContain('3 candidate(s)');
    expect(out).toMatch(/Possible:\n#1 {2}score 0\.55 .*\n.*Alibaba cuts Qwen prices/);
    expect(out).toContain(
      '#2  score 0.42  2024-06-28  incentive  providers: openai  regions: CN  via wire  cues: free tokens, OpenAI',
    );
    const rows = JSON.parse(await runCommand(root, 'list', ['possible'], { json: true }));
    expect(rows.map((r: { index: number; key: string }) => [r.index, r.key])).toEqual([
      [1, QWEN_URL],
      [2, KIMI.key],
      [3, CHIPS.key],
    ]);
  });

  test("promote N writes a candidate with the ingester's writer, takes it off the queue and logs it", async () => {
    const out = await runCommand(root, 'promote', ['2'], {}, log);
    const id = '2024-06-28-moonshot-gives-openai-developers-a-free-kimi-quota';
    expect(out).toBe(`${KIMI.key}: promoted to candidate ${id}\n`);
    const content = await loadContent(root);
    const e = content.events.find((x) => x.id === id)!;
    expect(e.data).toMatchObject({
      status: 'candidate',
      origin: 'feed:wire',
      type: 'incentive',
      providers: ['openai'],
      regions: ['CN'],
      date: '2024-06-28',
      matched_terms: ['free tokens', 'OpenAI'],
      sources: [{ url: KIMI.key, publisher: 'Example Wire', via: 'wire', language: 'en' }],
    });
    expect(crossCheck(root, content)).toEqual([]);
    expect(await queueKeys()).toEqual([QWEN_URL, CHIPS.key]);
    expect(await readCuratorLog(log.path)).toEqual([
      {
        date: '2024-07-01',
        decision: 'promote',
        id,
        title: KIMI.title,
        summary: KIMI.summary,
        language: 'en',
        type: 'incentive',
        providers: ['openai'],
        regions: ['CN'],
      },
    ]);
  });

  test('an item whose URL an event already cites leaves the queue without a second event', async () => {
    const before = (await loadContent(root)).events.length;
    expect(await runCommand(root, 'promote', [QWEN_URL], {}, log)).toBe(
      `${QWEN_URL}: already cited by 2024-06-24-alibaba-qwen-price-cut; taken off the possible queue\n`,
    );
    expect((await loadContent(root)).events).toHaveLength(before);
    expect(await queueKeys()).not.toContain(QWEN_URL);
  });

  test('dismiss takes items off the queue, writes no event, and logs each without an id', async () => {
    const before = (await loadContent(root)).events.length;
    expect(await runCommand(root, 'dismiss', ['3', KIMI.key], {}, log)).toBe(
      `dismissed ${CHIPS.key}\ndismissed ${KIMI.key}\n`,
    );
    expect(await queueKeys()).toEqual([QWEN_URL]);
    expect((await loadContent(root)).events).toHaveLength(before);
    const records = await readCuratorLog(log.path);
    expect(records.map((r) => [r.decision, r.id, r.title])).toEqual([
      ['dismiss', undefined, CHIPS.title],
      ['dismiss', undefined, KIMI.title],
    ]);
  });

  test.each([
    ['an unknown key', ['https://nowhere.example/'], 'no such possible item'],
    ['a number past the end', ['4'], 'no such possible item (give its URL or its number 1–3'],
    ['nothing', [], 'expects one or more item URLs or numbers'],
  ])('refuses %s and changes nothing', async (_name, args, message) => {
    const before = await readFile(possiblePath(root), 'utf8');
    await expect(runCommand(root, 'promote', args, {}, log)).rejects.toThrow(ReviewError);
    await expect(runCommand(root, 'dismiss', args, {}, log)).rejects.toThrow(message);
    expect(await readFile(possiblePath(root), 'utf8')).toBe(before);
    expect(existsSync(log.path)).toBe(false);
  });

  test("publish and reject are logged with the event's facts", async () => {
    await runCommand(root, 'publish', ['2024-06-27-zhipu-free-tokens-for-openai-users'], {}, log);
    await runCommand(root, 'reject', ['2024-06-24-alibaba-qwen-price-cut'], {}, log);
    const records = await readCuratorLog(log.path);
    expect(records.map((r) => [r.date, r.decision, r.id])).toEqual([
      ['2024-07-01', 'publish', '2024-06-27-zhipu-free-tokens-for-openai-users'],
      ['2024-07-01', 'reject', '2024-06-24-alibaba-qwen-price-cut'],
    ]);
    expect(records[0]).toMatchObject({
      type: 'report',
      providers: ['zhipu-ai'],
      title: 'Zhipu AI offers free tokens to developers leaving OpenAI',
    });
  });
});

test('naming an item when the queue is empty says so', async () => {
  await writePossibleQueue(root, { version: 1, items: [] });
  await expect(runCommand(root, 'dismiss', ['1'], {}, log)).rejects.toThrow(
    '1: no such possible item (the possible queue is empty)',
  );
});

describe('the interactive review of the possible queue', () => {
  test('after the candidates, p promotes an item and shows the new candidate at once; d dismisses', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d) => (printed += d));
    // skip the 3 candidates; item 1 (Qwen) is already cited: promoted away; item 2 promoted, then published; item 3 dismissed
    input.end('s\ns\ns\np\np\np\nd\n');
    const summary = await reviewInteractive(root, input, output, { log });
    expect(printed).toContain('3 possible item(s): the classifier was unsure about these.');
    expect(printed).toContain('[possible 2/3] score 0.42 · found by wire on 2024-06-29');
    expect(printed).toContain('why unsure: free tokens, OpenAI');
    expect(printed).toContain('[promoted] 2024-06-28-moonshot-gives-openai-developers-a-free-kimi-quota');
    expect(summary).toMatchObject({
      promoted: [QWEN_URL, KIMI.key],
      dismissed: [CHIPS.key],
      published: ['2024-06-28-moonshot-gives-openai-developers-a-free-kimi-quota'],
      possibleLeft: 0,
    });
    expect(printed).toContain('; 2 promoted, 1 dismissed, 0 possible left');
    expect((await readCuratorLog(log.path)).map((r) => r.decision)).toEqual([
      'promote',
      'promote',
      'publish',
      'dismiss',
    ]);
    expect(await queueKeys()).toEqual([]);
  });
});

test('a broken queue file is reported by name; the candidates are still reviewed and nothing else is lost', async () => {
  await writeFile(possiblePath(root), '{"version":2,"items":[]}');
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (d) => (printed += d));
  input.end('p\ns\ns\n');
  const summary = await reviewInteractive(root, input, output, { log });
  expect(summary.published).toEqual(['2024-06-27-zhipu-free-tokens-for-openai-users']);
  expect(printed).toMatch(/possible queue not reviewed: .*possible\.json: not a possible queue: version/);
  await expect(runCommand(root, 'list', ['possible'], {})).rejects.toThrow(
    /possible\.json: not a possible queue: version/,
  );
  expect(await readFile(possiblePath(root), 'utf8')).toBe('{"version":2,"items":[]}');
});
