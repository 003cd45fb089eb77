/**
 * The same story is one event: a wire report of a story the knowledge base has (same provider,
 * overlapping regions, same kind of event, within days) joins it as a source even when the
 * headline shares few words; an uncertain match becomes a candidate naming the likely event,
 * which the review merges with one key. Fixture: tests/fixtures/same-story.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { cluster } from '../../scripts/ingest/cluster/cluster.ts';
import { judgeStory } from '../../scripts/ingest/cluster/same-story.ts';
import type { Signals } from '../../scripts/ingest/cluster/same-story.ts';
import { indexContent } from '../../scripts/ingest/setup.ts';
import { writePlan } from '../../scripts/ingest/write/write.ts';
import type { ClassifiedCandidate } from '../../scripts/ingest/types.ts';
import { reviewInteractive } from '../../scripts/review/interactive.ts';
import { runCommand } from '../../scripts/review/commands.ts';
import { loadContent } from '../../src/model/store.ts';
import { parseMarkdown } from '../../src/model/frontmatter.ts';

const ITALY = '2025-01-30-italy-garante-blocks-deepseek';

/** A wire report as classify leaves it (the Italy/DeepSeek headline is Reuters' own wording). */
function report(over: Partial<ClassifiedCandidate>): ClassifiedCandidate {
  const triage = { outcome: 'candidate' as const, score: 0.9 };
  return {
    ...triage,
    title: "Italy's regulator blocks Chinese AI app DeepSeek on data protection",
    summary: "Italy's data protection authority ordered DeepSeek to block its chatbot in the country.",
    url: 'https://wire.example/world/europe/italy-regulator-deepseek-2025-01-30/',
    published: '2025-01-30',
    publisher: 'Wire',
    sourceId: 'wire',
    relevant: true,
    matched: ['regulator', 'blocks', 'DeepSeek'],
    type: 'restriction',
    providers: ['deepseek'],
    regions: ['IT', 'CN'],
    models: [],
    ...over,
  };
}

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'aaw-same-story-'));
  await cp('tests/fixtures/same-story', root, { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

const event = async (id: string) =>
  parseMarkdown(await readFile(join(root, 'events', id.slice(0, 4), `${id}.md`), 'utf8')).data as Record<
    string,
    unknown
  >;

/** Clusters and writes the reports as the ingester would; returns the plan. */
async function ingest(...reports: ClassifiedCandidate[]) {
  const index = await indexContent(root, await loadContent(root));
  const plan = cluster(reports, index);
  await writePlan(plan, { contentDir: root, dryRun: false });
  return plan;
}

describe('the same story is one event', () => {
  test('the wire report of the Italy/DeepSeek order joins the curated event as a new source', async () => {
    const plan = await ingest(report({}));
    expect(plan.created).toEqual([]);
    expect(plan.added.map((a) => a.ref.id)).toEqual([ITALY]);
    const sources = (await event(ITALY)).sources as { url: string; via?: string }[];
    expect(sources.map((s) => s.url)).toEqual([
      'https://news.example/2025/01/30/privacy-guarantor-blocks-deepseek',
      report({}).url,
    ]);
    expect((await event(ITALY)).status).toBe('published');
  });

  test('a different provider in the same place, the same day, is a different story', async () => {
    const chatgpt = report({
      title: "Italy's regulator orders OpenAI to curb ChatGPT over privacy",
      url: 'https://wire.example/chatgpt',
      providers: ['openai'],
      regions: ['IT'],
    });
    const plan = await ingest(chatgpt);
    expect(plan.added).toEqual([]);
    expect(plan.created).toHaveLength(1);
    expect(plan.created[0]!.likelySameAs).toBeUndefined();
    expect(await event(plan.created[0]!.ref.id)).not.toHaveProperty('likely_same_as');
  });

  test('the same provider in another country is a different story', async () => {
    const plan = await ingest(
      report({
        title: 'Taiwan bars government agencies from using DeepSeek',
        url: 'https://wire.example/tw',
        regions: ['TW'],
      }),
    );
    expect(plan.created.map((e) => e.likelySameAs)).toEqual([undefined]);
  });

  test('an uncertain match is written as a candidate that names the likely event, and m merges it', async () => {
    const later = report({
      title: 'DeepSeek is still missing from Italian app stores',
      url: 'https://wire.example/later',
      published: '2025-02-02',
      regions: ['IT'],
    });
    const plan = await ingest(later);
    const id = plan.created[0]!.ref.id;
    expect(plan.created[0]!.likelySameAs).toBe(ITALY);
    expect(await event(id)).toMatchObject({ status: 'candidate', likely_same_as: ITALY });

    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d) => (printed += d));
    input.end('m\nq\n');
    const summary = await reviewInteractive(root, input, output);
    expect(printed).toContain(`likely the same story as ${ITALY}: m merges it there`);
    expect(summary.merged).toEqual([id]);
    expect(await event(id)).toMatchObject({ status: 'rejected', tags: [`merged-into:${ITALY}`] });
    expect(((await event(ITALY)).sources as { url: string }[]).map((s) => s.url)).toContain(
      'https://wire.example/later',
    );
  });
});

test('publishing a candidate marked likely_same_as keeps it as a story of its own and drops the hint', async () => {
  const plan = await ingest(
    report({
      title: 'DeepSeek is still missing from Italian app stores',
      url: 'https://www.reuters.com/technology/deepseek-italy-later',
      published: '2025-02-02',
      regions: ['IT'],
    }),
  );
  const id = plan.created[0]!.ref.id;
  await runCommand(root, 'publish', [id], {});
  const data = await event(id);
  expect(data.status).toBe('published');
  expect(data).not.toHaveProperty('likely_same_as');
  expect((await event(ITALY)).sources as unknown[]).toHaveLength(1);
});

describe('judgeStory', () => {
  const base: Signals = {
    conflict: false,
    sharedProvider: true,
    sameProviders: true,
    sharedRegion: true,
    sameType: true,
    days: 0,
    title: 0.1,
  };
  test.each<[string, Partial<Signals>, string]>([
    ['every signal agrees', {}, 'same'],
    [
      'a similar title alone',
      { sharedProvider: false, sameProviders: false, sharedRegion: false, sameType: false, title: 0.6 },
      'same',
    ],
    ['provider and region sets in conflict, however similar the title', { conflict: true, title: 0.9 }, 'none'],
    ['three days apart', { days: 3 }, 'likely'],
    ['another kind of event', { sameType: false, title: 0.35 }, 'likely'],
    ['a roundup naming more providers', { sameProviders: false }, 'likely'],
    ['only the provider and the type', { sharedRegion: false, days: 3 }, 'none'],
    [
      'no provider on either side, region, type and a partly similar title',
      { sharedProvider: false, sameProviders: false, title: 0.35 },
      'likely',
    ],
  ])('%s → %s', (_name, over, verdict) => {
    expect(judgeStory({ ...base, ...over })).toBe(verdict);
  });
});

test('"global" is no shared place: two stories of one provider worldwide the same day stay apart', async () => {
  const a = report({
    title: 'DeepSeek pauses API top-ups as servers strain',
    url: 'https://wire.example/a',
    regions: ['global'],
    published: '2025-02-06',
  });
  const b = report({
    title: 'DeepSeek raises prices for its reasoning model',
    url: 'https://wire.example/b',
    regions: ['global'],
    published: '2025-02-06',
  });
  const plan = cluster([a, b], await indexContent(root, await loadContent(root)));
  expect(plan.created).toHaveLength(2);
});
