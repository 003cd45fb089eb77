/**
 * Events for unit tests: a valid published API restriction, with whatever a test names
 * overriding the defaults (parsed by the schema, so defaults such as `date_precision` are filled in).
 */
import { eventSchema, type EventData } from '../../src/model/schema/index.ts';

/** An event's frontmatter as the schema parses it. */
export function eventData(over: Partial<EventData> = {}): EventData {
  return eventSchema.parse({
    title: 'An event',
    date: '2024-06-25',
    type: 'restriction',
    surfaces: ['api'],
    status: 'published',
    summary: 'A summary.',
    sources: [{ url: 'https://example.org/', title: 'T', publisher: 'P' }],
    origin: 'curated',
    ...over,
  });
}

/** An event with its id: titled by the id, with a source of its own (`https://example.org/<id>`). */
export function testEvent(id: string, over: Partial<EventData> = {}): { id: string; data: EventData } {
  return {
    id,
    data: eventData({
      title: id,
      sources: [{ url: `https://example.org/${id}`, title: 'T', publisher: 'P' }],
      ...over,
    }),
  };
}

/** OpenAI restricting its API in mainland China and Hong Kong, announced 25 June, effective 9 July 2024. */
export const openaiBlock = (): EventData =>
  eventData({
    title: 'OpenAI blocks API traffic',
    effective: '2024-07-09',
    providers: ['openai'],
    regions: ['CN', 'HK'],
    summary: 'OpenAI blocks API traffic.',
  });
