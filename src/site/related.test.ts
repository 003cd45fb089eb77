import { describe, expect, test } from 'vitest';
import { testEvent as ev } from '../../tests/helpers/events.ts';
import { loadContent } from '../model/store.ts';
import { buildRelatedIndex, eventKeys, relatedFor, storyScore } from './related.ts';

const block = ev('block', { date: '2024-07-09', providers: ['openai'], regions: ['CN', 'HK'], tags: ['seed-story'] });
const notice = ev('notice', { date: '2024-06-25', effective: '2024-07-09', providers: ['openai'], regions: ['CN'] });
const offer = ev('offer', { date: '2024-06-26', type: 'incentive', providers: ['baidu'], regions: ['CN'] });
const lateOffer = ev('late-offer', { date: '2025-10-01', type: 'incentive', providers: ['baidu'], regions: ['CN'] });
const laterOpenai = ev('later-openai', { date: '2025-10-02', type: 'report', providers: ['openai'], regions: ['US'] });
const eu = ev('eu', { date: '2024-07-01', type: 'policy', regions: ['EU'], tags: ['seed-story'] });
const pool = [block, notice, offer, lateOffer, laterOpenai, eu];

describe('relatedFor', () => {
  const index = buildRelatedIndex(pool);
  test('cause and response within weeks come first, topical neighbours after', () => {
    const r = relatedFor(index, block);
    expect(r.story.map((e) => e.id)).toEqual(['notice', 'offer']);
    expect(r.topical.map((e) => e.id)).toEqual(['later-openai', 'late-offer']);
  });
  test('workflow tags relate nothing', () => {
    expect(eventKeys(block)).not.toContain('t:seed-story');
    const r = relatedFor(index, eu);
    expect([...r.story, ...r.topical]).toEqual([]);
  });
  test('a response is related to the cut it answers, not to a same-type event a year later', () => {
    expect(storyScore(offer, block)).toBeGreaterThan(0);
    expect(storyScore(offer, lateOffer)).toBe(0);
  });
  test('a shared source makes a story even across months', () => {
    const a = ev('a', { date: '2024-01-01', sources: [{ url: 'https://www.example.com/x/', publisher: 'P' }] });
    const b = ev('b', { date: '2024-09-01', sources: [{ url: 'https://example.com/x', publisher: 'Q' }] });
    expect(relatedFor(buildRelatedIndex([a, b]), a).story.map((e) => e.id)).toEqual(['b']);
  });
  test('an event outside the pool (a candidate) gets related pool events', () => {
    const candidate = ev('candidate', { date: '2024-07-10', providers: ['openai'], regions: ['CN'] });
    expect(relatedFor(index, candidate).story.map((e) => e.id)).toContain('block');
  });
  test('looks at a bounded part of each bucket, however large the pool', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      ev(`e${i}`, { date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, providers: ['openai'], regions: ['CN'] }),
    );
    const big = buildRelatedIndex(many);
    let reads = 0;
    const probe = new Proxy(block, {
      get(target, key, receiver) {
        if (key === 'data') reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const r = relatedFor(big, probe);
    expect(r.story.length).toBeGreaterThan(0);
    // each candidate is scored at most twice against the event (story, topic); a full scan would read 5000+ times
    expect(reads).toBeLessThan(1000);
  });
});

describe('the story in content/', () => {
  test('the 9 July 2024 OpenAI block relates to the migration offers it caused', async () => {
    const { events } = await loadContent('content');
    const published = events.filter((e) => e.data.status === 'published');
    const index = buildRelatedIndex(published);
    const block = published.find((e) => e.id === '2024-07-09-openai-api-block-takes-effect');
    if (!block) throw new Error('the block event is missing');
    const story = relatedFor(index, block).story.map((e) => e.id);
    expect(story).toEqual(
      expect.arrayContaining([
        '2024-06-25-baidu-ernie-migration-offer',
        '2024-06-25-alibaba-qwen-plus-migration-offer',
        '2024-06-25-zhipu-special-migration-program',
      ]),
    );
    expect(story.every((id) => id.startsWith('2024-'))).toBe(true);
  });
});
