import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { contentDir } from '../../src/model/content-dir.ts';
import { loadSourceQuality } from '../../src/model/source-quality.ts';
import { loadRuleTables } from '../../scripts/ingest/classify/tables.ts';
import type { ClassifierTables } from '../../scripts/ingest/classify/tables.ts';
import { emptyIndex } from '../../scripts/ingest/cluster/cluster.ts';
import { fromFile } from '../../scripts/ingest/classify/model-file.ts';
import { emptyPending, processOutcome, writeQueue } from '../../scripts/ingest/process.ts';
import type { RunContext } from '../../scripts/ingest/process.ts';
import { readPossibleQueue } from '../../scripts/ingest/write/possible-queue.ts';
import type { SourceOutcome } from '../../scripts/ingest/collect.ts';

// A hand-set model: "ban" in the text scores sigmoid(1) ≈ 0.73 (between the cuts: possible),
// "blocks" as well scores sigmoid(6) ≈ 1 (a candidate), anything else sigmoid(-1) ≈ 0.27.
const MODEL = fromFile({
  version: 1,
  trained_at: '2025-01-01',
  rows: { total: 0, relevant: 0 },
  thresholds: { candidate: 0.9, possible: 0.5 },
  relevance: { bias: -1, weights: { 'w:ban': 2, 'w:blocks': 5 } },
  type: { classes: ['restriction'], bias: [0], weights: {} },
});

let tables: ClassifierTables;
let dir: string;
beforeAll(async () => {
  tables = { ...(await loadRuleTables(contentDir())), model: MODEL };
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'possible-run-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (): RunContext => ({
  tables,
  index: emptyIndex(),
  seen: { max: 1000, urls: new Map() },
  quality: loadSourceQuality(),
  pending: emptyPending(),
});
const item = (n: number, title: string) => ({
  title,
  summary: '',
  url: `https://news.example/${n}`,
  published: '2025-03-01',
  publisher: 'News',
  sourceId: 'news',
});
const outcome = (candidates: ReturnType<typeof item>[]): SourceOutcome => ({
  id: 'news',
  url: 'https://news.example/feed',
  status: 'ok',
  candidates,
  skipped: {},
  filtered: 0,
  ms: 1,
});

describe('possible items in an ingest run', () => {
  test('are counted in the source report and queued once, with their score, cues and first sighting', async () => {
    const items = [
      item(1, 'OpenAI blocks API access and may ban accounts'),
      item(2, 'Ministry may ban the ChatGPT app'),
      item(3, 'A ChatGPT tips column'),
    ];
    const r1 = run();
    expect(processOutcome(outcome(items), r1)).toMatchObject({ created: 1, possible: 1, irrelevant: 1 });
    expect(await writeQueue(r1, { contentDir: dir, dryRun: false }, '2025-03-01')).toEqual({
      added: 1,
      expired: 0,
      queued: 1,
    });
    const r2 = run();
    processOutcome(outcome([item(2, 'Ministry may ban the ChatGPT app')]), r2);
    expect(await writeQueue(r2, { contentDir: dir, dryRun: false }, '2025-03-02')).toEqual({
      added: 0,
      expired: 0,
      queued: 1,
    });
    const [queued] = (await readPossibleQueue(dir)).items;
    expect(queued).toMatchObject({
      key: 'https://news.example/2',
      source: 'news',
      first_seen: '2025-03-01',
      type: 'restriction',
      score: 0.731,
    });
    expect(queued!.cues).toEqual(expect.arrayContaining(['ban', 'ChatGPT']));
  });

  test('expire 60 days after they were first seen, and a dry run writes nothing', async () => {
    const r1 = run();
    processOutcome(outcome([item(2, 'Ministry may ban the ChatGPT app')]), r1);
    expect(await writeQueue(r1, { contentDir: dir, dryRun: true }, '2025-03-01')).toEqual({
      added: 1,
      expired: 0,
      queued: 1,
    });
    expect((await readPossibleQueue(dir)).items).toEqual([]);
    await writeQueue(r1, { contentDir: dir, dryRun: false }, '2025-03-01');
    expect(await writeQueue(run(), { contentDir: dir, dryRun: false }, '2025-04-30')).toMatchObject({
      expired: 0,
      queued: 1,
    });
    expect(await writeQueue(run(), { contentDir: dir, dryRun: false }, '2025-05-01')).toEqual({
      added: 0,
      expired: 1,
      queued: 0,
    });
  });
});
