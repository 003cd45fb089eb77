import { describe, expect, test } from 'vitest';
import { kebab } from '../model/kebab.ts';
import { decodeId, encodeId } from './id-code.ts';

describe('event id codes', () => {
  test.each([
    [
      'an id that is the kebab-cased title',
      '2024-06-25-openai-blocks-api-traffic-from-china',
      'OpenAI blocks API traffic from China',
      [36, ''],
    ],
    [
      'an id cut short, with a uniqueness suffix',
      '2024-06-25-openai-blocks-api-2',
      'OpenAI blocks API traffic from China',
      [18, '2'],
    ],
    [
      'a hand-written id unlike the title',
      '2024-06-25-baidu-qianfan-inclusive-program',
      'Baidu offers free ERNIE tokens',
      [6, 'qianfan-inclusive-program'],
    ],
    [
      'an id for a Chinese title (pinyin)',
      '2024-05-21-a-li-yun-tong-yi-qian-wen',
      '阿里云通义千问降价',
      [0, 'a-li-yun-tong-yi-qian-wen'],
    ],
    ['an id that does not start with the date', 'odd-id', 'Anything', [-1, 'odd-id']],
    [
      'an id with an apostrophe and accents in the title',
      '2024-07-09-openais-block-takes-effect-in-cote-divoire',
      "OpenAI's block takes effect in Côte d'Ivoire",
      [42, ''],
    ],
  ])('round-trips %s', (_name, id, title, code) => {
    const date = id.slice(0, 10);
    expect(encodeId(id, date, title)).toEqual(code);
    expect(decodeId(encodeId(id, date, title), date, title)).toBe(id);
  });

  test('kebab-cases a title like the ingester does', () => {
    expect(kebab("Zhipu AI's GLM-4 — 150 million free tokens")).toBe('zhipu-ais-glm-4-150-million-free-tokens');
  });
});
