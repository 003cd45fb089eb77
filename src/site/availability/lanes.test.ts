import { expect, test } from 'vitest';
import type { Cell, EventLike } from '../../model/availability.ts';
import { buildLane, laneSet, position } from './lanes.ts';

const event = (id: string, type: string, date: string, extra: Record<string, unknown> = {}): EventLike =>
  ({
    id,
    data: {
      status: 'published',
      type,
      date,
      surfaces: ['api'],
      providers: ['openai'],
      regions: ['CN'],
      title: id,
      ...extra,
    },
  }) as unknown as EventLike;

const blockedCell = {
  provider: 'openai',
  region: 'CN',
  status: 'blocked',
  record: { region: 'CN', surface: 'api', status: 'blocked', since: '2024-07-09' },
  eventId: 'block',
} as unknown as Cell;

test('a block backed by its event: unknown before, blocked from the effective day to the end, the event marked', () => {
  const events = [
    event('warning', 'restriction', '2024-06-25', { effective: '2024-07-09' }),
    event('block', 'restriction', '2024-07-09'),
    event('app-news', 'restriction', '2024-08-01', { surfaces: ['app'] }),
    event('other-place', 'restriction', '2024-08-01', { regions: ['RU'] }),
  ];
  const lane = buildLane('CN', blockedCell, events, 'api', '2026-12-01')!;
  expect(lane.segments).toEqual([
    { status: 'unknown', from: '', to: '2024-07-09', open: false },
    { status: 'blocked', from: '2024-07-09', to: '2026-12-01', open: true },
  ]);
  expect(lane.markers.map((m) => m.eventId)).toEqual(['block', 'warning']);
  const set = laneSet([lane, undefined], '2026-12-01');
  expect(set.start).toBe('2024-01-01');
  expect(set.lanes[0].segments[0].from).toBe('2024-01-01');
  expect(set.years).toEqual([2024, 2025, 2026]);
});

test('a lifting after a block turns the lane available; nothing dated means no lane', () => {
  const cell = { provider: 'openai', region: 'CN', status: 'available' } as unknown as Cell;
  const lane = buildLane(
    'CN',
    cell,
    [event('b', 'restriction', '2024-01-10'), event('l', 'lifting', '2025-03-01')],
    'api',
    '2026-01-01',
  )!;
  expect(lane.segments.map((s) => [s.status, s.from])).toEqual([
    ['unknown', ''],
    ['blocked', '2024-01-10'],
    ['available', '2025-03-01'],
  ]);
  expect(buildLane('CN', cell, [], 'api', '2026-01-01')).toBeUndefined();
});

test('positions are percentages of the domain, clamped', () => {
  const set = { start: '2024-01-01', end: '2026-01-01' };
  expect(position(set, '2024-01-01')).toBe(0);
  expect(position(set, '2026-01-01')).toBe(100);
  expect(position(set, '2025-01-01')).toBeCloseTo(50, 0);
  expect(position(set, '2030-01-01')).toBe(100);
});

test('a restriction stated for the whole world is marked but colours no lane', () => {
  const cell = { provider: 'openai', region: 'global', status: 'unknown' } as unknown as Cell;
  const lane = buildLane(
    'global',
    cell,
    [event('g', 'restriction', '2025-02-01', { regions: ['global'] })],
    'api',
    '2026-01-01',
  )!;
  expect(lane.segments.map((s) => s.status)).toEqual(['unknown']);
  expect(lane.markers.map((m) => m.eventId)).toEqual(['g']);
});

test('a restriction of a place the provider does not list ends the lane as not supported, as the map says', () => {
  const cell = { provider: 'openai', region: 'CN', status: 'not-supported' } as unknown as Cell;
  const lane = buildLane('CN', cell, [event('r', 'restriction', '2025-09-05')], 'api', '2026-01-01')!;
  expect(lane.segments.at(-1)).toMatchObject({ status: 'not-supported', from: '2025-09-05', open: true });
});
