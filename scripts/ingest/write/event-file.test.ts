import { describe, expect, test } from 'vitest';
import { renderEvent } from '../../../src/model/event-file.ts';
import { TITLE_MAX, eventSchema } from '../../../src/model/schema/index.ts';
import type { ClassifiedCandidate } from '../types.ts';
import { classified } from '../../../tests/helpers/candidates.ts';
import { candidateEventData, chineseTitle } from './event-file.ts';

const item = (over: Partial<ClassifiedCandidate>): ClassifiedCandidate =>
  classified(
    {
      title: 'OpenAI blocks API traffic from China',
      summary: 'OpenAI will block API traffic from unsupported regions.',
      url: 'https://wire.example/a',
      published: '2024-06-25',
      publisher: 'Wire',
      sourceId: 'wire',
    },
    over,
  );

describe("title_zh from a Chinese source's own headline", () => {
  test('a traditional-Chinese headline becomes a simplified title_zh, written right after the title', () => {
    const tw = item({ title: '美國擴大晶片出口管制', language: 'zh', url: 'https://tw.example/a', sourceId: 'twwire' });
    const data = candidateEventData([tw]);
    expect(data.title_zh).toBe('美国扩大芯片出口管制');
    expect(eventSchema.safeParse(data).success).toBe(true);
    expect(renderEvent(data)).toMatch(/^---\ntitle: 美國擴大晶片出口管制\ntitle_zh: 美国扩大芯片出口管制\ndate:/);
  });

  test('a simplified headline is kept as it is', () => {
    expect(chineseTitle([item({ title: '百度推出迁移计划', language: 'zh' })])).toBe('百度推出迁移计划');
  });

  test('the Chinese source need not be the first to report the story', () => {
    const en = item({});
    const zh = item({ title: '阿里云向 OpenAI 用户提供免费额度', language: 'zh', url: 'https://cn.example/b' });
    expect(candidateEventData([en, zh]).title_zh).toBe('阿里云向 OpenAI 用户提供免费额度');
  });

  test.each([
    ['an English source', item({ language: 'en' })],
    ['a source with no language', item({ title: '百度推出迁移计划' })],
    ['a Chinese-language source with an English headline', item({ language: 'zh' })],
    ['a Japanese source with kanji', item({ title: '米国が輸出規制を強化', language: 'ja' })],
  ])('%s gives no title_zh', (_name, c) => {
    expect(candidateEventData([c])).not.toHaveProperty('title_zh');
  });

  test('a long headline is cut at the schema limit', () => {
    const long = item({ title: '长'.repeat(TITLE_MAX + 20), language: 'zh' });
    expect(Array.from(chineseTitle([long])!).length).toBe(TITLE_MAX);
  });
});
