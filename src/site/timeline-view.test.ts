import { describe, expect, test } from 'vitest';
import { testEvent as ev } from '../../tests/helpers/events.ts';
import { facetValueLabel, monthText, monthlyBars, timelineIndex } from './timeline-view.ts';

describe('monthlyBars', () => {
  const events = [
    ev('a', { date: '2025-01-09', type: 'incentive' }),
    ev('b', { date: '2025-01-02' }),
    ev('c', { date: '2025-01-03' }),
    ev('d', { date: '2024-11-20', type: 'policy' }),
  ];
  const bars = monthlyBars(events);
  test('runs from the oldest month to the newest across the year end, empty months included', () => {
    expect(bars.map((b) => b.key)).toEqual(['2024-11', '2024-12', '2025-01']);
    expect(bars[1]).toEqual({ key: '2024-12', total: 0, segments: [] });
  });
  test('stacks a month by type in a fixed type order', () => {
    expect(bars[2]).toEqual({
      key: '2025-01',
      total: 3,
      segments: [
        { type: 'restriction', count: 2 },
        { type: 'incentive', count: 1 },
      ],
    });
  });
  test('gives nothing for no events', () => expect(monthlyBars([])).toEqual([]));
});

describe('labels', () => {
  test('months in both languages', () => {
    expect(monthText('2025-03', 'en')).toBe('March 2025');
    expect(monthText('2025-03', 'zh')).toBe('2025年3月');
  });
  test('facet values in both languages', () => {
    expect(facetValueLabel('en', 'region', 'cn', {})).toBe('Mainland China');
    expect(facetValueLabel('zh', 'type', 'restriction', {})).toBe('限制');
    expect(facetValueLabel('en', 'provider', 'openai', { openai: 'OpenAI' })).toBe('OpenAI');
    expect(facetValueLabel('zh', 'year', '2025', {})).toBe('2025年');
  });
});

describe('timelineIndex', () => {
  test('keeps what the filters and cards need, and leaves out what a day-precision event does not have', () => {
    const [e] = timelineIndex([
      ev('x', {
        date: '2025-02-01',
        date_precision: 'month',
        regions: ['CN'],
        providers: ['openai'],
        title_zh: '标题',
      }),
    ]).events;
    expect(e).toEqual({
      id: 'x',
      date: '2025-02-01',
      precision: 'month',
      type: 'restriction',
      providers: ['openai'],
      regions: ['CN'],
      surfaces: ['api'],
      title: 'x',
      summary: 'A summary.',
      title_zh: '标题',
    });
    expect(timelineIndex([ev('y', {})]).events[0]).not.toHaveProperty('precision');
  });
});
