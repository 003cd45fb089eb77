import { expect, test } from 'vitest';
import { eventData } from '../../tests/helpers/events.ts';
import { describeEvent } from './event-describe.ts';

test('describes type, dates, providers and regions in words before the summary', () => {
  const d = eventData({
    title: 't',
    effective: '2024-07-09',
    providers: ['openai'],
    regions: ['CN', 'HK'],
    summary: 'OpenAI blocks API traffic.',
  });
  expect(describeEvent(d, { openai: 'OpenAI' })).toBe(
    'Restriction, announced 25 June 2024, effective 9 July 2024. Providers: OpenAI. Regions: Mainland China, Hong Kong. OpenAI blocks API traffic.',
  );
});
