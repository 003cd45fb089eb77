import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/model/frontmatter.ts';
import { providerSchema } from '../../src/model/schema/index.ts';
import type { ListReading } from './list-apply.ts';
import { applyReadingToText, replaceBlocks } from './provider-file.ts';

const SRC = { url: 'https://example.com/countries', publisher: 'Acme', via: 'acme-countries' };
const reading = (over: Partial<ListReading> = {}): ListReading => ({
  surface: 'api',
  listed: ['KE', 'PE'],
  absent: ['CN', 'RU'],
  checked: '2025-05-06',
  source: SRC,
  coverage: 'complete',
  ...over,
});

const HEAD = `---
# Curated by hand: keep this comment.
name: Acme AI
name_zh: 阿克米
aliases: [Acme, "Acme AI"]
hq: US
website: https://acme.example
openai_compatible: { status: yes }
`;
const TAIL = `sources:
  - url: https://acme.example/about
    title: "About Acme"   # quoted on purpose
    publisher: Acme
---

Curated notes, **kept** exactly.
`;
const WITH_LIST = `${HEAD}availability:
- region: KE
  surface: api
  status: available
  source: { url: "https://acme.example/a", title: A, publisher: Acme }
- region: CN
  surface: api
  status: blocked
  since: 2024-07-09
  source: { url: "https://acme.example/b", title: B, publisher: Acme }
- region: RU
  surface: app
  status: available
  source: { url: "https://acme.example/c", title: C, publisher: Acme }

# models follow
${TAIL}`;

const parse = (text: string) => providerSchema.parse(parseMarkdown(text).data);

describe('applyReadingToText', () => {
  test('changes only the availability blocks; every other byte stays', () => {
    const out = applyReadingToText(WITH_LIST, reading(), { refreshDays: 7 })!;
    expect(out.startsWith(HEAD)).toBe(true);
    expect(out.endsWith(`\n\n# models follow\n${TAIL}`)).toBe(true);
    const p = parse(out);
    expect(p.availability.map((a) => [a.region, a.surface, a.status, a.checked ?? null])).toEqual([
      ['KE', 'api', 'available', '2025-05-06'],
      ['CN', 'api', 'blocked', null],
      ['RU', 'app', 'available', null],
      ['PE', 'api', 'available', '2025-05-06'],
      ['RU', 'api', 'not-supported', '2025-05-06'],
    ]);
    expect(p.availability_lists).toEqual([
      { surface: 'api', url: SRC.url, coverage: 'complete', checked: '2025-05-06' },
    ]);
  });

  test('a stated block survives a list that does not name the place', () => {
    const p = parse(applyReadingToText(WITH_LIST, reading(), { refreshDays: 7 })!);
    expect(p.availability.find((a) => a.region === 'CN' && a.surface === 'api')).toMatchObject({
      status: 'blocked',
      since: '2024-07-09',
      source: { title: 'B' },
    });
  });

  test('adds the blocks before the closing fence when there are none', () => {
    const out = applyReadingToText(`${HEAD}${TAIL}`, reading(), { refreshDays: 7 })!;
    expect(out.endsWith('---\n\nCurated notes, **kept** exactly.\n')).toBe(true);
    expect(parse(out).availability).toHaveLength(4);
  });

  test('a first reading states no since; a later change dates the changed entries only', () => {
    const first = applyReadingToText(`${HEAD}${TAIL}`, reading(), { refreshDays: 7 })!;
    const later = applyReadingToText(
      first,
      reading({ listed: ['KE', 'RU'], absent: ['CN', 'PE'], checked: '2025-06-01', since: '2025-06-01' }),
      { refreshDays: 7 },
    )!;
    const p = parse(later);
    const by = (r: string) => p.availability.find((a) => a.region === r)!;
    expect([by('KE').since, by('RU').status, by('RU').since, by('PE').status, by('PE').since]).toEqual([
      undefined,
      'available',
      '2025-06-01',
      'not-supported',
      '2025-06-01',
    ]);
  });

  test('a reading that only moves checked waits refreshDays before rewriting', () => {
    const first = applyReadingToText(`${HEAD}${TAIL}`, reading(), { refreshDays: 7 })!;
    expect(applyReadingToText(first, reading({ checked: '2025-05-06' }), { refreshDays: 7 })).toBeUndefined();
    expect(applyReadingToText(first, reading({ checked: '2025-05-12' }), { refreshDays: 7 })).toBeUndefined();
    const week = applyReadingToText(first, reading({ checked: '2025-05-13' }), { refreshDays: 7 })!;
    expect(parse(week).availability.every((a) => a.checked === '2025-05-13')).toBe(true);
  });

  test('keeps a curator note on a list entry while its status holds', () => {
    const first = applyReadingToText(`${HEAD}${TAIL}`, reading(), { refreshDays: 7 })!;
    const noted = first.replace('  - region: KE\n', '  - region: KE\n    note: Except two provinces.\n');
    const again = parse(applyReadingToText(noted, reading({ checked: '2025-06-01' }), { refreshDays: 7 })!);
    expect(again.availability.find((a) => a.region === 'KE')!.note).toBe('Except two provinces.');
  });
});

describe('replaceBlocks', () => {
  test('refuses a change that would make the file invalid', () => {
    expect(() =>
      replaceBlocks(
        WITH_LIST,
        { availability: [{ region: 'XX', surface: 'api', status: 'available', source: SRC }] },
        'acme.md',
      ),
    ).toThrow(/acme\.md: availability update would be invalid/);
  });

  test('refuses a second entry for one region and surface', () => {
    const twice = [
      { region: 'KE', surface: 'api', status: 'available', source: SRC },
      { region: 'KE', surface: 'api', status: 'limited', source: SRC },
    ];
    expect(() => replaceBlocks(WITH_LIST, { availability: twice }, 'acme.md')).toThrow(/second entry for KE \(api\)/);
  });
});
