import { expect, test } from 'vitest';
import { eventSchema } from '../model/schema/index.ts';
import { describeEvent } from './event-describe.ts';

test('describes type, dates, providers and regions in words before the summary', () => {
  const d = eventSchema.parse({
    title: 't',
    date: '2024-06-25',
    effective: '2024-07-09',
    type: 'restriction',
    surfaces: ['api'],
    status: 'published',
    providers: ['openai'],
    regions: ['CN', 'HK'],
    summary: 'OpenAI blocks API traffic.',
    sources: [{ url: 'https://x.example/', title: 'x', publisher: 'X' }],
    origin: 'curated',
  });
  expect(describeEvent(d, { openai: 'OpenAI' })).toBe(
    'Restriction, announced 25 June 2024, effective 9 July 2024. Providers: OpenAI. Regions: Mainland China, Hong Kong. OpenAI blocks API traffic.',
  );
});
