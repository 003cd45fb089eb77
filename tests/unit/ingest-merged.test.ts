/**
 * The ingester follows review merges: a candidate merged into another event (rejected, tagged
 * merged-into:<id>) leads new reports of its story to that event, not to the hidden rejected one.
 */
import { describe, expect, test } from 'vitest';
import { buildIndex, cluster, decide, mergedInto } from '../../scripts/ingest/cluster/cluster.ts';
import { mergedTag } from '../../scripts/review/plan.ts';
import type { ClassifiedCandidate } from '../../scripts/ingest/types.ts';

const TARGET = '2024-06-25-openai-china-api-block-notice';
const MERGED = '2024-06-26-openai-cn-report';

function item(over: Partial<ClassifiedCandidate>): ClassifiedCandidate {
  return {
    title: 'OpenAI宣布7月9日起封锁中国地区API访问',
    summary: '',
    url: 'https://cn2.example/2',
    published: '2024-06-27',
    publisher: 'CN2',
    sourceId: 'cn2',
    relevant: true,
    outcome: 'candidate',
    score: 0.9,
    matched: ['封锁'],
    type: 'restriction',
    providers: ['openai'],
    regions: ['CN'],
    models: [],
    ...over,
  };
}

const event = (id: string, title: string, date: string, url: string, tags?: string[]) => ({
  id,
  data: {
    title,
    date,
    type: 'restriction' as const,
    providers: ['openai'],
    regions: ['CN'],
    tags,
    sources: [{ url, title, published: date }],
  },
});

const target = event(
  TARGET,
  'OpenAI tells developers in unsupported regions it will block their API traffic',
  '2024-06-25',
  'https://openai.example/notice',
);
const merged = event(MERGED, 'OpenAI将从7月9日起封锁中国API访问', '2024-06-26', 'https://cn.example/1', [
  mergedTag(TARGET),
]);

describe('mergedInto', () => {
  test.each([
    { name: 'reads the tag the review tool writes', tags: ['cn', mergedTag('2024-06-25-x')], out: '2024-06-25-x' },
    { name: 'gives nothing without such a tag', tags: ['cn'], out: undefined },
    { name: 'gives nothing without tags', tags: undefined, out: undefined },
  ])('$name', ({ tags, out }) => {
    expect(mergedInto(tags)).toBe(out);
  });
});

describe('buildIndex with merged candidates', () => {
  test.each([
    {
      name: "a report citing the merged candidate's URL is known at the target",
      c: item({ url: 'https://cn.example/1' }),
      decision: { kind: 'known', event: { id: TARGET } },
    },
    {
      name: "a headline like the merged candidate's joins the target",
      c: item({}),
      decision: { kind: 'join', event: { id: TARGET } },
    },
  ])('$name', ({ c, decision }) => {
    expect(decide(c, buildIndex([merged, target]))).toMatchObject(decision);
  });

  test('follows a chain of merges to the last event', () => {
    const middle = event(
      '2024-06-25-middle',
      'OpenAI API block notice for China',
      '2024-06-25',
      'https://m.example/1',
      [mergedTag(TARGET)],
    );
    const first = { ...merged, data: { ...merged.data, tags: [mergedTag(middle.id)] } };
    expect(decide(item({}), buildIndex([first, middle, target]))).toMatchObject({
      kind: 'join',
      event: { id: TARGET },
    });
  });

  test('keeps a merged candidate as itself when its target is gone', () => {
    const orphan = { ...merged, data: { ...merged.data, tags: [mergedTag('2024-01-01-missing')] } };
    expect(decide(item({ url: 'https://cn.example/1' }), buildIndex([orphan]))).toMatchObject({
      kind: 'known',
      event: { id: MERGED },
    });
  });

  test('never reuses the id of a merged candidate for a new event', () => {
    const index = buildIndex([merged, target]);
    expect(index.ids.has(MERGED)).toBe(true);
    const plan = cluster(
      [
        item({
          title: 'OpenAI cn report',
          url: 'https://x.example/1',
          published: '2024-06-26',
          providers: ['baidu'],
          regions: ['JP'],
        }),
      ],
      index,
    );
    expect(plan.created[0]?.ref.id).toBe(`${MERGED}-2`);
  });
});
