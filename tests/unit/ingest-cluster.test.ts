import { describe, expect, test } from 'vitest';
import { addEvent, buildIndex, cluster, decide, emptyIndex, refOf } from '../../scripts/ingest/cluster/cluster.ts';
import type { ClassifiedCandidate } from '../../scripts/ingest/types.ts';
import { dice, titleFeatures } from '../../scripts/ingest/cluster/similarity.ts';

function item(over: Partial<ClassifiedCandidate>): ClassifiedCandidate {
  return {
    title: 'OpenAI will block API traffic from China starting July 9',
    summary: '',
    url: 'https://a.example/1',
    published: '2024-06-25',
    publisher: 'A',
    sourceId: 'a',
    relevant: true,
    outcome: 'candidate',
    score: 0.9,
    matched: ['block'],
    type: 'restriction',
    providers: ['openai'],
    regions: ['CN'],
    models: [],
    ...over,
  };
}

const known = {
  id: '2024-06-25-openai-china-api-block-notice',
  data: {
    title: 'OpenAI tells developers in unsupported regions it will block their API traffic',
    date: '2024-06-25',
    type: 'restriction' as const,
    providers: ['openai'],
    regions: ['CN', 'HK', 'MO'],
    sources: [
      {
        url: 'https://example.org/news/openai-blocks-china',
        title: 'OpenAI to block API access in China from July 9',
        published: '2024-06-25',
      },
    ],
  },
};

describe('cluster', () => {
  test('an item with the URL of a known source is recognised, tracking parameters and all', () => {
    const index = buildIndex([known]);
    const d = decide(item({ url: 'https://example.org/news/openai-blocks-china' }), index);
    expect(d).toMatchObject({ kind: 'known', event: { id: known.id } });
  });

  test('a similar English headline two days later joins the known event', () => {
    const index = buildIndex([known]);
    const d = decide(
      item({ title: 'OpenAI to block API traffic from China from July 9', published: '2024-06-27' }),
      index,
    );
    expect(d).toMatchObject({ kind: 'join', event: { id: known.id } });
  });

  test('a similar Chinese headline joins an event opened by a Chinese headline', () => {
    const plan = cluster(
      [
        item({ title: 'OpenAI将从7月9日起封锁中国API访问', url: 'https://cn.example/1', regions: ['CN'] }),
        item({ title: 'OpenAI宣布7月9日起封锁中国地区API访问', url: 'https://cn.example/2', regions: ['CN'] }),
      ],
      emptyIndex(),
    );
    expect(plan.created).toHaveLength(1);
    expect(plan.created[0]!.candidates.map((c) => c.url)).toEqual(['https://cn.example/1', 'https://cn.example/2']);
  });

  test.each([
    [
      'a different story the same day',
      item({
        title: 'Baidu offers free Ernie tokens to OpenAI users',
        providers: ['baidu', 'openai'],
        type: 'incentive',
        url: 'https://b.example/1',
      }),
      item({
        title: 'Alibaba Cloud offers free Qwen tokens to OpenAI users',
        providers: ['alibaba-cloud', 'openai'],
        type: 'incentive',
        url: 'https://b.example/2',
      }),
    ],
    [
      'the same words about another country',
      item({ title: 'Taiwan bans DeepSeek in government agencies', providers: ['deepseek'], regions: ['TW'] }),
      item({
        title: 'Australia bans DeepSeek in government agencies',
        providers: ['deepseek'],
        regions: ['AU'],
        url: 'https://a.example/2',
      }),
    ],
    ['a similar story a week later', item({}), item({ published: '2024-07-03', url: 'https://a.example/3' })],
  ])('does not merge %s', (_name, a, b) => {
    const plan = cluster([a, b], emptyIndex());
    expect(plan.created).toHaveLength(2);
  });

  test('new events get unique ids when titles and dates collide', () => {
    const index = emptyIndex();
    index.ids.add('2024-06-25-openai-will-block-api-traffic-from-china-starting-july-9');
    const plan = cluster([item({ regions: ['RU'], providers: [] })], index);
    expect(plan.created[0]!.ref.id).toBe('2024-06-25-openai-will-block-api-traffic-from-china-starting-july-9-2');
  });

  test('looks only at events in the date window that share a provider or region (no scan of the knowledge base)', () => {
    const index = emptyIndex();
    for (let i = 0; i < 5000; i++) {
      const day = new Date(Date.UTC(2020, 0, 1 + (i % 1500))).toISOString().slice(0, 10);
      addEvent(
        index,
        refOf(`e${i}`, {
          ...known.data,
          date: day,
          title: `Story ${i}`,
          providers: [`p${i % 50}`],
          regions: [],
          sources: [{ url: `https://x.example/${i}`, title: `Story ${i}` }],
        }),
      );
    }
    const looked = new Set<unknown>();
    const spy = new Proxy(index.byDayKey, {
      get: (t, k) =>
        k === 'get'
          ? (key: string) => {
              const v = t.get(key);
              for (const r of v ?? []) looked.add(r);
              return v;
            }
          : Reflect.get(t, k),
    });
    decide(item({ providers: ['p7'], regions: [], published: '2022-01-01' }), {
      ...index,
      byDayKey: spy as Map<string, never>,
    });
    expect(looked.size).toBeLessThanOrEqual(7);
  });
});

describe('title similarity', () => {
  test.each([
    [
      'similar English titles',
      'OpenAI to block API access in China from July 9',
      'OpenAI will block API traffic from China starting July 9',
      0.5,
      1,
    ],
    ['similar Chinese titles', 'OpenAI将从7月9日起封锁中国API访问', 'OpenAI宣布7月9日起封锁中国地区API访问', 0.5, 1],
    ['unrelated titles', 'OpenAI to block API access in China', 'Nvidia earnings beat expectations', 0, 0.2],
  ])('scores %s', (_name, a, b, min, max) => {
    const s = dice(titleFeatures(a), titleFeatures(b));
    expect(s).toBeGreaterThanOrEqual(min);
    expect(s).toBeLessThanOrEqual(max);
  });
});
