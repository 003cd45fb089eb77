import { expect, test } from 'vitest';
import { openaiBlock } from '../../tests/helpers/events.ts';
import { describeEvent } from './event-describe.ts';

test('describes type, dates, providers and regions in words before the summary', () => {
  expect(describeEvent(openaiBlock(), { openai: 'OpenAI' })).toBe(
    'Restriction, announced 25 June 2024, effective 9 July 2024. Providers: OpenAI. Regions: Mainland China, Hong Kong. OpenAI blocks API traffic.',
  );
});
