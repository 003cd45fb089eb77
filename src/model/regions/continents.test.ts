import { describe, expect, test } from 'vitest';
import { CONTINENTS, codesOn, continentOf, EU_MEMBERS } from './continents.ts';
import { isoCodes, isRegionCode } from './regions.ts';

describe('continents', () => {
  test('every ISO 3166-1 code has a continent', () => {
    const missing = isoCodes().filter((c) => !continentOf(c));
    expect(missing).toEqual([]);
  });

  test('no code is placed on two continents', () => {
    const all = CONTINENTS.flatMap((c) => codesOn(c));
    expect(all.length).toBe(new Set(all).size);
  });

  test('every code in the table is a region code the schema accepts', () => {
    const bad = CONTINENTS.flatMap((c) => codesOn(c)).filter((c) => !isRegionCode(c));
    expect(bad).toEqual([]);
  });

  test.each([
    ['CN', 'asia'],
    ['DE', 'europe'],
    ['EU', 'europe'],
    ['BR', 'south-america'],
    ['US', 'north-america'],
    ['NG', 'africa'],
    ['AU', 'oceania'],
    ['AQ', 'antarctica'],
    ['global', 'global'],
  ])('places %s on %s', (code, continent) => {
    expect(continentOf(code)).toBe(continent);
  });

  test('the EU has 27 members, all European', () => {
    expect(EU_MEMBERS).toHaveLength(27);
    expect(EU_MEMBERS.filter((c) => continentOf(c) !== 'europe' && c !== 'CY')).toEqual([]);
  });
});
