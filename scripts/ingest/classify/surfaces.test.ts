import { describe, expect, test } from 'vitest';
import { inferSurfaces } from './surfaces.ts';

describe('inferSurfaces', () => {
  test.each([
    ['OpenAI to block API traffic from China from July 9', ['api']],
    ['US tightens export controls on Nvidia H20 chips', ['hardware']],
    ['DeepSeek app returns to South Korean app stores', ['app']],
    ['Microsoft stops serving Azure OpenAI to individual developers in China', ['api', 'cloud']],
    ['Italy fines a company over its privacy policy', ['api']],
    ['Apple holds back a feature', ['api']],
    ['谷歌Gemini聊天机器人向香港用户开放', ['app']],
  ])('%s → %j', (text, surfaces) => {
    expect(inferSurfaces(text)).toEqual(surfaces);
  });
});
